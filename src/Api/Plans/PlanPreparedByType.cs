using CarePlanGraph.Api.Graph.Types;
using CarePlanGraph.Domain.Plans;

namespace CarePlanGraph.Api.Plans;

public sealed class PlanPreparedByType() : DescribedEnumType<PlanPreparer>(
    "PlanPreparedBy",
    "Who prepared a plan version. When someone other than the person completed it, a best-interests confirmation is needed before agreement.",
    new Dictionary<PlanPreparer, string>
    {
        [PlanPreparer.Person] = "The person wrote it themselves.",
        [PlanPreparer.PersonWithHelp] = "The person wrote it with help from others.",
        [PlanPreparer.FamilyOrFriend] = "Family or a friend completed it.",
        [PlanPreparer.ServiceProvider] = "A service provider completed it.",
        [PlanPreparer.IndependentSupportPlanner] = "An independent support planner completed it.",
        [PlanPreparer.KeyWorker] = "The Key Worker completed it.",
        [PlanPreparer.SomeoneElseOnBehalf] = "Someone else completed it on the person's behalf.",
    });
