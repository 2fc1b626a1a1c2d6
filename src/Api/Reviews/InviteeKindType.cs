using CarePlanGraph.Api.Graph.Types;
using CarePlanGraph.Domain.Reviews;

namespace CarePlanGraph.Api.Reviews;

public sealed class InviteeKindType() : DescribedEnumType<InviteeKind>(
    "InviteeKind",
    "Who the person invites to their review (R22).",
    new Dictionary<InviteeKind, string>
    {
        [InviteeKind.Carer] = "A carer, family member or friend.",
        [InviteeKind.ServiceProvider] = "A service provider.",
        [InviteeKind.SupportNetwork] = "Someone from a formal or informal support network.",
        [InviteeKind.Agency] = "Another agency involved in the person's care.",
        [InviteeKind.Other] = "Anyone else who knows the person well.",
    });
