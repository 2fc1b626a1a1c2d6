using System.ComponentModel;

namespace CarePlanGraph.Domain.Agreement;

/// <summary>R08: one of the seven questions is not answered (blank counts as unanswered).</summary>
[Description("R08: one of the seven questions is not answered (blank or whitespace counts as unanswered). Answer it with `updatePlanAnswers`.")]
public sealed record UnansweredQuestionError(
    [property: Description("The question's number, 1 to 7, as the council asks them.")] int QuestionNumber,
    [property: Description("The question, in the council's words.")] string Question)
    : AgreementCheckError(AgreementCheck.Complete, "UNANSWERED_QUESTION", $"Question {QuestionNumber} is not answered: \"{Question}\"");
