namespace CarePlanGraph.Api.Plans.Errors;

/// <summary>The error graph types plan mutations share, grouped as the domain raises them, for building error unions.</summary>
public static class PlanErrorTypes
{
    /// <summary>The automatic agreement checks (R08–R14), in check order.</summary>
    public static IReadOnlyList<Type> AgreementChecks { get; } =
    [
        typeof(UnansweredQuestionErrorType),
        typeof(OverBudgetErrorType),
        typeof(NoSupportItemsErrorType),
        typeof(UnarrangedItemErrorType),
        typeof(UnmetNeedErrorType),
        typeof(UnmetOutcomeErrorType),
        typeof(UnmitigatedRiskErrorType),
        typeof(RiskPanelDecisionMissingErrorType),
        typeof(RiskPanelDecisionUnfavourableErrorType),
        typeof(BestInterestsNotConfirmedErrorType),
        typeof(OwnDecisionsNotConfirmedErrorType),
        typeof(Advocacy.AdvocateRequiredErrorType),
        typeof(UnlawfulDirectPaymentErrorType),
    ];

    /// <summary>Every mutation that targets a plan can find it missing or find someone else's change saved first.</summary>
    public static IReadOnlyList<Type> Targeting { get; } = [typeof(PlanNotFoundErrorType), typeof(EditConflictErrorType)];

    /// <summary>Edits of the current version: also refused when it is not an editable draft (R07).</summary>
    public static IReadOnlyList<Type> Editing { get; } = [.. Targeting, typeof(VersionNotEditableErrorType)];

    /// <summary>Free text that is required, or limited in length.</summary>
    public static IReadOnlyList<Type> Text { get; } = [typeof(RequiredTextMissingErrorType), typeof(TextTooLongErrorType)];

    /// <summary>A support item's details checked against the limits and the assessment (R03, R04, R10).</summary>
    public static IReadOnlyList<Type> SupportItemDetails { get; } =
    [
        .. Text,
        typeof(NegativeCostErrorType),
        typeof(UnitCostAboveLimitErrorType),
        typeof(QuantityOutOfRangeErrorType),
        typeof(AnnualCostAboveLimitErrorType),
        typeof(VersionTotalAboveLimitErrorType),
        typeof(UnknownNeedErrorType),
        typeof(UnknownOutcomeErrorType),
        typeof(ProviderRequiredErrorType),
        typeof(UnknownProviderErrorType),
    ];
}
