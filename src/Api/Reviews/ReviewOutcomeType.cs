using CarePlanGraph.Api.Graph.Relay;
using CarePlanGraph.Domain.Reviews;
using GraphQL.Types;

namespace CarePlanGraph.Api.Reviews;

public sealed class ReviewOutcomeType : ObjectGraphType<ReviewOutcome>
{
    public ReviewOutcomeType()
    {
        Name = "ReviewOutcome";
        Description = "How far one outcome from the assessment has been met, as recorded at a review (R22).";
        Field<NonNullGraphType<IdGraphType>>("outcomeId").Description("The outcome in the plan's assessment (`DesiredOutcome.id`).").Resolve(c => NodeId.Encode("DesiredOutcome", c.Source.OutcomeId.Value));
        Field<NonNullGraphType<StringGraphType>>("description").Description("The outcome, in the words it had when it was rated.").Resolve(c => c.Source.Description);
        Field<NonNullGraphType<OutcomeAttainmentType>>("attainment").Description("Fully, partly or not met.").Resolve(c => c.Source.Attainment);
        Field<StringGraphType>("note").Description("The Key Worker's note, if any.").Resolve(c => c.Source.Note);
    }
}
