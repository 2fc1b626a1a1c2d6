using CarePlanGraph.Api.Tests.Infrastructure;
using CarePlanGraph.Api.Tests.Subscriptions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace CarePlanGraph.Api.Tests.Health;

/// <summary>
/// Stopping an instance (a deployment, a scale-in): WebSocket clients are told it is going away, so they reconnect to
/// another instance, and the host waits a bounded time for in-flight work. Each test stops its own API.
/// </summary>
public sealed class GracefulShutdownTests
{
    [Fact]
    public async Task A_subscribed_WebSocket_client_gets_a_1001_close_when_the_host_stops()
    {
        await using var factory = new CarePlanApiFactory();
        await using var client = await GraphQLWsClient.ConnectAndInitAsync(factory.Server, factory.TokenFor("kw-sam"));
        await client.SubscribeAsync("plans", SubscriptionTestData.AllPlans);
        await client.PingPongAsync();

        // What the host does on SIGTERM (or a test host's disposal): signal stopping, then stop.
        factory.Services.GetRequiredService<IHostApplicationLifetime>().StopApplication();
        var (code, reason) = await client.ClosedAsync();

        Assert.Equal(1001, code);
        Assert.Contains("shutting down", reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_client_that_has_not_yet_initialised_is_closed_with_1001_too()
    {
        await using var factory = new CarePlanApiFactory();
        await using var client = await GraphQLWsClient.ConnectAsync(factory.Server);
        await client.PingPongAsync();

        factory.Services.GetRequiredService<IHostApplicationLifetime>().StopApplication();

        Assert.Equal(1001, (await client.ClosedAsync()).Code);
    }

    [Fact]
    public void In_flight_work_gets_25_seconds_to_finish_by_default()
    {
        using var factory = new CarePlanApiFactory();

        Assert.Equal(TimeSpan.FromSeconds(25), factory.Services.GetRequiredService<IOptions<HostOptions>>().Value.ShutdownTimeout);
    }

    [Fact]
    public void The_shutdown_timeout_is_a_setting()
    {
        using var factory = new CarePlanApiFactory();
        using var configured = factory.WithWebHostBuilder(builder => builder.UseSetting("Shutdown:Timeout", "00:00:10"));

        Assert.Equal(TimeSpan.FromSeconds(10), configured.Services.GetRequiredService<IOptions<HostOptions>>().Value.ShutdownTimeout);
    }
}
