using CarePlanGraph.Api.Graph.Relay;
using CarePlanGraph.Domain.Plans;
using GraphQL.Types;

namespace CarePlanGraph.Api.Plans.Errors;

public sealed class UnknownNeedErrorType : DomainErrorGraphType<UnknownNeedError>
{
    public UnknownNeedErrorType()
        : base("UnknownNeedError", "R01, R04: a support item says it meets a need that is not in this plan's assessment. Use IDs from `CarePlan.assessment.eligibleNeeds`.")
    {
        Field<NonNullGraphType<IdGraphType>>("needId").Description("The need ID that was given.").Resolve(c => NodeId.Encode("EligibleNeed", c.Source.NeedId.Value));
    }
}
