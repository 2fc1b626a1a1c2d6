using CarePlanGraph.Api.Assessments;
using CarePlanGraph.Api.Errors;
using CarePlanGraph.Api.Persistence;
using CarePlanGraph.Domain.Agreement;
using CarePlanGraph.Domain.Assessments;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace CarePlanGraph.Api.Plans.Errors;

/// <summary>Hand-written because its field loads the risk the error names; the rest comes from <see cref="UnmitigatedRiskError"/>.</summary>
public sealed class UnmitigatedRiskErrorType() : DomainErrorGraphType<UnmitigatedRiskError>(type => type
    .Field<NonNullGraphType<IdentifiedRiskType>>("risk")
    .Description("The risk the plan does not yet say how it will manage.")
    .Resolve(c => c.RequestServices!.GetRequiredService<ByIdLoader<IdentifiedRisk>>().Load(c.Source.RiskId)));
