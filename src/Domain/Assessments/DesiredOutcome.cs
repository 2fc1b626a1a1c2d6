using CarePlanGraph.Domain.Common;

namespace CarePlanGraph.Domain.Assessments;

/// <summary>An outcome the person wants to achieve, recorded at assessment (R01).</summary>
public sealed class DesiredOutcome
{
    private DesiredOutcome() => Description = string.Empty;

    public DesiredOutcome(Id<DesiredOutcome> id, string description)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(description);
        Id = id;
        Description = description;
    }

    public Id<DesiredOutcome> Id { get; private set; }

    public string Description { get; private set; }
}
