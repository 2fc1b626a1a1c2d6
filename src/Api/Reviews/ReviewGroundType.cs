using CarePlanGraph.Api.Graph.Types;
using CarePlanGraph.Domain.Reviews;

namespace CarePlanGraph.Api.Reviews;

public sealed class ReviewGroundType() : DescribedEnumType<ReviewGround>(
    "ReviewGround",
    "Why someone asks for a review before it is due (R21), as the council's page lists them. Maps to the Client Level Data review reason \"unplanned\".",
    new Dictionary<ReviewGround, string>
    {
        [ReviewGround.NeedsChanged] = "The person's needs have changed.",
        [ReviewGround.SupportNoLongerMeetsNeeds] = "The support in place no longer meets the person's needs.",
        [ReviewGround.MajorChangeWanted] = "The person wants to make a major change to their plan.",
        [ReviewGround.UnmanageableRisks] = "There are unmanageable risks in the plan.",
        [ReviewGround.CouncilRequest] = "The council requests it. Only council staff can give this ground.",
    });
