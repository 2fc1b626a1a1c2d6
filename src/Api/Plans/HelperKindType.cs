using CarePlanGraph.Api.Graph.Types;
using CarePlanGraph.Domain.Plans;

namespace CarePlanGraph.Api.Plans;

public sealed class HelperKindType() : DescribedEnumType<HelperKind>(
    "HelperKind",
    "Who helped the person with their plan (R06, R13). Recording any helper means the person must confirm the decisions are their own before agreement.",
    new Dictionary<HelperKind, string>
    {
        [HelperKind.FamilyOrFriend] = "A family member or friend.",
        [HelperKind.ServiceProvider] = "A service provider.",
        [HelperKind.IndependentSupportPlanner] = "An independent support planner; their organisation must be given.",
        [HelperKind.KeyWorker] = "The person's Key Worker.",
        [HelperKind.OnBehalfOfPerson] = "Someone who completed the plan on the person's behalf.",
        [HelperKind.IndependentAdvocate] = "An independent advocate.",
    });
