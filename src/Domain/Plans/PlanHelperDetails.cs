using CarePlanGraph.Domain.Common;
using CarePlanGraph.Domain.Organisations;

namespace CarePlanGraph.Domain.Plans;

/// <summary>Someone who helped with the plan (R13): what kind of helper, their name, and their organisation if they have one.</summary>
public sealed record PlanHelperDetails(HelperKind Kind, string Name, Id<Organisation>? OrganisationId = null);
