using CarePlanGraph.Domain.Common;
using CarePlanGraph.Domain.Integrations;
using CarePlanGraph.Domain.Organisations;
using CarePlanGraph.Domain.Webhooks;

namespace CarePlanGraph.Domain.Tests.Webhooks;

/// <summary>Issue 16: an approved integration's webhook endpoints, their secrets, and pausing after repeated failures.</summary>
public class WebhookEndpointTests
{
    private static readonly Id<Organisation> Sunrise = Id<Organisation>.New();

    private static Integration Integration(bool approve = true)
    {
        var integration = Domain.Integrations.Integration.Register(
            new IntegrationRegistration("Sunrise portal", Guid.NewGuid(), Sunrise, [new IntegrationContact("Dana", "dana@sunrise.example")], IntegrationAccess.ReadWrite, [], []),
            Actors.Provider, Sunrise, false, Clock.Now).ShouldSucceed();
        if (approve)
        {
            integration.Approve(null, Actors.Administrator, Clock.Now).ShouldSucceed();
        }

        return integration;
    }

    private static WebhookEndpoint Endpoint() =>
        WebhookEndpoint.Register(Integration(), "https://portal.sunrise.example/hooks", "Status changes", "whsec_first", Actors.Provider, Sunrise, false, Clock.Now).ShouldSucceed();

    [Fact]
    public void Only_an_approved_integrations_own_organisation_or_an_administrator_registers_an_https_public_endpoint()
    {
        Assert.Equal(WebhookEndpointStatus.Active, Endpoint().Status);
        Assert.IsType<InvalidIntegrationStateError>(Assert.Single(WebhookEndpoint.Register(Integration(approve: false), "https://portal.sunrise.example/hooks", null, "whsec_x", Actors.Provider, Sunrise, false, Clock.Now).ToResult().Errors));
        Assert.IsType<ActorNotPermittedError>(Assert.Single(WebhookEndpoint.Register(Integration(), "https://portal.sunrise.example/hooks", null, "whsec_x", Actors.Provider, Id<Organisation>.New(), false, Clock.Now).ToResult().Errors));
        Assert.True(WebhookEndpoint.Register(Integration(), "https://portal.sunrise.example/hooks", null, "whsec_x", Actors.Administrator, null, false, Clock.Now).ToResult().Succeeded);
        Assert.Equal(
            ["INVALID_INTEGRATION_URL", "INVALID_INTEGRATION_URL"],
            WebhookEndpoint.Register(Integration(), "http://10.1.2.3/hooks", null, "whsec_x", Actors.Provider, Sunrise, false, Clock.Now).ToResult().Errors.Select(e => e.Code));
        Assert.True(WebhookEndpoint.Register(Integration(), "http://127.0.0.1:9000/hooks", null, "whsec_x", Actors.Provider, Sunrise, allowInsecureUrls: true, Clock.Now).ToResult().Succeeded);
    }

    [Fact]
    public void A_rotated_secret_keeps_the_old_one_signing_for_the_overlap_only()
    {
        var endpoint = Endpoint();

        endpoint.RotateSecret("whsec_second", TimeSpan.FromHours(24), Clock.Now).ShouldSucceed();

        Assert.Equal(["whsec_second", "whsec_first"], endpoint.SecretsInForce(Clock.Now.AddHours(23)));
        Assert.Equal(["whsec_second"], endpoint.SecretsInForce(Clock.Now.AddHours(24)));
    }

    [Fact]
    public void The_fifth_failed_delivery_in_a_row_pauses_the_endpoint_saying_why_and_a_success_between_resets_the_count()
    {
        var endpoint = Endpoint();
        for (var i = 0; i < 4; i++)
        {
            endpoint.RecordFailed("HTTP 500");
        }

        endpoint.RecordDelivered();
        for (var i = 0; i < WebhookEndpoint.PauseAfterFailures - 1; i++)
        {
            endpoint.RecordFailed("HTTP 500");
        }

        Assert.Equal(WebhookEndpointStatus.Active, endpoint.Status);
        endpoint.RecordFailed("timed out after 10 seconds.");

        Assert.Equal(WebhookEndpointStatus.Paused, endpoint.Status);
        Assert.Equal("Paused after 5 deliveries in a row failed; the last: timed out after 10 seconds.", endpoint.PauseReason);
        endpoint.Resume().ShouldSucceed();
        Assert.Equal((WebhookEndpointStatus.Active, 0, (string?)null), (endpoint.Status, endpoint.ConsecutiveFailures, endpoint.PauseReason));
        Assert.IsType<InvalidWebhookEndpointStateError>(Assert.Single(endpoint.Resume().Errors));
    }

    [Fact]
    public void A_removed_endpoint_cannot_be_changed()
    {
        var endpoint = Endpoint();
        endpoint.Remove().ShouldSucceed();

        Assert.Equal(["INVALID_WEBHOOK_ENDPOINT_STATE", "INVALID_INTEGRATION_URL"], endpoint.Update("ftp://x", null, false).Errors.Select(e => e.Code));
        Assert.IsType<InvalidWebhookEndpointStateError>(Assert.Single(endpoint.RotateSecret("whsec_z", TimeSpan.Zero, Clock.Now).Errors));
        Assert.IsType<InvalidWebhookEndpointStateError>(Assert.Single(endpoint.Remove().Errors));
    }
}
