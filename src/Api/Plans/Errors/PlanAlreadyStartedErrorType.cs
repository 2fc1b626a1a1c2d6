using GraphQL.Types;

namespace CarePlanGraph.Api.Plans.Errors;

public sealed class PlanAlreadyStartedErrorType : DomainErrorGraphType<PlanAlreadyStartedError>
{
    public PlanAlreadyStartedErrorType()
        : base("PlanAlreadyStartedError", "R01, R18: the assessment already has a plan that has not ended. Carry on with that plan, or start a revision of it once it is agreed.")
    {
        Field<NonNullGraphType<CarePlanType>>("plan").Description("The plan already started from the assessment.").Resolve(c => c.Source.Plan);
    }
}
