using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text.Json.Nodes;
using CarePlanGraph.Api.Persistence;
using CarePlanGraph.Api.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CarePlanGraph.Api.Tests.Health;

/// <summary>
/// <c>/health/live</c> and <c>/health/ready</c> over real HTTP, anonymously, as a load balancer calls them: 200 when
/// the instance can serve, 503 (with the failing check named) when its database or Redis cannot be reached.
/// </summary>
public sealed class HealthEndpointTests(CarePlanApiFactory factory) : IClassFixture<CarePlanApiFactory>
{
    [Fact]
    public async Task Live_answers_200_without_a_token_and_checks_nothing()
    {
        using var http = factory.CreateClient();

        using var response = await http.GetAsync("/health/live");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await ReadAsync(response);
        Assert.Equal("Healthy", (string?)body["status"]);
        Assert.Empty(body["checks"]!.AsArray());
    }

    [Fact]
    public async Task Ready_answers_200_when_the_database_answers()
    {
        using var http = factory.CreateClient();

        using var response = await http.GetAsync("/health/ready");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await ReadAsync(response);
        Assert.Equal("Healthy", (string?)body["status"]);
        var checks = body["checks"]!.AsArray();
        Assert.Contains(checks, check => (string?)check!["name"] == "database" && (string?)check["status"] == "Healthy");

        // With CAREPLAN_TEST_REDIS set (CI's second run), Redis is configured and checked too.
        var redisConfigured = Environment.GetEnvironmentVariable(CarePlanApiFactory.RedisVariable) is { Length: > 0 };
        Assert.Equal(redisConfigured, checks.Any(check => (string?)check!["name"] == "redis" && (string?)check["status"] == "Healthy"));
    }

    [Fact]
    public async Task Ready_answers_503_naming_the_database_when_it_cannot_be_reached()
    {
        // A PostgreSQL server on a port nobody listens on; nothing touches it at start-up, so the host starts.
        var port = ClosedPort();
        using var unreachable = factory.WithWebHostBuilder(builder => builder
            .UseSetting("Database:Provider", "Postgres")
            .UseSetting("ConnectionStrings:CarePlan", $"Host=127.0.0.1;Port={port};Username=careplan;Database=careplan;Timeout=3")
            .UseSetting("Database:MigrateOnStartup", "false")
            .UseSetting("Database:SeedDemoData", "false")
            .UseSetting("Events:Redis", string.Empty));
        using var http = unreachable.CreateClient();

        using var ready = await http.GetAsync("/health/ready");
        using var live = await http.GetAsync("/health/live");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        var body = await ReadAsync(ready);
        Assert.Equal("Unhealthy", (string?)body["status"]);
        var database = Assert.Single(body["checks"]!.AsArray(), check => (string?)check!["name"] == "database");
        Assert.Equal("Unhealthy", (string?)database!["status"]);
        Assert.DoesNotContain(port.ToString(CultureInfo.InvariantCulture), body.ToJsonString(), StringComparison.Ordinal);

        // The process itself is fine: restarting it would not help, so liveness stays 200.
        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
    }

    [Fact]
    public async Task Ready_stays_200_and_reports_redis_degraded_when_it_is_configured_and_cannot_be_reached()
    {
        var port = ClosedPort();
        using var withoutRedis = factory.WithWebHostBuilder(builder => builder
            .UseSetting("Events:Redis", $"127.0.0.1:{port},connectTimeout=2000"));
        using var http = withoutRedis.CreateClient();

        using var response = await http.GetAsync("/health/ready");

        // Changes still succeed without Redis (their events wait in the outbox), so the instance stays in rotation.
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var checks = (await ReadAsync(response))["checks"]!.AsArray();
        Assert.Contains(checks, check => (string?)check!["name"] == "redis" && (string?)check["status"] == "Degraded");
        Assert.Contains(checks, check => (string?)check!["name"] == "database" && (string?)check["status"] == "Healthy");
    }

    [Fact]
    public async Task Health_checks_are_not_audited()
    {
        using var http = factory.CreateClient();
        var before = await AuditEntriesAsync();

        foreach (var path in new[] { "/health/live", "/health/ready", "/health/ready" })
        {
            using var response = await http.GetAsync(path);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        Assert.Equal(before, await AuditEntriesAsync());
    }

    private async Task<int> AuditEntriesAsync()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<CarePlanDbContext>().AuditEntries.CountAsync();
    }

    /// <summary>A loopback port nobody listens on: bound and released, so connecting to it is refused.</summary>
    private static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    private static async Task<JsonObject> ReadAsync(HttpResponseMessage response)
    {
        Assert.StartsWith("application/json", response.Content.Headers.ContentType?.MediaType, StringComparison.Ordinal);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
    }
}
