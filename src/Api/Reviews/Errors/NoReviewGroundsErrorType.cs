using CarePlanGraph.Api.Plans.Errors;
using CarePlanGraph.Domain.Reviews;

namespace CarePlanGraph.Api.Reviews.Errors;

public sealed class NoReviewGroundsErrorType() : DomainErrorGraphType<NoReviewGroundsError>(
    "NoReviewGroundsError",
    "R21: a review request names no grounds. Give at least one of `ReviewGround`.");
