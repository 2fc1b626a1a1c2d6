using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace CarePlanGraph.Api.Health;

/// <summary>
/// Writes a health report as <c>{"status":"Healthy","checks":[{"name":"database","status":"Healthy","durationMs":3}]}</c>:
/// enough for an operator to see which dependency failed, nothing an anonymous caller should not see. A check that
/// reports figures (the outbox: <c>"data":{"pending":0,"oldestPendingSeconds":0}</c>) has them under <c>data</c>;
/// checks only put counts there, never exception text or names.
/// </summary>
internal static class HealthResponseWriter
{
    private static readonly JsonSerializerOptions Options = new() { DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull };

    public static Task WriteAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json; charset=utf-8";
        var body = new
        {
            status = report.Status.ToString(),
            durationMs = Math.Round(report.TotalDuration.TotalMilliseconds),
            checks = report.Entries.Select(entry => new
            {
                name = entry.Key,
                status = entry.Value.Status.ToString(),
                durationMs = Math.Round(entry.Value.Duration.TotalMilliseconds),
                data = entry.Value.Data.Count == 0 ? null : entry.Value.Data,
            }),
        };
        return JsonSerializer.SerializeAsync(context.Response.Body, body, Options, context.RequestAborted);
    }
}
