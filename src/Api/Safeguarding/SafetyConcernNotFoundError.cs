using CarePlanGraph.Domain.Common;
using CarePlanGraph.Domain.Safeguarding;

namespace CarePlanGraph.Api.Safeguarding;

/// <summary>No safety concern with this ID that the caller may see (only the safeguarding team sees any).</summary>
public sealed record SafetyConcernNotFoundError(Id<SafetyConcern> ConcernId)
    : DomainError("SAFETY_CONCERN_NOT_FOUND", "There is no safety concern with this ID that you may see.");
