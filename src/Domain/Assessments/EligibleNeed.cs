using CarePlanGraph.Domain.Common;

namespace CarePlanGraph.Domain.Assessments;

/// <summary>An eligible need identified in the assessment (R01).</summary>
public sealed class EligibleNeed
{
    private EligibleNeed() => Description = string.Empty;

    public EligibleNeed(Id<EligibleNeed> id, EligibilityOutcome area, string description)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(description);
        Id = id;
        Area = area;
        Description = description;
    }

    public Id<EligibleNeed> Id { get; private set; }

    public EligibilityOutcome Area { get; private set; }

    public string Description { get; private set; }
}
