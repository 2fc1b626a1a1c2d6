using CarePlanGraph.Domain.Agreement;
using CarePlanGraph.Domain.Assessments;
using CarePlanGraph.Domain.Common;
using CarePlanGraph.Domain.Risks;

namespace CarePlanGraph.Domain.Plans;

/// <summary>
/// One version of a plan (R07). Only a draft (or one sent back for changes) can be edited;
/// an agreed version is frozen and a change becomes a new revision.
/// Every edit takes the caller's <c>expectedRevision</c>: when given, it must equal <see cref="EditRevision"/>
/// or the edit is refused with an <see cref="EditConflictError"/> (optimistic concurrency).
/// </summary>
public sealed class PlanVersion : IPlanRecord
{
    private const string OwnDecisionsStatement = "The decisions in this plan are my own.";

    private readonly List<SupportItem> _supportItems = [];
    private readonly List<PlanHelper> _helpers = [];
    private readonly List<RiskMitigation> _riskMitigations = [];
    private readonly List<PlanDecision> _decisions = [];
    private readonly List<string> _contributorSubjects = [];

    private PlanVersion()
    {
        Answers = PlanAnswers.Empty;
        AuthorSubject = string.Empty;
        AuthorName = string.Empty;
    }

    private PlanVersion(Id<CarePlan> planId, int number, PlanPreparer preparedBy, PlanAnswers answers, Actor author, DateTimeOffset createdAt)
    {
        Id = Id<PlanVersion>.New();
        PlanId = planId;
        Number = number;
        PreparedBy = preparedBy;
        Answers = answers;
        AuthorSubject = author.Subject;
        AuthorName = author.Name;
        CreatedAt = createdAt;
        Status = VersionStatus.Draft;
        _contributorSubjects.Add(author.Subject);
    }

    public Id<PlanVersion> Id { get; private set; }

    public Id<CarePlan> PlanId { get; private set; }

    /// <summary>1 for the first plan, then 2, 3 … for each revision.</summary>
    public int Number { get; private set; }

    public VersionStatus Status { get; private set; }

    /// <summary>Who prepared this version (R06).</summary>
    public PlanPreparer PreparedBy { get; private set; }

    public PlanAnswers Answers { get; private set; }

    public IReadOnlyList<SupportItem> SupportItems => _supportItems;

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset? SubmittedAt { get; private set; }

    public DateTimeOffset? AgreedAt { get; private set; }

    /// <summary>
    /// The day this version came into force (R18): the day it was agreed (UTC). Support already in place carries on
    /// under it from then; null until it is agreed.
    /// </summary>
    public DateOnly? InForceFrom => AgreedAt is { } agreedAt ? DateOnly.FromDateTime(agreedAt.UtcDateTime) : null;

    /// <summary>Counts edits; a writer holding an older value has been overtaken (optimistic concurrency).</summary>
    public int EditRevision { get; private set; }

    /// <summary>The subject of the actor who started this version: its author (R15).</summary>
    public string AuthorSubject { get; private set; }

    /// <summary>The name of the actor who started this version.</summary>
    public string AuthorName { get; private set; }

    /// <summary>
    /// The subjects of everyone who started or changed the content of this version (answers, items, helpers, risk
    /// mitigations), the author first. None of them may agree it (R15).
    /// </summary>
    public IReadOnlyList<string> ContributorSubjects => _contributorSubjects;

    /// <summary>When the content was last changed.</summary>
    public DateTimeOffset? LastEditedAt { get; private set; }

    /// <summary>The people who helped write this version (R13).</summary>
    public IReadOnlyList<PlanHelper> Helpers => _helpers;

    /// <summary>R13: the confirmation that whoever completed the plan for the person acted in their best interests.</summary>
    public PlanConfirmation? BestInterestsConfirmation { get; private set; }

    /// <summary>R13: the person's own confirmation that the decisions in the plan are theirs.</summary>
    public PlanConfirmation? OwnDecisionsConfirmation { get; private set; }

    /// <summary>R12: how this version manages each risk identified in the assessment.</summary>
    public IReadOnlyList<RiskMitigation> RiskMitigations => _riskMitigations;

    /// <summary>The assessing officer's decisions on this version, one per submission (R15–R17).</summary>
    public IReadOnlyList<PlanDecision> Decisions => _decisions;

    /// <summary>The most recent decision on this version, if any (the later recorded wins a tie).</summary>
    public PlanDecision? LatestDecision => _decisions.OrderBy(d => d.DecidedAt).LastOrDefault();

    public bool IsEditable => Status is VersionStatus.Draft or VersionStatus.ChangesRequired;

    /// <summary>
    /// Total cost over the declared 52-week year (R04, R09). Kept with the version, worked out again whenever its items
    /// change, so that lists can filter and sort on it in the database.
    /// </summary>
    public Money TotalAnnualCost { get; private set; }

    /// <summary>The total spread over 52 weeks, to the nearest penny (R04).</summary>
    public Money TotalWeeklyCost => TotalAnnualCost.DivideRounded(CostFrequencyExtensions.WeeksInYear);

    /// <summary>How the support as a whole is managed, derived from its items' arrangements (R10).</summary>
    public ManagementOption ManagementOption => ManagementOptionExtensions.FromArrangements(_supportItems.Select(i => i.Arrangement));

    /// <summary>R13: someone other than the person completed this version, so a best-interests confirmation is needed.</summary>
    public bool RequiresBestInterestsConfirmation => PreparedBy.IsCompletedBySomeoneElse();

    /// <summary>
    /// R13: others helped (a preparer other than the person, or recorded helpers), so the person confirms the decisions
    /// are their own; not when the plan was completed wholly on their behalf, where the best-interests confirmation
    /// stands in for it.
    /// </summary>
    public bool RequiresOwnDecisionsConfirmation =>
        PreparedBy != PlanPreparer.SomeoneElseOnBehalf && (PreparedBy.InvolvesOthers() || _helpers.Count > 0);

    /// <summary>True when the subject started or changed the content of this version (R15).</summary>
    public bool IsAuthoredBy(string subject) => _contributorSubjects.Contains(subject, StringComparer.Ordinal);

    internal static PlanVersion First(Id<CarePlan> planId, PlanPreparer preparedBy, Actor author, DateTimeOffset at) =>
        new(planId, 1, preparedBy, PlanAnswers.Empty, author, at);

    internal Result UpdateAnswers(PlanAnswers answers, PlanPreparer? preparedBy, Actor actor, DateTimeOffset now, int? expectedRevision)
    {
        if (CheckCanEdit(expectedRevision) is { } refusal)
        {
            return Result.Fail(refusal);
        }

        var errors = answers.Validate();
        if (errors.Count > 0)
        {
            return Result.Fail(errors);
        }

        Answers = answers;
        PreparedBy = preparedBy ?? PreparedBy;
        ContentChanged(actor, now);
        return Result.Success;
    }

    internal Result<SupportItem> AddSupportItem(Assessment assessment, SupportItemDetails details, Actor actor, DateTimeOffset now, int? expectedRevision)
    {
        if (CheckCanEdit(expectedRevision) is { } refusal)
        {
            return Result<SupportItem>.Fail(refusal);
        }

        var errors = ValidateItem(assessment, details, replacing: null);
        if (errors.Count > 0)
        {
            return Result<SupportItem>.Fail(errors);
        }

        var item = new SupportItem(Id<SupportItem>.New(), PlanId, details, _supportItems.Count == 0 ? 1 : _supportItems.Max(i => i.Position) + 1);
        _supportItems.Add(item);
        ContentChanged(actor, now);
        return Result<SupportItem>.Ok(item);
    }

    internal Result<SupportItem> UpdateSupportItem(Assessment assessment, Id<SupportItem> itemId, SupportItemDetails details, Actor actor, DateTimeOffset now, int? expectedRevision)
    {
        if (CheckCanEdit(expectedRevision) is { } refusal)
        {
            return Result<SupportItem>.Fail(refusal);
        }

        var item = _supportItems.Find(i => i.Id == itemId);
        if (item is null)
        {
            return Result<SupportItem>.Fail(new SupportItemNotFoundError(itemId));
        }

        var errors = ValidateItem(assessment, details, replacing: item);
        if (errors.Count > 0)
        {
            return Result<SupportItem>.Fail(errors);
        }

        item.Apply(details);
        ContentChanged(actor, now);
        return Result<SupportItem>.Ok(item);
    }

    internal Result RemoveSupportItem(Id<SupportItem> itemId, Actor actor, DateTimeOffset now, int? expectedRevision)
    {
        if (CheckCanEdit(expectedRevision) is { } refusal)
        {
            return Result.Fail(refusal);
        }

        if (_supportItems.RemoveAll(i => i.Id == itemId) == 0)
        {
            return Result.Fail(new SupportItemNotFoundError(itemId));
        }

        ContentChanged(actor, now);
        return Result.Success;
    }

    internal Result<PlanHelper> AddHelper(PlanHelperDetails details, Actor actor, DateTimeOffset now, int? expectedRevision)
    {
        if (CheckCanEdit(expectedRevision) is { } refusal)
        {
            return Result<PlanHelper>.Fail(refusal);
        }

        var created = PlanHelper.Create(details, now);
        if (created.Value is not { } helper)
        {
            return created;
        }

        _helpers.Add(helper);
        ContentChanged(actor, now);
        return created;
    }

    internal Result RemoveHelper(Id<PlanHelper> helperId, Actor actor, DateTimeOffset now, int? expectedRevision)
    {
        if (CheckCanEdit(expectedRevision) is { } refusal)
        {
            return Result.Fail(refusal);
        }

        if (_helpers.RemoveAll(h => h.Id == helperId) == 0)
        {
            return Result.Fail(new HelperNotFoundError(helperId));
        }

        ContentChanged(actor, now);
        return Result.Success;
    }

    internal Result<RiskMitigation> RecordRiskMitigation(Assessment assessment, Id<IdentifiedRisk> riskId, string mitigation, Actor actor, DateTimeOffset now, int? expectedRevision)
    {
        if (CheckCanEdit(expectedRevision) is { } refusal)
        {
            return Result<RiskMitigation>.Fail(refusal);
        }

        var errors = FreeText.Require(mitigation, "mitigation", RiskMitigation.MaxMitigationLength).ToList();
        if (assessment.Risks.All(r => r.Id != riskId))
        {
            errors.Add(new UnknownRiskError(riskId));
        }

        if (errors.Count > 0)
        {
            return Result<RiskMitigation>.Fail(errors);
        }

        var text = mitigation.Trim();
        var existing = _riskMitigations.Find(m => m.RiskId == riskId);
        if (existing is null)
        {
            existing = new RiskMitigation(Id<RiskMitigation>.New(), riskId, text, actor.Subject, actor.Name, now);
            _riskMitigations.Add(existing);
        }
        else
        {
            existing.Replace(text, actor, now);
        }

        ContentChanged(actor, now);
        return Result<RiskMitigation>.Ok(existing);
    }

    internal Result ConfirmBestInterests(string statement, Actor actor, DateTimeOffset now, int? expectedRevision)
    {
        if (CheckCanEdit(expectedRevision) is { } refusal)
        {
            return Result.Fail(refusal);
        }

        var errors = new List<DomainError>();
        if (!actor.Role.CanDecidePlans())
        {
            errors.Add(new ActorNotPermittedError(actor.Role, "confirm that whoever completed the plan acted in the person's best interests; the council (a Key Worker or an administrator) confirms it"));
        }
        else if (IsAuthoredBy(actor.Subject))
        {
            errors.Add(new ActorNotPermittedError(actor.Role, "vouch for a plan they wrote or helped write; another council officer confirms the best interests"));
        }

        errors.AddRange(FreeText.Require(statement, "statement", PlanConfirmation.MaxStatementLength));
        if (errors.Count > 0)
        {
            return Result.Fail(errors);
        }

        BestInterestsConfirmation = new PlanConfirmation(actor, now, statement.Trim());
        EditRevision++;
        return Result.Success;
    }

    internal Result ConfirmOwnDecisions(Actor actor, DateTimeOffset now, int? expectedRevision)
    {
        if (CheckCanEdit(expectedRevision) is { } refusal)
        {
            return Result.Fail(refusal);
        }

        if (actor.Role != ActorRole.Person)
        {
            return Result.Fail(new ActorNotPermittedError(actor.Role, "confirm that the decisions in a plan are the person's own; only the person can"));
        }

        OwnDecisionsConfirmation = new PlanConfirmation(actor, now, OwnDecisionsStatement);
        EditRevision++;
        return Result.Success;
    }

    internal Result RecordDirectPaymentNecessity(Id<SupportItem> itemId, string reason, Actor actor, DateTimeOffset now, int? expectedRevision)
    {
        if (!IsEditable && Status != VersionStatus.Submitted)
        {
            return Result.Fail(new VersionNotEditableError(Number, Status));
        }

        if (CheckRevision(expectedRevision) is { } conflict)
        {
            return Result.Fail(conflict);
        }

        if (!actor.Role.CanDecidePlans())
        {
            return Result.Fail(new ActorNotPermittedError(actor.Role, "record that a Direct Payment to a relative is necessary; the council's assessing officer does"));
        }

        var item = _supportItems.Find(i => i.Id == itemId);
        if (item is null)
        {
            return Result.Fail(new SupportItemNotFoundError(itemId));
        }

        var errors = FreeText.Require(reason, "reason", SupportItemLimits.MaxNecessityReasonLength).ToList();
        if (!item.IsRestrictedDirectPayment)
        {
            errors.Add(new DirectPaymentNecessityNotApplicableError(itemId));
        }

        if (errors.Count > 0)
        {
            return Result.Fail(errors);
        }

        item.RecordNecessity(reason.Trim(), actor, now);
        EditRevision++;
        return Result.Success;
    }

    /// <summary>Why this version cannot be edited now, if it cannot: not a draft, or changed since the caller saw it.</summary>
    internal DomainError? CheckCanEdit(int? expectedRevision) =>
        IsEditable ? CheckRevision(expectedRevision) : new VersionNotEditableError(Number, Status);

    internal EditConflictError? CheckRevision(int? expectedRevision) =>
        expectedRevision is { } expected && expected != EditRevision ? new EditConflictError(expected, EditRevision) : null;

    // Submitting moves the revision, so an edit loaded before the submission cannot be saved after it (R35). A decision
    // leaves it as the officer saw it (the decision records it); the plan's own Revision lets only one decision win.
    internal void MarkSubmitted(DateTimeOffset at)
    {
        EditRevision++;
        Status = VersionStatus.Submitted;
        SubmittedAt = at;
    }

    // R31: the checks now run against a revised assessment, so an edit or decision based on what the caller saw before
    // is refused as a conflict when it names the revision it saw.
    internal void MarkAssessmentRevised() => EditRevision++;

    internal void MarkAgreed(PlanDecision decision)
    {
        _decisions.Add(decision);
        Status = VersionStatus.Agreed;
        AgreedAt = decision.DecidedAt;
    }

    internal void MarkChangesRequired(PlanDecision decision)
    {
        _decisions.Add(decision);
        Status = VersionStatus.ChangesRequired;
    }

    internal void MarkSuperseded()
    {
        EditRevision++;
        Status = VersionStatus.Superseded;
    }

    internal void MarkWithdrawn()
    {
        EditRevision++;
        Status = VersionStatus.Withdrawn;
    }

    /// <summary>A new draft with this version's content: answers, items, helpers and mitigations; not its confirmations or decisions.</summary>
    internal PlanVersion StartRevision(int number, PlanPreparer preparedBy, Actor author, DateTimeOffset at)
    {
        var revision = new PlanVersion(PlanId, number, preparedBy, Answers, author, at);
        revision._supportItems.AddRange(_supportItems.Select(i => i.CopyForRevision()));
        revision._helpers.AddRange(_helpers.Select(h => h.CopyForRevision()));
        revision._riskMitigations.AddRange(_riskMitigations.Select(m => m.CopyForRevision()));
        revision.TotalAnnualCost = revision.SumOfItems();
        return revision;
    }

    private List<DomainError> ValidateItem(Assessment assessment, SupportItemDetails details, SupportItem? replacing)
    {
        var errors = details.Validate(assessment).ToList();
        if (errors.Count == 0)
        {
            var total = TotalAnnualCost - (replacing?.AnnualCost ?? Money.Zero) + details.AnnualCost;
            if (total > SupportItemLimits.MaxVersionAnnualCost)
            {
                errors.Add(new VersionTotalAboveLimitError(total, SupportItemLimits.MaxVersionAnnualCost));
            }
        }

        return errors;
    }

    /// <summary>
    /// Content changed: count the edit, remember who made it, and withdraw any confirmations, which covered the
    /// content as it was (R13).
    /// </summary>
    private void ContentChanged(Actor actor, DateTimeOffset now)
    {
        TotalAnnualCost = SumOfItems();
        EditRevision++;
        LastEditedAt = now;
        if (!IsAuthoredBy(actor.Subject))
        {
            _contributorSubjects.Add(actor.Subject);
        }

        BestInterestsConfirmation = null;
        OwnDecisionsConfirmation = null;
    }

    private Money SumOfItems() => _supportItems.Aggregate(Money.Zero, (sum, item) => sum + item.AnnualCost);
}
