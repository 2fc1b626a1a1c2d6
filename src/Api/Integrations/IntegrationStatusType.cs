using CarePlanGraph.Api.Graph.Types;
using CarePlanGraph.Domain.Integrations;

namespace CarePlanGraph.Api.Integrations;

public sealed class IntegrationStatusType() : DescribedEnumType<IntegrationStatus>(
    "IntegrationStatus",
    "Where an integration stands. Only an APPROVED integration's tokens are accepted; any other is refused with 401 and the reason.",
    new Dictionary<IntegrationStatus, string>
    {
        [IntegrationStatus.Pending] = "Registered, waiting for an administrator to approve or refuse it.",
        [IntegrationStatus.Approved] = "Approved: its tokens are accepted, with the access it was granted.",
        [IntegrationStatus.Refused] = "Refused by an administrator (see `reasons`). Register again to ask afresh.",
        [IntegrationStatus.Suspended] = "Suspended by an administrator (see `reasons`): its tokens are refused and its open WebSockets closed until it is reinstated.",
    });
