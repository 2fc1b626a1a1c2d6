using CarePlanGraph.Api.Changes;
using CarePlanGraph.Api.Graph.Relay;
using GraphQL.Types;

namespace CarePlanGraph.Api.Plans.Errors;

public sealed class PlanNotFoundErrorType : DomainErrorGraphType<PlanNotFoundError>
{
    public PlanNotFoundErrorType()
        : base("PlanNotFoundError", "No plan with this ID that you may see. A plan you may not see is reported the same way as one that does not exist, so the answer never reveals which.")
    {
        Field<NonNullGraphType<IdGraphType>>("planId").Description("The plan ID that was given.").Resolve(c => NodeId.Encode("CarePlan", c.Source.PlanId.Value));
    }
}
