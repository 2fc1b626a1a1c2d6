using CarePlanGraph.Api.Graph.Types;
using CarePlanGraph.Domain.Reviews;

namespace CarePlanGraph.Api.Reviews;

public sealed class ReviewKindType() : DescribedEnumType<ReviewKind>(
    "ReviewKind",
    "Why a review is held: a planned review (R20) or a request the council accepted (R21).",
    new Dictionary<ReviewKind, string>
    {
        [ReviewKind.First] = "Planned: the first review, 6 to 12 weeks after support is in place.",
        [ReviewKind.DirectPayment] = "Planned: the review of a Direct Payment within 6 months of it starting (Direct Payments regulations 2014, reg. 7).",
        [ReviewKind.Annual] = "Planned: the review each year after the last one.",
        [ReviewKind.Requested] = "Unplanned: someone asked for it and the council accepted (R21).",
    });
