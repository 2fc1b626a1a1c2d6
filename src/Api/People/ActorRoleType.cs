using CarePlanGraph.Api.Graph.Types;
using CarePlanGraph.Domain.Common;

namespace CarePlanGraph.Api.People;

public sealed class ActorRoleType() : DescribedEnumType<ActorRole>(
    "Role",
    "The capacity in which someone uses the API. Only council roles agree or decline plans and decide requests.",
    new Dictionary<ActorRole, string>
    {
        [ActorRole.Person] = "The person the plan is for.",
        [ActorRole.Helper] = "Family, a friend or a carer helping the person, with the person's consent.",
        [ActorRole.KeyWorker] = "Council: the person's Key Worker or assessing officer; agrees or declines plans.",
        [ActorRole.CustomerServices] = "Council: Customer Services; handles complaints.",
        [ActorRole.RiskPanelMember] = "Council: a member of the Risk Management Panel.",
        [ActorRole.Safeguarding] = "Council: the safeguarding team; receives safety concerns.",
        [ActorRole.Administrator] = "Council: an administrator of the service.",
        [ActorRole.Provider] = "Staff or a system of a service provider organisation.",
        [ActorRole.SupportPlanner] = "An independent support planner helping the person.",
        [ActorRole.Advocate] = "An independent advocate speaking for the person.",
        [ActorRole.CouncilApplication] = "An application the council runs itself (its website), signed in as itself with an app-only token: it sees no one's records, only what is public, such as the organisations.",
        [ActorRole.System] = "CarePlanGraph itself, for changes nobody asked for.",
    });
