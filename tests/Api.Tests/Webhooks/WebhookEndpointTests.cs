using CarePlanGraph.Api.Identity.LocalIssuer;
using CarePlanGraph.Api.Tests.Infrastructure;
using CarePlanGraph.Api.Tests.Reviews;

namespace CarePlanGraph.Api.Tests.Webhooks;

/// <summary>Issue 16, through HTTP with real tokens: an approved integration's webhook endpoints and their secrets.</summary>
public sealed class WebhookEndpointTests
{
    private const string Selection = "webhookEndpoint { id url status previousSecretExpiresAt } secret";

    [Fact]
    public async Task A_provider_registers_an_endpoint_for_its_portal_and_sees_its_secret_once()
    {
        using var factory = new CarePlanApiFactory();
        using var sunrise = factory.CreateClientFor("prov-sunrise");
        var portal = await IntegrationIdAsync(sunrise);

        var registered = await sunrise.SucceedAsync("registerWebhook", new { integrationId = portal, url = "https://portal.sunrise.example/hooks/status", description = "Status changes" }, Selection);

        var secret = (string)registered["secret"]!;
        Assert.StartsWith("whsec_", secret, StringComparison.Ordinal);
        Assert.Equal(32, Convert.FromBase64String(secret["whsec_".Length..]).Length);
        Assert.Equal("ACTIVE", (string)registered["webhookEndpoint"]!["status"]!);
        var listed = (await sunrise.DataAsync("query($id: ID!) { integration(id: $id) { webhooks { url status } } }", new { id = portal }))["integration"]!["webhooks"]!.AsArray();
        Assert.Equal(["https://portal.sunrise.example/hooks/careplan", "https://portal.sunrise.example/hooks/status"], listed.Select(w => (string)w!["url"]!));

        var rotated = await sunrise.SucceedAsync("rotateWebhookSecret", new { webhookEndpointId = (string)registered["webhookEndpoint"]!["id"]! }, Selection);
        Assert.NotEqual(secret, (string)rotated["secret"]!);
        Assert.Equal("2026-11-03T09:00:00+00:00", (string)rotated["webhookEndpoint"]!["previousSecretExpiresAt"]!);
    }

    [Fact]
    public async Task Every_bad_endpoint_is_a_clear_error_and_others_endpoints_are_not_found()
    {
        using var factory = new CarePlanApiFactory();
        using var sunrise = factory.CreateClientFor("prov-sunrise");
        using var oak = factory.CreateClientFor("prov-oak");
        using var lee = factory.CreateClientFor("sp-lee");
        var portal = await IntegrationIdAsync(sunrise);
        var endpoint = (string)(await sunrise.SucceedAsync("registerWebhook", new { integrationId = portal, url = "https://portal.sunrise.example/hooks" }, Selection))["webhookEndpoint"]!["id"]!;

        Assert.Equal(["DUPLICATE_WEBHOOK"], await sunrise.RefuseAsync("registerWebhook", new { integrationId = portal, url = " https://portal.sunrise.example/hooks " }));
        Assert.Equal(["INVALID_INTEGRATION_URL", "INVALID_INTEGRATION_URL"], await sunrise.RefuseAsync("registerWebhook", new { integrationId = portal, url = "http://10.0.0.7/hooks" }));
        Assert.Equal(["INVALID_INTEGRATION_URL"], await sunrise.RefuseAsync("registerWebhook", new { integrationId = portal, url = "https://169.254.169.254/latest/meta-data" }));
        Assert.Equal(["INTEGRATION_NOT_FOUND"], await oak.RefuseAsync("registerWebhook", new { integrationId = portal, url = "https://oak.example/hooks" }));
        Assert.Equal(["WEBHOOK_ENDPOINT_NOT_FOUND"], await oak.RefuseAsync("removeWebhook", new { webhookEndpointId = endpoint }));
        Assert.Equal(["INVALID_INTEGRATION_STATE"], await lee.RefuseAsync("registerWebhook", new { integrationId = await IntegrationIdAsync(lee), url = "https://tool.leechen-planning.example/hooks" }));
        Assert.Equal(["INVALID_WEBHOOK_OVERLAP"], await sunrise.RefuseAsync("rotateWebhookSecret", new { webhookEndpointId = endpoint, overlapHours = 200 }));
        Assert.Equal(["INVALID_WEBHOOK_ENDPOINT_STATE"], await sunrise.RefuseAsync("resumeWebhook", new { webhookEndpointId = endpoint }));

        await sunrise.SucceedAsync("removeWebhook", new { webhookEndpointId = endpoint }, Selection);
        Assert.Equal(["INVALID_WEBHOOK_ENDPOINT_STATE"], await sunrise.RefuseAsync("updateWebhook", new { webhookEndpointId = endpoint, url = "https://portal.sunrise.example/other" }));
        await sunrise.SucceedAsync("registerWebhook", new { integrationId = portal, url = "https://portal.sunrise.example/hooks" }, Selection);
    }

    [Fact]
    public async Task An_endpoint_is_reached_by_node_id_exactly_by_whoever_sees_its_integration()
    {
        using var factory = new CarePlanApiFactory();
        using var sunrise = factory.CreateClientFor("prov-sunrise");
        var endpoint = (string)(await sunrise.SucceedAsync("registerWebhook", new { integrationId = await IntegrationIdAsync(sunrise), url = "https://portal.sunrise.example/hooks" }, Selection))["webhookEndpoint"]!["id"]!;

        foreach (var persona in DemoPersonas.LetIn)
        {
            using var client = factory.CreateClientFor(persona.Handle);
            var reached = (await client.DataAsync("query($id: ID!) { node(id: $id) { id } }", new { id = endpoint }))["node"] is not null;
            Assert.True(reached == persona.Handle is "prov-sunrise" or "admin-jo", $"{persona.Handle} {(reached ? "reached" : "did not reach")} Sunrise's endpoint");
        }
    }

    /// <summary>The id of the caller's own organisation's first integration (its portal or tool).</summary>
    private static async Task<string> IntegrationIdAsync(HttpClient client) =>
        (string)(await client.DataAsync("{ integrations(first: 1) { nodes { id } } }"))["integrations"]!["nodes"]![0]!["id"]!;
}
