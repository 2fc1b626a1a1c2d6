using System.ComponentModel;
using CarePlanGraph.Domain.Common;

namespace CarePlanGraph.Domain.Plans;

/// <summary>A helper ID that is not recorded on the version being edited.</summary>
[Description("The helper is not recorded on the version being edited (the current version of the plan). Use an ID from `currentVersion.helpers`.")]
public sealed record HelperNotFoundError(
    [property: Description("The helper ID that was given.")] Id<PlanHelper> HelperId)
    : DomainError("HELPER_NOT_FOUND", "That helper is not recorded on the version being edited.");
