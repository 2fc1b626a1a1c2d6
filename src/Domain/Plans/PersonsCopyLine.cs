using CarePlanGraph.Domain.Common;

namespace CarePlanGraph.Domain.Plans;

/// <summary>One line of the person's copy (R16): a support item in plain words, who provides it, how it is arranged, what it costs.</summary>
public sealed record PersonsCopyLine(
    Id<SupportItem> ItemId,
    string Description,
    string ProvidedBy,
    SupportArrangement? Arrangement,
    string HowArranged,
    string HowOften,
    Money WeeklyCost,
    Money AnnualCost,
    IReadOnlyList<string> NeedsMet,
    IReadOnlyList<string> OutcomesMet);
