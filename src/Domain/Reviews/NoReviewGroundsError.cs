using System.ComponentModel;
using CarePlanGraph.Domain.Common;

namespace CarePlanGraph.Domain.Reviews;

/// <summary>R21: a review request names no grounds.</summary>
[Description("R21: a review request names no grounds. Give at least one of `ReviewGround`.")]
public sealed record NoReviewGroundsError()
    : DomainError("NO_REVIEW_GROUNDS", "Say why a review is needed: choose at least one ground (needs changed, support no longer meets needs, major change wanted, unmanageable risks, council request).");
