using CarePlanGraph.Domain.Common;

namespace CarePlanGraph.Domain.Assessments;

/// <summary>Sanity limits on an assessment (R31): they catch typing errors and bound the work of checking a plan against it.</summary>
public static class AssessmentLimits
{
    /// <summary>The most needs, outcomes or risks one assessment records.</summary>
    public const int MaxParts = 50;

    /// <summary>The longest description of a need, outcome or risk.</summary>
    public const int MaxDescriptionLength = 2000;

    /// <summary>The largest indicative budget or assessed contribution a year.</summary>
    public static Money MaxAmount { get; } = Money.FromPounds(5_000_000);
}
