using GraphQL.Types;

namespace CarePlanGraph.Api.Reviews.Mutations;

public sealed class OutcomeRatingInputType : InputObjectGraphType
{
    public OutcomeRatingInputType()
    {
        Name = "OutcomeRatingInput";
        Description = "How far one outcome from the plan's assessment is met, as the review found (R22).";
        Field<NonNullGraphType<IdGraphType>>("outcomeId").Description("The outcome (`CarePlan.assessment.outcomes.id`).");
        Field<NonNullGraphType<OutcomeAttainmentType>>("attainment").Description("Fully, partly or not met.");
        Field<StringGraphType>("note").Description("Anything to add. At most 2,000 characters.");
    }
}
