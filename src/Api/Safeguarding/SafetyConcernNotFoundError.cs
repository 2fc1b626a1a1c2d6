using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using CarePlanGraph.Domain.Common;
using CarePlanGraph.Domain.Safeguarding;

namespace CarePlanGraph.Api.Safeguarding;

/// <summary>No safety concern with this ID that the caller may see (only the safeguarding team sees any).</summary>
[Description("No safety concern with this ID that you may see. Only the safeguarding team sees safety concerns.")]
public sealed record SafetyConcernNotFoundError(
    [property: Description("The ID that was given."), Display(Name = "safetyConcernId")] Id<SafetyConcern> ConcernId)
    : DomainError("SAFETY_CONCERN_NOT_FOUND", "There is no safety concern with this ID that you may see.");
