using CarePlanGraph.Api.Graph.Types;
using CarePlanGraph.Domain.Integrations;

namespace CarePlanGraph.Api.Integrations;

public sealed class IntegrationAccessType() : DescribedEnumType<IntegrationAccess>(
    "IntegrationAccess",
    "What an integration may do, within what its organisation's role allows.",
    new Dictionary<IntegrationAccess, string>
    {
        [IntegrationAccess.ReadOnly] = "Queries and subscriptions only; every mutation is refused with AUTH_FORBIDDEN.",
        [IntegrationAccess.ReadWrite] = "Queries, subscriptions and the mutations its organisation's role allows.",
    });
