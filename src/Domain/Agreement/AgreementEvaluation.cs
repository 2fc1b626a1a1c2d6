using CarePlanGraph.Domain.Advocacy;
using CarePlanGraph.Domain.Assessments;
using CarePlanGraph.Domain.Plans;

namespace CarePlanGraph.Domain.Agreement;

/// <summary>
/// The automatic agreement checks (R08–R14) run against one version: a result for every check, in
/// <see cref="AgreementCheck"/> order, passed or failed, each failure with every reason. Agreement is refused unless
/// all pass; the person and their planner can see the same evaluation before submitting.
/// </summary>
public sealed class AgreementEvaluation
{
    private AgreementEvaluation(IReadOnlyList<AgreementCheckResult> checks) => Checks = checks;

    /// <summary>One result per check, always all seven, in order.</summary>
    public IReadOnlyList<AgreementCheckResult> Checks { get; }

    public bool AllPassed => Checks.All(c => c.Passed);

    /// <summary>Every failing check's errors, in check order.</summary>
    public IReadOnlyList<AgreementCheckError> Errors => Checks.SelectMany(c => c.Errors).ToArray();

    /// <summary>The result of one check.</summary>
    public AgreementCheckResult Result(AgreementCheck check) => Checks.Single(c => c.Check == check);

    /// <summary>Runs every check on <paramref name="version"/> of <paramref name="plan"/>, against the plan's assessment.</summary>
    public static AgreementEvaluation Evaluate(CarePlan plan, PlanVersion version, Assessment assessment)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(version);
        ArgumentNullException.ThrowIfNull(assessment);
        if (version.PlanId != plan.Id)
        {
            throw new ArgumentException("The version belongs to another plan.", nameof(version));
        }

        if (assessment.Id != plan.AssessmentId)
        {
            throw new ArgumentException("A plan is evaluated against its own assessment (R01).", nameof(assessment));
        }

        return new AgreementEvaluation(
        [
            new(AgreementCheck.Complete, Complete(version)),
            new(AgreementCheck.Affordable, Affordable(plan, version)),
            new(AgreementCheck.Arranged, Arranged(version)),
            new(AgreementCheck.Effective, Effective(version, assessment)),
            new(AgreementCheck.RisksConsidered, RisksConsidered(plan, version, assessment)),
            new(AgreementCheck.OwnDecisions, OwnDecisions(plan, version)),
            new(AgreementCheck.Lawful, Lawful(version)),
        ]);
    }

    /// <summary>R08: all seven questions answered; blank counts as unanswered.</summary>
    private static AgreementCheckError[] Complete(PlanVersion version) =>
        version.Answers.Unanswered().Select(n => new UnansweredQuestionError(n, PlanQuestions.Text(n))).ToArray();

    /// <summary>R09: the total annual cost is within the indicative budget allocated from the assessment.</summary>
    private static AgreementCheckError[] Affordable(CarePlan plan, PlanVersion version)
    {
        var total = version.TotalAnnualCost;
        var allocated = plan.IndicativeBudget;
        return total > allocated ? [new OverBudgetError(total, allocated, total - allocated)] : [];
    }

    /// <summary>R10: there is support, and every item says how it is arranged and who provides it.</summary>
    private static AgreementCheckError[] Arranged(PlanVersion version) => version.SupportItems.Count == 0
        ? [new NoSupportItemsError()]
        : version.SupportItems
            .Where(i => !i.IsArranged)
            .Select(i => new UnarrangedItemError(i.Id, i.Description, i.Arrangement is null, !i.HasProvider))
            .ToArray();

    /// <summary>R11: every eligible need and every desired outcome is met by at least one item.</summary>
    private static AgreementCheckError[] Effective(PlanVersion version, Assessment assessment)
    {
        var needsMet = version.SupportItems.SelectMany(i => i.NeedsMet).ToHashSet();
        var outcomesMet = version.SupportItems.SelectMany(i => i.OutcomesMet).ToHashSet();
        return
        [
            .. assessment.Needs.Where(n => !needsMet.Contains(n.Id)).Select(n => new UnmetNeedError(n.Id, n.Area, n.Description)),
            .. assessment.Outcomes.Where(o => !outcomesMet.Contains(o.Id)).Select(o => new UnmetOutcomeError(o.Id, o.Description)),
        ];
    }

    /// <summary>
    /// R12: every risk has a mitigation; significant risks need a favourable Risk Management Panel decision; and a
    /// decision that the risks cannot be managed safely fails the check whatever the assessment marks significant (R23).
    /// </summary>
    private static AgreementCheckError[] RisksConsidered(CarePlan plan, PlanVersion version, Assessment assessment)
    {
        var mitigated = version.RiskMitigations.Select(m => m.RiskId).ToHashSet();
        var errors = new List<AgreementCheckError>();
        errors.AddRange(assessment.Risks
            .Where(r => !mitigated.Contains(r.Id))
            .Select(r => new UnmitigatedRiskError(r.Id, r.Description, r.IsSignificant)));

        // R23: the panel's "no" stops agreement whenever it was given, until the panel decides again: also when the
        // assessment marks no risk significant (the panel may consider a plan the council asked about, and a newer
        // assessment can change what is marked significant).
        var significant = assessment.Risks.Where(r => r.IsSignificant).ToArray();
        if (plan.RiskPanelDecision is { IsFavourable: false } refused)
        {
            errors.Add(new RiskPanelDecisionUnfavourableError(refused.Outcome, refused.DecidedAt, refused.Rationale));
        }
        else if (significant.Length > 0 && plan.RiskPanelDecision is null)
        {
            errors.AddRange(significant.Select(r => new RiskPanelDecisionMissingError(r.Id, r.Description)));
        }

        return [.. errors];
    }

    /// <summary>
    /// R13: best-interests and own-decisions confirmations, where who prepared the plan and who helped need them; and
    /// R22: a person who cannot express their views with no one appropriate to speak for them has an advocate assigned.
    /// </summary>
    private static AgreementCheckError[] OwnDecisions(CarePlan plan, PlanVersion version)
    {
        var errors = new List<AgreementCheckError>();
        if (version.RequiresBestInterestsConfirmation && version.BestInterestsConfirmation is null)
        {
            errors.Add(new BestInterestsNotConfirmedError(version.PreparedBy));
        }

        if (version.RequiresOwnDecisionsConfirmation && version.OwnDecisionsConfirmation is null)
        {
            errors.Add(new OwnDecisionsNotConfirmedError(version.PreparedBy, version.Helpers.Select(h => h.Name).ToArray()));
        }

        if (plan.Advocacy is { IsAdvocateRequired: true, IsAdvocateAssigned: false } advocacy)
        {
            errors.Add(new AdvocateRequiredError(advocacy.IsReferred));
        }

        return [.. errors];
    }

    /// <summary>R14: no Direct Payment pays a partner, or a close relative at home, unless the council recorded it is necessary.</summary>
    private static AgreementCheckError[] Lawful(PlanVersion version) => version.SupportItems
        .Where(i => !i.IsLawful)
        .Select(i => new UnlawfulDirectPaymentError(i.Id, i.Description, i.PayeeRelationship, i.PayeeLivesWithPerson, i.ProviderName))
        .ToArray();
}
