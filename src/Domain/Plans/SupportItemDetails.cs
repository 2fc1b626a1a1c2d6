using CarePlanGraph.Domain.Assessments;
using CarePlanGraph.Domain.Common;
using CarePlanGraph.Domain.Organisations;

namespace CarePlanGraph.Domain.Plans;

/// <summary>
/// What someone writes about a support item (R04, R10, R14): what, how often, at what cost, for which needs,
/// arranged how, by whom, and, for someone paid directly, how they are related to the person and whether they
/// live with them.
/// </summary>
public sealed record SupportItemDetails(
    string Description,
    Money UnitCost,
    CostFrequency Frequency,
    int Quantity,
    SupportArrangement? Arrangement,
    Id<Organisation>? ProviderId,
    string? ProviderName,
    IReadOnlyList<Id<EligibleNeed>> NeedsMet,
    IReadOnlyList<Id<DesiredOutcome>> OutcomesMet,
    PayeeRelationship PayeeRelationship = PayeeRelationship.NotARelative,
    bool PayeeLivesWithPerson = false)
{
    /// <summary>
    /// Every reason these details cannot be recorded against the assessment (R01, R03, R04, R10): blank or long text,
    /// a negative or absurd cost, a quantity the frequency does not allow, needs or outcomes not in the assessment,
    /// a cost on unpaid support (R34), or a missing provider where the arrangement needs one. Limits are in <see cref="SupportItemLimits"/>.
    /// </summary>
    public IReadOnlyList<DomainError> Validate(Assessment assessment)
    {
        ArgumentNullException.ThrowIfNull(assessment);
        var errors = new List<DomainError>();
        errors.AddRange(FreeText.Require(Description, "description", SupportItemLimits.MaxDescriptionLength));
        errors.AddRange(FreeText.Limit(ProviderName, "providerName", SupportItemLimits.MaxProviderNameLength));

        if (UnitCost.IsNegative)
        {
            errors.Add(new NegativeCostError(UnitCost));
        }
        else if (UnitCost > SupportItemLimits.MaxUnitCost)
        {
            errors.Add(new UnitCostAboveLimitError(UnitCost, SupportItemLimits.MaxUnitCost));
        }

        if (Arrangement is { } given && given.IsUnpaid() && UnitCost != Money.Zero)
        {
            errors.Add(new UnpaidSupportCostError(UnitCost));
        }

        var quantityOk = Enum.IsDefined(Frequency)
            ? CheckQuantity(errors)
            : throw new InvalidOperationException($"Unknown cost frequency {Frequency}.");
        if (quantityOk && !UnitCost.IsNegative && UnitCost <= SupportItemLimits.MaxUnitCost && AnnualCost > SupportItemLimits.MaxAnnualCost)
        {
            errors.Add(new AnnualCostAboveLimitError(AnnualCost, SupportItemLimits.MaxAnnualCost));
        }

        var needs = assessment.Needs.Select(n => n.Id).ToHashSet();
        errors.AddRange((NeedsMet ?? []).Distinct().Where(id => !needs.Contains(id)).Select(id => new UnknownNeedError(id)));
        var outcomes = assessment.Outcomes.Select(o => o.Id).ToHashSet();
        errors.AddRange((OutcomesMet ?? []).Distinct().Where(id => !outcomes.Contains(id)).Select(id => new UnknownOutcomeError(id)));

        if (Arrangement is { } arrangement && arrangement.RequiresProviderOrganisation() && ProviderId is null)
        {
            errors.Add(new ProviderRequiredError(arrangement));
        }

        return errors;
    }

    /// <summary>The annual cost these details describe, over the declared 52-week year (R04).</summary>
    public Money AnnualCost => UnitCost * ((long)Quantity * Frequency.TimesAYear());

    private bool CheckQuantity(List<DomainError> errors)
    {
        var maximum = SupportItemLimits.MaxQuantity(Frequency);
        if (Quantity is >= SupportItemLimits.MinimumQuantity && Quantity <= maximum)
        {
            return true;
        }

        errors.Add(new QuantityOutOfRangeError(Quantity, Frequency, SupportItemLimits.MinimumQuantity, maximum));
        return false;
    }
}
