namespace CarePlanGraph.Domain.Plans;

/// <summary>The seven questions a plan must answer [B] (R05), numbered 1 to 7 as the council asks them.</summary>
public static class PlanQuestions
{
    public const int Count = 7;

    /// <summary>The most characters one answer may hold.</summary>
    public const int MaxAnswerLength = 8_000;

    private static readonly string[] Texts =
    [
        "What's important to you about your health and your life in general?",
        "What's working? What's not working?",
        "Things you want to change (what would make a real difference)?",
        "Where you need support and the outcomes you want to achieve?",
        "How do you plan to manage your support (for example, Direct Payment, Individual Service Fund)?",
        "How do you wish to spend your budget?",
        "How will you stay in control?",
    ];

    public static IReadOnlyList<string> All => Texts;

    /// <summary>The text of question <paramref name="number"/> (1 to 7).</summary>
    public static string Text(int number) => number is >= 1 and <= Count
        ? Texts[number - 1]
        : throw new ArgumentOutOfRangeException(nameof(number), number, "Plans have questions 1 to 7.");
}
