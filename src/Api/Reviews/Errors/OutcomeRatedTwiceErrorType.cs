using CarePlanGraph.Api.Graph.Relay;
using CarePlanGraph.Api.Plans.Errors;
using CarePlanGraph.Domain.Reviews;
using GraphQL.Types;

namespace CarePlanGraph.Api.Reviews.Errors;

public sealed class OutcomeRatedTwiceErrorType : DomainErrorGraphType<OutcomeRatedTwiceError>
{
    public OutcomeRatedTwiceErrorType()
        : base("OutcomeRatedTwiceError", "R22: an outcome is rated more than once in `outcomes`; rate each once.")
    {
        Field<NonNullGraphType<IdGraphType>>("outcomeId").Description("The outcome rated twice (`DesiredOutcome.id`).").Resolve(c => NodeId.Encode("DesiredOutcome", c.Source.OutcomeId.Value));
    }
}
