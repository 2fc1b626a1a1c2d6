using CarePlanGraph.Domain.Assessments;
using CarePlanGraph.Domain.Plans;

namespace CarePlanGraph.Api.Assessments.Mutations;

/// <summary>What a successful assessment mutation changed: the assessment recorded, and the plans that now follow it.</summary>
public sealed record AssessmentChange(Assessment Assessment)
{
    public IReadOnlyList<CarePlan> Plans { get; init; } = [];
}
