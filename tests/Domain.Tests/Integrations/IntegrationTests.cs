using CarePlanGraph.Domain.Common;
using CarePlanGraph.Domain.Integrations;
using CarePlanGraph.Domain.Organisations;

namespace CarePlanGraph.Domain.Tests.Integrations;

/// <summary>Issue 15: an outside organisation registers its client application; an administrator decides.</summary>
public class IntegrationTests
{
    private static readonly Id<Organisation> Sunrise = Id<Organisation>.New();

    private static IntegrationRegistration Registration(
        IntegrationAccess access = IntegrationAccess.ReadWrite,
        string[]? origins = null,
        string[]? webhooks = null,
        IntegrationContact[]? contacts = null) => new(
        "Sunrise portal",
        Guid.Parse("6b1f0c1e-2f0d-4a8b-9d61-3b7f1e1c0a01"),
        Sunrise,
        contacts ?? [new IntegrationContact("Dana Ng", "dana@sunrise.example")],
        access,
        origins ?? ["https://portal.sunrise.example"],
        webhooks ?? ["https://portal.sunrise.example/hooks/careplan"]);

    private static Integration Pending() =>
        Integration.Register(Registration(), Actors.Provider, Sunrise, allowInsecureUrls: false, Clock.Now).ShouldSucceed();

    [Fact]
    public void An_organisations_own_staff_register_it_pending_with_what_they_asked_for()
    {
        var integration = Pending();

        Assert.Equal((IntegrationStatus.Pending, IntegrationAccess.ReadWrite, "Sunrise portal"), (integration.Status, integration.Access, integration.Name));
        Assert.Equal(["https://portal.sunrise.example"], integration.Origins);
        Assert.Equal("The integration \"Sunrise portal\" is waiting for the council's approval.", integration.RefusalReason);
    }

    [Fact]
    public void Staff_of_another_organisation_or_a_council_role_other_than_administrator_may_not_register_it()
    {
        Assert.IsType<ActorNotPermittedError>(Assert.Single(Integration.Register(Registration(), Actors.Provider, Id<Organisation>.New(), false, Clock.Now).ToResult().Errors));
        Assert.IsType<ActorNotPermittedError>(Assert.Single(Integration.Register(Registration(), Actors.KeyWorker, null, false, Clock.Now).ToResult().Errors));
        Assert.True(Integration.Register(Registration() with { OrganisationId = null }, Actors.Administrator, null, false, Clock.Now).ToResult().Succeeded);
    }

    [Fact]
    public void Every_problem_with_a_registration_is_reported_at_once()
    {
        var result = Integration.Register(
            Registration(
                origins: ["http://portal.sunrise.example", "https://portal.sunrise.example/app", "not a url"],
                webhooks: ["https://10.0.0.5/hook", "https://localhost/hook", "https://[::1]/hook", "http://hooks.example/x"],
                contacts: [new IntegrationContact("", "dana-at-sunrise")]) with
            { Name = " ", ClientAppId = Guid.Empty },
            Actors.Provider,
            Sunrise,
            allowInsecureUrls: false,
            Clock.Now).ToResult();

        Assert.Equal(
            ["REQUIRED_TEXT_MISSING", "INVALID_CLIENT_APP_ID", "REQUIRED_TEXT_MISSING", "INVALID_INTEGRATION_CONTACT", .. Enumerable.Repeat("INVALID_INTEGRATION_URL", 7)],
            result.Errors.Select(e => e.Code));
    }

    [Fact]
    public void In_Development_http_and_local_webhooks_are_allowed()
    {
        var integration = Integration.Register(Registration(origins: ["http://localhost:5173"], webhooks: ["http://127.0.0.1:9000/hook"]), Actors.Provider, Sunrise, allowInsecureUrls: true, Clock.Now).ShouldSucceed();

        Assert.Equal(["http://localhost:5173"], integration.Origins);
    }

    [Fact]
    public void An_administrator_approves_it_narrowing_its_access_but_never_widening_it()
    {
        var integration = Pending();
        Assert.IsType<ActorNotPermittedError>(Assert.Single(integration.Approve(null, Actors.KeyWorker, Clock.Now).Errors));

        integration.Approve(IntegrationAccess.ReadOnly, Actors.Administrator, Clock.Now).ShouldSucceed();

        Assert.Equal((IntegrationStatus.Approved, IntegrationAccess.ReadOnly, 1), (integration.Status, integration.Access, integration.EditRevision));
        Assert.Null(integration.RefusalReason);
        Assert.IsType<InvalidIntegrationStateError>(Assert.Single(integration.Approve(null, Actors.Administrator, Clock.Now).Errors));

        var readOnly = Integration.Register(Registration(IntegrationAccess.ReadOnly), Actors.Provider, Sunrise, false, Clock.Now).ShouldSucceed();
        Assert.IsType<AccessWiderThanRequestedError>(Assert.Single(readOnly.Approve(IntegrationAccess.ReadWrite, Actors.Administrator, Clock.Now).Errors));
    }

    [Fact]
    public void A_refusal_and_a_suspension_need_reasons_and_say_them_to_the_caller()
    {
        var refused = Pending();
        Assert.Equal(["REQUIRED_TEXT_MISSING"], refused.Refuse(" ", Actors.Administrator, Clock.Now).Errors.Select(e => e.Code));
        refused.Refuse("We could not verify the organisation.", Actors.Administrator, Clock.Now).ShouldSucceed();
        Assert.Equal("The integration \"Sunrise portal\" was refused: We could not verify the organisation.", refused.RefusalReason);

        var approved = Pending();
        approved.Approve(null, Actors.Administrator, Clock.Now).ShouldSucceed();
        approved.Suspend("Repeated requests for people it does not support.", Actors.Administrator, Clock.Now).ShouldSucceed();
        Assert.Equal(IntegrationStatus.Suspended, approved.Status);
        Assert.Equal("The integration \"Sunrise portal\" is suspended: Repeated requests for people it does not support.", approved.RefusalReason);
        Assert.IsType<InvalidIntegrationStateError>(Assert.Single(approved.Suspend("Again.", Actors.Administrator, Clock.Now).Errors));

        approved.Reinstate(Actors.Administrator, Clock.Now).ShouldSucceed();
        Assert.Equal((IntegrationStatus.Approved, (string?)null, 3), (approved.Status, approved.Reasons, approved.EditRevision));
        Assert.IsType<InvalidIntegrationStateError>(Assert.Single(approved.Reinstate(Actors.Administrator, Clock.Now).Errors));
    }

    [Theory]
    [InlineData("https://192.168.1.10/x", true)]
    [InlineData("https://172.20.0.1/x", true)]
    [InlineData("https://169.254.169.254/latest", true)]
    [InlineData("https://[fe80::1]/x", true)]
    [InlineData("https://[::ffff:127.0.0.1]/x", true)]
    [InlineData("https://api.localhost/x", true)]
    [InlineData("https://0.0.0.0/x", true)]
    [InlineData("https://172.32.0.1/x", false)]
    [InlineData("https://hooks.example.org/x", false)]
    [InlineData("https://8.8.8.8/x", false)]
    public void Private_loopback_and_link_local_addresses_are_recognised(string url, bool local) =>
        Assert.Equal(local, NetworkAddresses.IsPrivateOrLocal(new Uri(url)));
}
