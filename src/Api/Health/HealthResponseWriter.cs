using System.Text.Json;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace CarePlanGraph.Api.Health;

/// <summary>
/// Writes a health report as <c>{"status":"Healthy","checks":[{"name":"database","status":"Healthy","durationMs":3}]}</c>:
/// enough for an operator to see which dependency failed, nothing an anonymous caller should not see.
/// </summary>
internal static class HealthResponseWriter
{
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
            }),
        };
        return JsonSerializer.SerializeAsync(context.Response.Body, body, cancellationToken: context.RequestAborted);
    }
}
