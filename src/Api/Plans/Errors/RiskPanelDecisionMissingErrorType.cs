using CarePlanGraph.Api.Assessments;
using CarePlanGraph.Api.Errors;
using CarePlanGraph.Api.Persistence;
using CarePlanGraph.Domain.Agreement;
using CarePlanGraph.Domain.Assessments;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace CarePlanGraph.Api.Plans.Errors;

/// <summary>Hand-written because its field loads the risk the error names; the rest comes from <see cref="RiskPanelDecisionMissingError"/>.</summary>
public sealed class RiskPanelDecisionMissingErrorType() : DomainErrorGraphType<RiskPanelDecisionMissingError>(type => type
    .Field<NonNullGraphType<IdentifiedRiskType>>("risk")
    .Description("The significant risk awaiting the panel.")
    .Resolve(c => c.RequestServices!.GetRequiredService<ByIdLoader<IdentifiedRisk>>().Load(c.Source.RiskId)));
