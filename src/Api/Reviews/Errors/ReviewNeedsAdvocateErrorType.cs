using CarePlanGraph.Api.Plans.Errors;
using CarePlanGraph.Domain.Reviews;

namespace CarePlanGraph.Api.Reviews.Errors;

public sealed class ReviewNeedsAdvocateErrorType() : DomainErrorGraphType<ReviewNeedsAdvocateError>(
    "ReviewNeedsAdvocateError",
    "R22 [Care Act s.67]: the person has significant difficulty expressing their views and no one appropriate can speak for them, so an independent advocate must be referred and assigned (`referToAdvocate`, `assignAdvocate`) before the review is completed.");
