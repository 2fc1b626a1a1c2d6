using System.ComponentModel;
using CarePlanGraph.Domain.Common;

namespace CarePlanGraph.Domain.Reviews;

/// <summary>
/// R22 [CA s.67]: the person has significant difficulty expressing their views and no one appropriate can speak for
/// them, so an independent advocate must be referred and assigned before the review can be completed.
/// </summary>
[Description("R22 [Care Act s.67]: the person has significant difficulty expressing their views and no one appropriate can speak for them, so an independent advocate must be referred and assigned (`referToAdvocate`, `assignAdvocate`) before the review is completed.")]
public sealed record ReviewNeedsAdvocateError()
    : DomainError("REVIEW_NEEDS_ADVOCATE", "The person has significant difficulty expressing their views and no one appropriate can speak for them: refer them to an independent advocate, and have one assigned, before completing the review.");
