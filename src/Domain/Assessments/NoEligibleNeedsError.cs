using System.ComponentModel;
using CarePlanGraph.Domain.Common;

namespace CarePlanGraph.Domain.Assessments;

/// <summary>An assessment records at least one eligible need; without one there is nothing for a plan to meet (R01, R31).</summary>
[Description("R01, R31: an assessment records at least one eligible need. If the person has no eligible needs, no plan is written; give advice and information instead.")]
public sealed record NoEligibleNeedsError()
    : DomainError("NO_ELIGIBLE_NEEDS", "Record at least one eligible need: a plan is written to meet the person's eligible needs.");
