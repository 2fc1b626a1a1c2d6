using System.ComponentModel;
using CarePlanGraph.Domain.Assessments;
using CarePlanGraph.Domain.Common;

namespace CarePlanGraph.Domain.Plans;

/// <summary>A support item says it meets a need that is not in the plan's assessment (R01, R04).</summary>
[Description("R01, R04: a support item says it meets a need that is not in this plan's assessment. Use IDs from `CarePlan.assessment.eligibleNeeds`.")]
public sealed record UnknownNeedError(
    [property: Description("The need ID that was given.")] Id<EligibleNeed> NeedId)
    : DomainError("UNKNOWN_NEED", $"Need {NeedId} is not one of the eligible needs in this plan's assessment.");
