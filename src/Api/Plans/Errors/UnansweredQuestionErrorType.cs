using CarePlanGraph.Domain.Agreement;
using GraphQL.Types;

namespace CarePlanGraph.Api.Plans.Errors;

public sealed class UnansweredQuestionErrorType : AgreementCheckErrorGraphType<UnansweredQuestionError>
{
    public UnansweredQuestionErrorType()
        : base("UnansweredQuestionError", "R08: one of the seven questions is not answered (blank or whitespace counts as unanswered). Answer it with `updatePlanAnswers`.")
    {
        Field<NonNullGraphType<IntGraphType>>("questionNumber").Description("The question's number, 1 to 7, as the council asks them.").Resolve(c => c.Source.QuestionNumber);
        Field<NonNullGraphType<StringGraphType>>("question").Description("The question, in the council's words.").Resolve(c => c.Source.Question);
    }
}
