using CarePlanGraph.Domain.Common;
using CarePlanGraph.Domain.Organisations;

namespace CarePlanGraph.Domain.Integrations;

/// <summary>What an organisation asks for when it registers a client application.</summary>
/// <param name="Name">What the application is called, e.g. "Sunrise Home Care portal".</param>
/// <param name="ClientAppId">The Entra ID application (client) id it will call with: its tokens' <c>azp</c>/<c>appid</c>.</param>
/// <param name="OrganisationId">The organisation it acts for; null for the council's own (its website).</param>
/// <param name="Contacts">Who to contact about it: at least one.</param>
/// <param name="RequestedAccess">Read-only, or read and write.</param>
/// <param name="Origins">The browser origins its pages call from (for CORS), e.g. <c>https://portal.example</c>.</param>
/// <param name="WebhookUrls">Where it will receive webhooks.</param>
public sealed record IntegrationRegistration(
    string Name,
    Guid ClientAppId,
    Id<Organisation>? OrganisationId,
    IReadOnlyList<IntegrationContact> Contacts,
    IntegrationAccess RequestedAccess,
    IReadOnlyList<string> Origins,
    IReadOnlyList<string> WebhookUrls);
