using System.Diagnostics.CodeAnalysis;

namespace CarePlanGraph.Api.Identity;

/// <summary>What a caller wants to do with a plan; <see cref="AccessScope.EnsureCanAsync"/> decides.</summary>
[SuppressMessage("Naming", "CA1711", Justification = "A permission is what it is; 'PlanAction' would read as something that happened.")]
public enum PlanPermission
{
    Read,
    Edit,
    Submit,
    Decide,
    RecordPanelDecision,
    MarkSupportInPlace,
    StartRevision,
}
