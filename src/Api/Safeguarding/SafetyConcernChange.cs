using CarePlanGraph.Domain.Safeguarding;

namespace CarePlanGraph.Api.Safeguarding;

/// <summary>What a successful safety concern mutation produced.</summary>
public sealed record SafetyConcernChange(SafetyConcern Concern);
