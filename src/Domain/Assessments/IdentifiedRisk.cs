using CarePlanGraph.Domain.Common;

namespace CarePlanGraph.Domain.Assessments;

/// <summary>A risk identified at assessment; a significant one needs a Risk Management Panel decision (R12, R23).</summary>
public sealed class IdentifiedRisk
{
    private IdentifiedRisk() => Description = string.Empty;

    public IdentifiedRisk(Id<IdentifiedRisk> id, string description, bool isSignificant)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(description);
        Id = id;
        Description = description;
        IsSignificant = isSignificant;
    }

    public Id<IdentifiedRisk> Id { get; private set; }

    public string Description { get; private set; }

    public bool IsSignificant { get; private set; }
}
