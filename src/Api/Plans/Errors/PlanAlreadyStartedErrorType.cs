using CarePlanGraph.Api.Errors;
using GraphQL.Types;

namespace CarePlanGraph.Api.Plans.Errors;

/// <summary>Hand-written because its field is the plan itself, an object; the rest comes from <see cref="PlanAlreadyStartedError"/>.</summary>
public sealed class PlanAlreadyStartedErrorType() : DomainErrorGraphType<PlanAlreadyStartedError>(type => type
    .Field<NonNullGraphType<CarePlanType>>("plan")
    .Description("The plan already started from the assessment.")
    .Resolve(c => c.Source.Plan));
