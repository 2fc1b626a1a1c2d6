using CarePlanGraph.Domain.Assessments;
using CarePlanGraph.Domain.Common;
using CarePlanGraph.Domain.Organisations;

namespace CarePlanGraph.Domain.Plans;

/// <summary>One piece of support in a plan version, with its cost and how it is arranged (R04, R10, R14).</summary>
public sealed class SupportItem : IPlanRecord
{
    private List<Id<EligibleNeed>> _needsMet = [];
    private List<Id<DesiredOutcome>> _outcomesMet = [];

    private SupportItem() => Description = string.Empty;

    internal SupportItem(Id<SupportItem> id, Id<CarePlan> planId, SupportItemDetails details, int position)
    {
        Id = id;
        PlanId = planId;
        Position = position;
        Description = string.Empty;
        Apply(details);
    }

    public Id<SupportItem> Id { get; private set; }

    /// <summary>The plan whose version this item is in: reading the item is reading the person's plan (R30).</summary>
    public Id<CarePlan> PlanId { get; private set; }

    /// <summary>The item's place in its version: 1, 2, 3 … in the order items were added. Revisions keep it.</summary>
    public int Position { get; private set; }

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

    /// <summary>How whoever is paid for this item is related to the person (R14).</summary>
    public PayeeRelationship PayeeRelationship { get; private set; }

    /// <summary>Whether whoever is paid lives in the same household as the person (R14).</summary>
    public bool PayeeLivesWithPerson { get; private set; }

    /// <summary>R14: the subject of the council officer who recorded that paying this relative by Direct Payment is necessary.</summary>
    public string? NecessityRecordedBy { get; private set; }

    /// <summary>R14: that officer's name.</summary>
    public string? NecessityRecordedByName { get; private set; }

    /// <summary>R14: why the council is satisfied it is necessary.</summary>
    public string? NecessityReason { get; private set; }

    /// <summary>R14: when the necessity was recorded.</summary>
    public DateTimeOffset? NecessityRecordedAt { get; private set; }

    /// <summary>Cost over the declared 52-week year (R04).</summary>
    public Money AnnualCost => UnitCost * ((long)Quantity * Frequency.TimesAYear());

    /// <summary>The annual cost spread over 52 weeks, to the nearest penny.</summary>
    public Money WeeklyCost => AnnualCost.DivideRounded(CostFrequencyExtensions.WeeksInYear);

    /// <summary>True when the item says how it is arranged and who provides it (R10).</summary>
    public bool IsArranged => Arrangement is not null && HasProvider;

    /// <summary>True when the item names who provides it: a known organisation or a name.</summary>
    public bool HasProvider => ProviderId is not null || ProviderName is not null;

    /// <summary>
    /// R14: a Direct Payment that pays a spouse or partner, or a close relative living in the same household,
    /// which reg. 3 forbids unless the council records that it is necessary.
    /// </summary>
    public bool IsRestrictedDirectPayment => Arrangement is { } arrangement
        && arrangement.IsPaidByDirectPayment()
        && (PayeeRelationship == PayeeRelationship.SpouseOrPartner
            || (PayeeRelationship == PayeeRelationship.CloseRelative && PayeeLivesWithPerson));

    /// <summary>True when the council has recorded that the restricted Direct Payment is necessary (R14).</summary>
    public bool IsNecessityRecorded => NecessityRecordedAt is not null;

    /// <summary>R14: the item is lawful: either not a restricted Direct Payment, or one the council found necessary.</summary>
    public bool IsLawful => !IsRestrictedDirectPayment || IsNecessityRecorded;

    internal void Apply(SupportItemDetails details)
    {
        var payeeChanged = Arrangement != details.Arrangement
            || ProviderId != details.ProviderId
            || ProviderName != FreeText.TrimToNull(details.ProviderName)
            || PayeeRelationship != details.PayeeRelationship
            || PayeeLivesWithPerson != details.PayeeLivesWithPerson;

        Description = details.Description.Trim();
        UnitCost = details.UnitCost;
        Frequency = details.Frequency;
        Quantity = details.Quantity;
        Arrangement = details.Arrangement;
        ProviderId = details.ProviderId;
        ProviderName = FreeText.TrimToNull(details.ProviderName);
        PayeeRelationship = details.PayeeRelationship;
        PayeeLivesWithPerson = details.PayeeLivesWithPerson;
        _needsMet = (details.NeedsMet ?? []).Distinct().ToList();
        _outcomesMet = (details.OutcomesMet ?? []).Distinct().ToList();

        // A necessity decision is about one payee paid one way; it does not survive a change of either.
        if (payeeChanged)
        {
            ClearNecessity();
        }
    }

    internal void RecordNecessity(string reason, Actor officer, DateTimeOffset at)
    {
        NecessityRecordedBy = officer.Subject;
        NecessityRecordedByName = officer.Name;
        NecessityReason = reason;
        NecessityRecordedAt = at;
    }

    internal SupportItem CopyForRevision()
    {
        var copy = new SupportItem(Id<SupportItem>.New(), PlanId, ToDetails(), Position);
        copy.NecessityRecordedBy = NecessityRecordedBy;
        copy.NecessityRecordedByName = NecessityRecordedByName;
        copy.NecessityReason = NecessityReason;
        copy.NecessityRecordedAt = NecessityRecordedAt;
        return copy;
    }

    /// <summary>The item's details as they stand, e.g. to edit one field and update the item with the rest unchanged.</summary>
    public SupportItemDetails ToDetails() => new(
        Description, UnitCost, Frequency, Quantity, Arrangement, ProviderId, ProviderName, NeedsMet, OutcomesMet, PayeeRelationship, PayeeLivesWithPerson);

    private void ClearNecessity()
    {
        NecessityRecordedBy = null;
        NecessityRecordedByName = null;
        NecessityReason = null;
        NecessityRecordedAt = null;
    }
}
