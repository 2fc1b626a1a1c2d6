using CarePlanGraph.Api.Graph.Relay;
using CarePlanGraph.Domain.Plans;
using GraphQL.Types;

namespace CarePlanGraph.Api.Plans.Errors;

public sealed class UnknownOutcomeErrorType : DomainErrorGraphType<UnknownOutcomeError>
{
    public UnknownOutcomeErrorType()
        : base("UnknownOutcomeError", "R01, R04: a support item says it serves an outcome that is not in this plan's assessment. Use IDs from `CarePlan.assessment.outcomes`.")
    {
        Field<NonNullGraphType<IdGraphType>>("outcomeId").Description("The outcome ID that was given.").Resolve(c => NodeId.Encode("DesiredOutcome", c.Source.OutcomeId.Value));
    }
}
