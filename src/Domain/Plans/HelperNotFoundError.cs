using CarePlanGraph.Domain.Common;

namespace CarePlanGraph.Domain.Plans;

/// <summary>A helper ID that is not recorded on the version being edited.</summary>
public sealed record HelperNotFoundError(Id<PlanHelper> HelperId)
    : DomainError("HELPER_NOT_FOUND", "That helper is not recorded on the version being edited.");
