using CarePlanGraph.Domain.Common;

namespace CarePlanGraph.Domain.Plans;

/// <summary>
/// The seven questions a plan must answer before it can be agreed [B] (R05, R08).
/// An answer that is empty or only whitespace counts as unanswered.
/// </summary>
public sealed record PlanAnswers(
    string? WhatIsImportant,
    string? WhatIsWorking,
    string? WhatToChange,
    string? SupportAndOutcomes,
    string? ManagingSupport,
    string? SpendingTheBudget,
    string? StayingInControl)
{
    public static PlanAnswers Empty { get; } = new(null, null, null, null, null, null, null);

    /// <summary>The answers in the order the council asks them, numbered 1 to 7.</summary>
    public IReadOnlyList<(int Number, string? Answer)> InOrder() =>
    [
        (1, WhatIsImportant),
        (2, WhatIsWorking),
        (3, WhatToChange),
        (4, SupportAndOutcomes),
        (5, ManagingSupport),
        (6, SpendingTheBudget),
        (7, StayingInControl),
    ];

    /// <summary>Numbers of the questions still unanswered.</summary>
    public IReadOnlyList<int> Unanswered() =>
        InOrder().Where(a => string.IsNullOrWhiteSpace(a.Answer)).Select(a => a.Number).ToArray();

    /// <summary>True when all seven questions are answered (R08).</summary>
    public bool IsComplete => Unanswered().Count == 0;

    /// <summary>Answers longer than <see cref="PlanQuestions.MaxAnswerLength"/>; a blank answer is allowed while drafting.</summary>
    public IReadOnlyList<DomainError> Validate() =>
        InOrder().SelectMany(a => FreeText.Limit(a.Answer, $"answer{a.Number}", PlanQuestions.MaxAnswerLength)).ToArray();
}
