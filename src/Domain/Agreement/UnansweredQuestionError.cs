namespace CarePlanGraph.Domain.Agreement;

/// <summary>R08: one of the seven questions is not answered (blank counts as unanswered).</summary>
public sealed record UnansweredQuestionError(int QuestionNumber, string Question)
    : AgreementCheckError(AgreementCheck.Complete, "UNANSWERED_QUESTION", $"Question {QuestionNumber} is not answered: \"{Question}\"");
