using CarePlanGraph.Api.Graph.Types;
using CarePlanGraph.Domain.Reviews;

namespace CarePlanGraph.Api.Reviews;

public sealed class ReviewRequestStatusType() : DescribedEnumType<ReviewRequestStatus>(
    "ReviewRequestStatus",
    "Where a request for a review stands (R21).",
    new Dictionary<ReviewRequestStatus, string>
    {
        [ReviewRequestStatus.Pending] = "Waiting for the Key Worker to decide with `decideReviewRequest`.",
        [ReviewRequestStatus.Accepted] = "Accepted: `review` is the review it led to.",
        [ReviewRequestStatus.Declined] = "Declined: `declineReasons` says why, as the requester was told.",
    });
