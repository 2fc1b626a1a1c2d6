using CarePlanGraph.Api.Plans.Errors;
using CarePlanGraph.Domain.Advocacy;
using GraphQL.Types;

namespace CarePlanGraph.Api.Advocacy;

public sealed class AdvocateRequiredErrorType : AgreementCheckErrorGraphType<AdvocateRequiredError>
{
    public AdvocateRequiredErrorType()
        : base("AdvocateRequiredError", "R13, R22 (Care Act s.67): the person has significant difficulty expressing their views and no one appropriate can speak for them, and no independent advocate is assigned, so the decisions in the plan cannot be shown to be their own (the OWN_DECISIONS check). The Key Worker refers them with `referToAdvocate` and assigns one.")
    {
        Field<NonNullGraphType<BooleanGraphType>>("referred").Description("True when the person has been referred but no advocate is assigned yet.").Resolve(c => c.Source.Referred);
    }
}
