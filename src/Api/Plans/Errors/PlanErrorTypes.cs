using CarePlanGraph.Api.Changes;
using CarePlanGraph.Domain.Advocacy;
using CarePlanGraph.Domain.Agreement;
using CarePlanGraph.Domain.Common;
using CarePlanGraph.Domain.Plans;

namespace CarePlanGraph.Api.Plans.Errors;

/// <summary>The errors plan mutations share, by record, grouped as the domain raises them, for building error unions.</summary>
public static class PlanErrorTypes
{
    /// <summary>The automatic agreement checks (R08–R14), in check order.</summary>
    public static IReadOnlyList<Type> AgreementChecks { get; } =
    [
        typeof(UnansweredQuestionError),
        typeof(OverBudgetError),
        typeof(NoSupportItemsError),
        typeof(UnarrangedItemError),
        typeof(UnmetNeedError),
        typeof(UnmetOutcomeError),
        typeof(UnmitigatedRiskError),
        typeof(RiskPanelDecisionMissingError),
        typeof(RiskPanelDecisionUnfavourableError),
        typeof(BestInterestsNotConfirmedError),
        typeof(OwnDecisionsNotConfirmedError),
        typeof(AdvocateRequiredError),
        typeof(UnlawfulDirectPaymentError),
    ];

    /// <summary>Every mutation that targets a plan can find it missing or find someone else's change saved first.</summary>
    public static IReadOnlyList<Type> Targeting { get; } = [typeof(PlanNotFoundError), typeof(EditConflictError)];

    /// <summary>Edits of the current version: also refused when it is not an editable draft (R07).</summary>
    public static IReadOnlyList<Type> Editing { get; } = [.. Targeting, typeof(VersionNotEditableError)];

    /// <summary>Free text that is required, or limited in length.</summary>
    public static IReadOnlyList<Type> Text { get; } = [typeof(RequiredTextMissingError), typeof(TextTooLongError)];

    /// <summary>A support item's details checked against the limits and the assessment (R03, R04, R10).</summary>
    public static IReadOnlyList<Type> SupportItemDetails { get; } =
    [
        .. Text,
        typeof(NegativeCostError),
        typeof(UnpaidSupportCostError),
        typeof(UnitCostAboveLimitError),
        typeof(QuantityOutOfRangeError),
        typeof(AnnualCostAboveLimitError),
        typeof(VersionTotalAboveLimitError),
        typeof(UnknownNeedError),
        typeof(UnknownOutcomeError),
        typeof(ProviderRequiredError),
        typeof(UnknownProviderError),
    ];
}
