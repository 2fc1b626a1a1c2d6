using CarePlanGraph.Api.Graph.Types;
using CarePlanGraph.Domain.Reviews;

namespace CarePlanGraph.Api.Reviews;

public sealed class ReviewPartyType() : DescribedEnumType<ReviewParty>(
    "ReviewParty",
    "The two parties who sign a completed review (R22).",
    new Dictionary<ReviewParty, string>
    {
        [ReviewParty.Person] = "The person, or their assigned independent advocate on their behalf.",
        [ReviewParty.KeyWorker] = "The Key Worker (or an administrator standing in).",
    });
