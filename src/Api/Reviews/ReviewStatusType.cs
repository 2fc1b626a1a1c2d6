using CarePlanGraph.Api.Graph.Types;
using CarePlanGraph.Domain.Reviews;

namespace CarePlanGraph.Api.Reviews;

public sealed class ReviewStatusType() : DescribedEnumType<ReviewStatus>(
    "ReviewStatus",
    "Where a review stands (R22). While it is not COMPLETED the plan is UNDER_REVIEW.",
    new Dictionary<ReviewStatus, string>
    {
        [ReviewStatus.InProgress] = "Under way: the person invites people (before the review date) and the Key Worker records the outcome with `completeReview`.",
        [ReviewStatus.AwaitingSignatures] = "The outcome is recorded; the person (or their assigned advocate) and the Key Worker sign it with `signReview`.",
        [ReviewStatus.Disputed] = "The person recorded disagreement instead of signing; the Key Worker contacts them and records the outcome again.",
        [ReviewStatus.Completed] = "Signed by both. The plan is ACTIVE again, the next review is scheduled, and agreed changes opened a revision.",
    });
