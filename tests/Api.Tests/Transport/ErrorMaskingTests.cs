using System.Net;
using Microsoft.Extensions.Logging;

namespace CarePlanGraph.Api.Tests.Transport;

/// <summary>
/// Unexpected exceptions never reach the client, but reach the logs in full. Runs on a standalone
/// host because the real schema has no field that throws on demand.
/// </summary>
public sealed class ErrorMaskingTests : IAsyncLifetime
{
    private StandaloneGraphQLHost _host = null!;

    public async Task InitializeAsync() => _host = await StandaloneGraphQLHost.StartAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Unexpected_exception_is_masked_with_code_and_trace_id_and_logged_in_full()
    {
        using var response = await _host.Client.SendAsync(TransportRequests.PostQuery("{ ok crash }"));
        var text = await response.Content.ReadAsStringAsync();
        var body = await TransportRequests.ReadJsonAsync(response);

        // Execution started, so the other field's data is still delivered with 200.
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("fine", body.GetProperty("data").GetProperty("ok").GetString());
        var error = body.GetProperty("errors")[0];
        Assert.Equal("Unexpected error.", error.GetProperty("message").GetString());
        Assert.Equal("crash", error.GetProperty("path")[0].GetString());
        var extensions = error.GetProperty("extensions");
        Assert.Equal("INTERNAL_SERVER_ERROR", extensions.GetProperty("code").GetString());
        var traceId = extensions.GetProperty("traceId").GetString();
        Assert.False(string.IsNullOrWhiteSpace(traceId));

        Assert.DoesNotContain("hunter2", text, StringComparison.Ordinal);
        Assert.DoesNotContain(nameof(InvalidOperationException), text, StringComparison.Ordinal);

        var logged = Assert.Single(_host.Logs.Entries, entry => entry.Level == LogLevel.Error);
        Assert.IsType<InvalidOperationException>(logged.Exception);
        Assert.Equal(FailingSchema.Secret, logged.Exception!.Message);
        Assert.Contains(traceId!, logged.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Error_raised_on_purpose_keeps_its_message_and_code()
    {
        using var response = await _host.Client.SendAsync(TransportRequests.PostQuery("{ refuse }"));
        var body = await TransportRequests.ReadJsonAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("You may not see this plan.", TransportRequests.FirstErrorMessage(body));
        Assert.Equal("ACCESS_DENIED", TransportRequests.FirstErrorCode(body));
        Assert.DoesNotContain(_host.Logs.Entries, entry => entry.Level >= LogLevel.Error);
    }
}
