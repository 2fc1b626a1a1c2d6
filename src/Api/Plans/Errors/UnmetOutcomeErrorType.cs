using CarePlanGraph.Api.Assessments;
using CarePlanGraph.Api.Errors;
using CarePlanGraph.Api.Persistence;
using CarePlanGraph.Domain.Agreement;
using CarePlanGraph.Domain.Assessments;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace CarePlanGraph.Api.Plans.Errors;

/// <summary>Hand-written because its field loads the desired outcome the error names; the rest comes from <see cref="UnmetOutcomeError"/>.</summary>
public sealed class UnmetOutcomeErrorType() : DomainErrorGraphType<UnmetOutcomeError>(type => type
    .Field<NonNullGraphType<DesiredOutcomeType>>("outcome")
    .Description("The desired outcome no item works towards.")
    .Resolve(c => c.RequestServices!.GetRequiredService<ByIdLoader<DesiredOutcome>>().Load(c.Source.OutcomeId)));
