using CarePlanGraph.Domain.Plans;
using CarePlanGraph.Domain.Reviews;

namespace CarePlanGraph.Api.Reviews.Mutations;

/// <summary>What a successful review mutation changed: the plan, and whichever of the review's parts the payload shows.</summary>
public sealed record ReviewChange(CarePlan Plan)
{
    public Review? Review { get; init; }

    public ReviewRequest? Request { get; init; }

    public ReviewInvitee? Invitee { get; init; }
}
