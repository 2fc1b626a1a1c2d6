using CarePlanGraph.Domain.Assessments;
using CarePlanGraph.Domain.Common;
using CarePlanGraph.Domain.Organisations;

namespace CarePlanGraph.Domain.Plans;

/// <summary>One piece of support in a plan version, with its cost and how it is arranged (R04, R10).</summary>
public sealed class SupportItem
{
    private List<Id<EligibleNeed>> _needsMet = [];
    private List<Id<DesiredOutcome>> _outcomesMet = [];

    private SupportItem() => Description = string.Empty;

    internal SupportItem(Id<SupportItem> id, SupportItemDetails details)
    {
        Id = id;
        Description = string.Empty;
        Apply(details);
    }

    public Id<SupportItem> Id { get; private set; }

    public string Description { get; private set; }

    /// <summary>The cost of one unit: an hour, a day, a session, or one period's amount.</summary>
    public Money UnitCost { get; private set; }

    public CostFrequency Frequency { get; private set; }

    /// <summary>Units a week for hourly, daily and per-session items; otherwise units per period.</summary>
    public int Quantity { get; private set; }

    /// <summary>How it is arranged (R10); null until someone says.</summary>
    public SupportArrangement? Arrangement { get; private set; }

    /// <summary>The provider organisation, when it is one the council knows.</summary>
    public Id<Organisation>? ProviderId { get; private set; }

    /// <summary>Who provides it, in words: a named organisation, a personal assistant, a family member.</summary>
    public string? ProviderName { get; private set; }

    public IReadOnlyList<Id<EligibleNeed>> NeedsMet => _needsMet;

    public IReadOnlyList<Id<DesiredOutcome>> OutcomesMet => _outcomesMet;

    /// <summary>Cost over the declared 52-week year (R04).</summary>
    public Money AnnualCost => UnitCost * ((long)Quantity * Frequency.TimesAYear());

    /// <summary>The annual cost spread over 52 weeks, to the nearest penny.</summary>
    public Money WeeklyCost => AnnualCost.DivideRounded(CostFrequencyExtensions.WeeksInYear);

    internal void Apply(SupportItemDetails details)
    {
        Description = details.Description.Trim();
        UnitCost = details.UnitCost;
        Frequency = details.Frequency;
        Quantity = details.Quantity;
        Arrangement = details.Arrangement;
        ProviderId = details.ProviderId;
        ProviderName = string.IsNullOrWhiteSpace(details.ProviderName) ? null : details.ProviderName.Trim();
        _needsMet = details.NeedsMet.Distinct().ToList();
        _outcomesMet = details.OutcomesMet.Distinct().ToList();
    }

    internal SupportItem CopyForRevision() => new(Id<SupportItem>.New(), new SupportItemDetails(
        Description, UnitCost, Frequency, Quantity, Arrangement, ProviderId, ProviderName, NeedsMet, OutcomesMet));
}
