using CarePlanGraph.Api.Assessments;
using CarePlanGraph.Api.Errors;
using CarePlanGraph.Api.Persistence;
using CarePlanGraph.Domain.Agreement;
using CarePlanGraph.Domain.Assessments;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace CarePlanGraph.Api.Plans.Errors;

/// <summary>Hand-written because its field loads the eligible need the error names; the rest comes from <see cref="UnmetNeedError"/>.</summary>
public sealed class UnmetNeedErrorType() : DomainErrorGraphType<UnmetNeedError>(type => type
    .Field<NonNullGraphType<EligibleNeedType>>("need")
    .Description("The eligible need no item meets.")
    .Resolve(c => c.RequestServices!.GetRequiredService<ByIdLoader<EligibleNeed>>().Load(c.Source.NeedId)));
