using CarePlanGraph.Domain.Common;
using CarePlanGraph.Domain.Organisations;
using CarePlanGraph.Domain.People;
using CarePlanGraph.Domain.Plans;
using CarePlanGraph.Domain.Reviews;

namespace CarePlanGraph.Api.Reviews.Mutations;

// Each review mutation's input, bound once (InputBinder): field names are the parameters' names, camelCased.
public sealed record RequestReviewInput(Id<CarePlan> PlanId, IReadOnlyList<ReviewGround> Grounds, string Details);

public sealed record DecideReviewRequestInput(Id<ReviewRequest> ReviewRequestId, bool Accept, string? Reasons, DateOnly? ReviewOn);

public sealed record StartReviewInput(Id<CarePlan> PlanId, DateOnly? ReviewOn);

public sealed record InviteToReviewInput(Id<Review> ReviewId, InviteeKind Kind, string Name, Id<Organisation>? OrganisationId, Id<Carer>? CarerId);

public sealed record CompleteReviewInput(Id<Review> ReviewId, IReadOnlyList<OutcomeRating> Outcomes, string Summary, IReadOnlyList<string> Changes, DateOnly? ChangesStartOn);

public sealed record SignReviewInput(Id<Review> ReviewId, string? Disagreement);
