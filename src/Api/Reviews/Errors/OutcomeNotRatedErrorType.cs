using CarePlanGraph.Api.Graph.Relay;
using CarePlanGraph.Api.Plans.Errors;
using CarePlanGraph.Domain.Reviews;
using GraphQL.Types;

namespace CarePlanGraph.Api.Reviews.Errors;

public sealed class OutcomeNotRatedErrorType : DomainErrorGraphType<OutcomeNotRatedError>
{
    public OutcomeNotRatedErrorType()
        : base("OutcomeNotRatedError", "R22: a completed review says how far every outcome in the assessment is met, and this one is missing from `outcomes`.")
    {
        Field<NonNullGraphType<IdGraphType>>("outcomeId").Description("The outcome to rate (`DesiredOutcome.id`).").Resolve(c => NodeId.Encode("DesiredOutcome", c.Source.OutcomeId.Value));
        Field<NonNullGraphType<StringGraphType>>("description").Description("The outcome, in words.").Resolve(c => c.Source.Description);
    }
}
