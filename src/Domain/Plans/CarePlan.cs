using CarePlanGraph.Domain.Agreement;
using CarePlanGraph.Domain.Assessments;
using CarePlanGraph.Domain.Budgets;
using CarePlanGraph.Domain.CheckIns;
using CarePlanGraph.Domain.Common;
using CarePlanGraph.Domain.People;
using CarePlanGraph.Domain.Risks;

namespace CarePlanGraph.Domain.Plans;

/// <summary>
/// A person's care and support plan: the aggregate that owns its versions and history.
/// Every state change goes through a method here, checks the rules, and records an event.
/// <para>
/// The status machine (DESIGN §3): DRAFT → SUBMITTED → AGREED → ACTIVE, with SUBMITTED → CHANGES_REQUIRED →
/// SUBMITTED after a decline, and any status → ENDED. While a revision of an agreed plan is worked on, the plan
/// keeps the status of the version in force and the revision's progress shows on the version (R18); agreeing a
/// revision of a plan whose support is not yet in place leaves it AGREED, and agreeing a revision of a plan whose support
/// is in place (ACTIVE, or UNDER_REVIEW) leaves its status and review schedule as they are: the new version is in force
/// from the day it is agreed (<see cref="PlanVersion.InForceFrom"/>). Anything else is refused with an
/// <see cref="InvalidTransitionError"/>. ACTIVE → UNDER_REVIEW → ACTIVE is the review workflow (R20–R22), in
/// <c>CarePlan.Reviews.cs</c> with <see cref="Reviews.Review"/>; advocacy (R22) and the Risk Management Panel referral
/// (R23) are in <c>CarePlan.Advocacy.cs</c> and <c>CarePlan.RiskPanel.cs</c>.
/// </para>
/// <para>
/// Commands that read the assessment take it as a parameter and must be given the plan's own (a programmer error
/// otherwise). Time always comes from the caller. <c>expectedRevision</c>, when given, must equal the current
/// version's <see cref="PlanVersion.EditRevision"/>, or the command is refused with an <see cref="EditConflictError"/>.
/// </para>
/// </summary>
public sealed partial class CarePlan : IPersonRecord
{
    private readonly List<PlanVersion> _versions = [];
    private readonly List<PlanEvent> _history = [];

    private CarePlan()
    {
    }

    private CarePlan(Assessment assessment, DateTimeOffset now)
    {
        Id = Id<CarePlan>.New();
        PersonId = assessment.PersonId;
        AssessmentId = assessment.Id;
        IndicativeBudget = assessment.IndicativeBudget;
        AssessedContribution = assessment.AssessedContribution;
        Status = PlanStatus.Draft;
        CreatedAt = now;
    }

    public Id<CarePlan> Id { get; private set; }

    public Id<Person> PersonId { get; private set; }

    /// <summary>
    /// The person, for queries only (a list filtered on the person's Key Worker): the plan never loads it and its
    /// methods never read it. Use <see cref="PersonId"/>.
    /// </summary>
    public Person? Person { get; private set; }

    /// <summary>The assessment the plan is written against (R01).</summary>
    public Id<Assessment> AssessmentId { get; private set; }

    public PlanStatus Status { get; private set; }

    /// <summary>
    /// Moves with every change to the plan itself (its status, history, advocacy, panel and review records): the
    /// concurrency token that lets exactly one of two changes made at the same moment win (R35).
    /// </summary>
    public int Revision { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>The indicative personal budget a year, from the assessment (R02); affordability is measured against it (R09).</summary>
    public Money IndicativeBudget { get; private set; }

    /// <summary>The person's assessed contribution a year.</summary>
    public Money AssessedContribution { get; private set; }

    /// <summary>The final personal budget a year, set when a version is agreed (R02): the agreed version's total cost.</summary>
    public Money? PersonalBudget { get; private set; }

    /// <summary>The day support was in place, once it is (R19).</summary>
    public DateOnly? SupportInPlaceOn { get; private set; }

    /// <summary>When the next review is due (R20).</summary>
    public DateOnly? NextReviewDue { get; private set; }

    /// <summary>The Risk Management Panel's latest decision on the plan's significant risks (R12, R23).</summary>
    public RiskPanelDecision? RiskPanelDecision { get; private set; }

    public IReadOnlyList<PlanVersion> Versions => _versions;

    public IReadOnlyList<PlanEvent> History => _history;

    /// <summary>
    /// The version being worked on, or the one in force when nothing is being worked on: a withdrawn revision is
    /// not (R18). See <see cref="CurrentOf"/>.
    /// </summary>
    public PlanVersion CurrentVersion => CurrentOf(_versions)
        ?? throw new InvalidOperationException("A plan always has at least one version.");

    /// <summary>
    /// Of a plan's versions, the current one: the newest that was not withdrawn, or the newest of all when every one
    /// was (a first plan ended before it was agreed). Readers that load versions on their own use the same rule.
    /// </summary>
    public static PlanVersion? CurrentOf(IEnumerable<PlanVersion> versions)
    {
        ArgumentNullException.ThrowIfNull(versions);
        var all = versions as IReadOnlyCollection<PlanVersion> ?? versions.ToList();
        return all.Where(v => v.Status != VersionStatus.Withdrawn).MaxBy(v => v.Number) ?? all.MaxBy(v => v.Number);
    }

    /// <summary>The version in force: the last one agreed (R18).</summary>
    public PlanVersion? AgreedVersion => _versions
        .Where(v => v.Status == VersionStatus.Agreed)
        .MaxBy(v => v.Number);

    /// <summary>True when a revision of the agreed plan is being worked on or considered (R18).</summary>
    public bool IsRevisionInProgress => AgreedVersion is { } agreed && CurrentVersion.Number > agreed.Number
        && CurrentVersion.Status is VersionStatus.Draft or VersionStatus.Submitted or VersionStatus.ChangesRequired;

    /// <summary>Starts a plan against an assessment, with an empty first draft (R01, R02, R06). The actor is its author.</summary>
    public static CarePlan Start(Assessment assessment, PlanPreparer preparedBy, Actor actor, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(assessment);
        ArgumentNullException.ThrowIfNull(actor);
        var plan = new CarePlan(assessment, now);
        plan._versions.Add(PlanVersion.First(plan.Id, preparedBy, actor, now));
        plan.Record(PlanEventKind.Started, PlanStatus.Draft, PlanStatus.Draft, actor, now, null);
        return plan;
    }

    /// <summary>Records the answers to the seven questions (R05) and, optionally, who prepared the version (R06).</summary>
    public Result UpdateAnswers(PlanAnswers answers, PlanPreparer? preparedBy, Actor actor, DateTimeOffset now, int? expectedRevision = null)
    {
        ArgumentNullException.ThrowIfNull(answers);
        ArgumentNullException.ThrowIfNull(actor);
        return CurrentVersion.UpdateAnswers(answers, preparedBy, actor, now, expectedRevision);
    }

    /// <summary>Adds a support item after checking it against the limits and the assessment (R03, R04, R10, R14).</summary>
    public Result<SupportItem> AddSupportItem(Assessment assessment, SupportItemDetails details, Actor actor, DateTimeOffset now, int? expectedRevision = null)
    {
        EnsureOwnAssessment(assessment);
        ArgumentNullException.ThrowIfNull(details);
        ArgumentNullException.ThrowIfNull(actor);
        return CurrentVersion.AddSupportItem(assessment, details, actor, now, expectedRevision);
    }

    /// <summary>Replaces a support item's details, checked as when it was added. A change of payee withdraws any necessity decision (R14).</summary>
    public Result<SupportItem> UpdateSupportItem(Assessment assessment, Id<SupportItem> itemId, SupportItemDetails details, Actor actor, DateTimeOffset now, int? expectedRevision = null)
    {
        EnsureOwnAssessment(assessment);
        ArgumentNullException.ThrowIfNull(details);
        ArgumentNullException.ThrowIfNull(actor);
        return CurrentVersion.UpdateSupportItem(assessment, itemId, details, actor, now, expectedRevision);
    }

    public Result RemoveSupportItem(Id<SupportItem> itemId, Actor actor, DateTimeOffset now, int? expectedRevision = null)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return CurrentVersion.RemoveSupportItem(itemId, actor, now, expectedRevision);
    }

    /// <summary>Records someone who helped write the version (R13): family or friend, provider, support planner, Key Worker, someone on the person's behalf.</summary>
    public Result<PlanHelper> AddHelper(PlanHelperDetails details, Actor actor, DateTimeOffset now, int? expectedRevision = null)
    {
        ArgumentNullException.ThrowIfNull(details);
        ArgumentNullException.ThrowIfNull(actor);

        // R26, R28: a helper entry naming an organisation opens the plan to that organisation, so only the person, or
        // the council on their recorded behalf, may add one; a planner cannot pass access on to someone else.
        if (details.OrganisationId is not null && actor.Role is not (ActorRole.Person or ActorRole.KeyWorker or ActorRole.Administrator))
        {
            return Result<PlanHelper>.Fail(new ActorNotPermittedError(actor.Role, "give an organisation access to the person's plan"));
        }

        return CurrentVersion.AddHelper(details, actor, now, expectedRevision);
    }

    public Result RemoveHelper(Id<PlanHelper> helperId, Actor actor, DateTimeOffset now, int? expectedRevision = null)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return CurrentVersion.RemoveHelper(helperId, actor, now, expectedRevision);
    }

    /// <summary>Records, or replaces, how the version manages one of the assessment's risks (R12).</summary>
    public Result<RiskMitigation> RecordRiskMitigation(Assessment assessment, Id<IdentifiedRisk> riskId, string mitigation, Actor actor, DateTimeOffset now, int? expectedRevision = null)
    {
        EnsureOwnAssessment(assessment);
        ArgumentNullException.ThrowIfNull(actor);
        return CurrentVersion.RecordRiskMitigation(assessment, riskId, mitigation, actor, now, expectedRevision);
    }

    /// <summary>
    /// R13: records that whoever completed the plan for the person acted in their best interests, in the words of
    /// <paramref name="statement"/>. Only the council (a Key Worker or an administrator) may record it [A: "we will need
    /// to be satisfied that they have acted in your best interests"], and not an officer who wrote or helped write the
    /// version: not the person, a planner, a provider or family. Only on an editable version.
    /// </summary>
    public Result ConfirmBestInterests(string statement, Actor actor, DateTimeOffset now, int? expectedRevision = null)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return CurrentVersion.ConfirmBestInterests(statement, actor, now, expectedRevision);
    }

    /// <summary>R13: the person confirms that the decisions in the plan are their own. Only the person; only on an editable version.</summary>
    public Result ConfirmOwnDecisions(Actor actor, DateTimeOffset now, int? expectedRevision = null)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return CurrentVersion.ConfirmOwnDecisions(actor, now, expectedRevision);
    }

    /// <summary>
    /// R14: the assessing officer records that paying a spouse or partner, or a close relative living with the
    /// person, by Direct Payment is necessary. Allowed while the version is a draft or submitted.
    /// </summary>
    public Result RecordDirectPaymentNecessity(Id<SupportItem> itemId, string reason, Actor actor, DateTimeOffset now, int? expectedRevision = null)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return CurrentVersion.RecordDirectPaymentNecessity(itemId, reason, actor, now, expectedRevision);
    }

    /// <summary>
    /// R12, R23: a Risk Management Panel member records the panel's decision on whether the plan's significant risks
    /// can be managed safely. Conditions are required when it is <see cref="RiskPanelOutcome.ManagedWithConditions"/>.
    /// The panel decides only on a pending referral (R23: "on request of the person or the council"), and each
    /// decision answers one: to decide again, the plan is referred again.
    /// </summary>
    public Result RecordRiskPanelDecision(RiskPanelOutcome outcome, string rationale, string? conditions, Actor actor, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (actor.Role != ActorRole.RiskPanelMember)
        {
            return Result.Fail(new ActorNotPermittedError(actor.Role, "record a Risk Management Panel decision"));
        }

        if (Status == PlanStatus.Ended)
        {
            return Result.Fail(new InvalidTransitionError(Status, "considered by the Risk Management Panel"));
        }

        if (!Enum.IsDefined(outcome))
        {
            throw new ArgumentOutOfRangeException(nameof(outcome), outcome, "Unknown panel outcome.");
        }

        var errors = new List<DomainError>();
        if (RiskPanelReferral is not { IsPending: true })
        {
            errors.Add(new RiskPanelReferralMissingError());
        }

        errors.AddRange(FreeText.Require(rationale, "rationale", RiskPanelDecision.MaxTextLength));
        if (outcome == RiskPanelOutcome.ManagedWithConditions)
        {
            errors.AddRange(FreeText.Require(conditions, "conditions", RiskPanelDecision.MaxTextLength));
        }
        else
        {
            errors.AddRange(FreeText.Limit(conditions, "conditions", RiskPanelDecision.MaxTextLength));
        }

        if (errors.Count > 0)
        {
            return Result.Fail(errors);
        }

        RiskPanelDecision = new RiskPanelDecision(outcome, FreeText.TrimToNull(conditions), rationale.Trim(), CurrentVersion.Number, actor, now);
        RiskPanelReferral!.MarkDecided(now);
        Record(PlanEventKind.RiskPanelDecisionRecorded, Status, Status, actor, now, $"{PlainEnglish.Describe(outcome)}: {PlainEnglish.Clause(rationale)}.");
        return Result.Success;
    }

    /// <summary>Sends the current draft to the council for agreement.</summary>
    public Result Submit(Actor actor, DateTimeOffset now, int? expectedRevision = null)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var version = CurrentVersion;
        if (Status == PlanStatus.Ended || !version.IsEditable)
        {
            return Result.Fail(new InvalidTransitionError(Status, "submitted", version.Number, version.Status));
        }

        if (version.CheckRevision(expectedRevision) is { } conflict)
        {
            return Result.Fail(conflict);
        }

        var revising = IsRevisionInProgress;
        version.MarkSubmitted(now);
        Record(PlanEventKind.Submitted, Status, revising ? Status : PlanStatus.Submitted, actor, now, null);
        return Result.Success;
    }

    /// <summary>The automatic agreement checks (R08–R14) on the current version.</summary>
    public AgreementEvaluation EvaluateAgreement(Assessment assessment) => EvaluateAgreement(assessment, CurrentVersion);

    /// <summary>The automatic agreement checks (R08–R14) on one of this plan's versions.</summary>
    public AgreementEvaluation EvaluateAgreement(Assessment assessment, PlanVersion version) =>
        AgreementEvaluation.Evaluate(this, version, assessment);

    /// <summary>
    /// Agrees the submitted version (R08–R16): refused, with every reason, unless every automatic check passes and the
    /// officer (a Key Worker or administrator who did not write the version) attests to the judgements no rule can
    /// make. The version is frozen and comes into force, the one it replaces is superseded, the final personal budget
    /// is set, and the person is sent their copy.
    /// </summary>
    public Result Agree(Assessment assessment, AgreementAttestation attestation, Actor actor, DateTimeOffset now, int? expectedRevision = null)
    {
        EnsureOwnAssessment(assessment);
        ArgumentNullException.ThrowIfNull(attestation);
        ArgumentNullException.ThrowIfNull(actor);
        var version = CurrentVersion;
        if (CheckDecision(version, "agreed until it is submitted", actor, expectedRevision) is { } refusal)
        {
            return Result.Fail(refusal);
        }

        var errors = new List<DomainError>();
        if (version.IsAuthoredBy(actor.Subject))
        {
            errors.Add(new OfficerIsAuthorError(actor.Subject, actor.Name));
        }

        errors.AddRange(attestation.Validate());
        errors.AddRange(EvaluateAgreement(assessment, version).Errors);
        if (errors.Count > 0)
        {
            return Result.Fail(errors);
        }

        // R18, R19: support already in place stays in place; the revision replaces the version in force, and the plan
        // keeps its status (ACTIVE, or UNDER_REVIEW while a review is open) and its review schedule (R20).
        var supportInPlace = Status is PlanStatus.Active or PlanStatus.UnderReview;
        var decision = PlanDecision.Agreed(attestation, actor, now, version.EditRevision);
        AgreedVersion?.MarkSuperseded();
        version.MarkAgreed(decision);
        PersonalBudget = version.TotalAnnualCost;
        Record(PlanEventKind.Agreed, Status, supportInPlace ? Status : PlanStatus.Agreed, actor, now, decision.Rationale);
        Record(PlanEventKind.PersonNotified, Status, Status, actor, now,
            $"Sent a copy of the agreed plan setting out how the personal budget of {version.TotalAnnualCost.Formatted} a year will be spent. Advice and information offered: {PlainEnglish.Clause(decision.AdviceOffered)}.");
        return Result.Success;
    }

    /// <summary>
    /// Does not agree the submitted version (R17): records the reasons, what must change (or that the assessment should
    /// be reviewed) and the advice offered (R16), sends the version back for changes, and tells the person at once.
    /// A declined revision leaves the agreed version and the personal budget in force (R18).
    /// </summary>
    public Result Decline(DeclineDetails details, Actor actor, DateTimeOffset now, int? expectedRevision = null)
    {
        ArgumentNullException.ThrowIfNull(details);
        ArgumentNullException.ThrowIfNull(actor);
        var version = CurrentVersion;
        if (CheckDecision(version, "declined until it is submitted", actor, expectedRevision) is { } refusal)
        {
            return Result.Fail(refusal);
        }

        var errors = details.Validate().ToArray();
        if (errors.Length > 0)
        {
            return Result.Fail(errors);
        }

        var revising = IsRevisionInProgress;
        var decision = PlanDecision.Declined(details, actor, now, version.EditRevision);
        version.MarkChangesRequired(decision);
        Record(PlanEventKind.Declined, Status, revising ? Status : PlanStatus.ChangesRequired, actor, now, decision.Rationale);
        var changes = decision.RequiredChanges.Count == 0 ? "none listed" : PlainEnglish.List(decision.RequiredChanges);
        var review = decision.ReviewAssessmentRequested ? " The Key Worker has asked for the assessment to be reviewed." : string.Empty;
        var inForce = revising ? " The plan agreed before stays in force." : string.Empty;
        Record(PlanEventKind.PersonNotified, Status, Status, actor, now,
            $"Told the plan was not agreed because: {PlainEnglish.Clause(decision.Rationale)}. What must change: {changes}.{review}{inForce} Advice and information offered: {PlainEnglish.Clause(decision.AdviceOffered)}.");
        return Result.Success;
    }

    /// <summary>Opens a new draft version from the one in force (R07, R18). The actor is the revision's author.</summary>
    public Result<PlanVersion> StartRevision(PlanPreparer preparedBy, Actor actor, DateTimeOffset now, string? reason = null)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var agreed = AgreedVersion;
        var current = CurrentVersion;
        if (Status == PlanStatus.Ended || agreed is null || agreed != current)
        {
            return Result<PlanVersion>.Fail(new InvalidTransitionError(
                Status, "revised while another version is being worked on, or before one is agreed", current.Number, current.Status));
        }

        // Numbered after every version so far, withdrawn ones included: a version number is never reused (R07).
        var revision = agreed.StartRevision(_versions.Max(v => v.Number) + 1, preparedBy, actor, now);
        _versions.Add(revision);
        Record(PlanEventKind.RevisionStarted, Status, Status, actor, now, FreeText.TrimToNull(reason));
        return Result<PlanVersion>.Ok(revision);
    }

    /// <summary>
    /// R18: the person, their support planner or the Key Worker (or an administrator) drops the revision being worked
    /// on or considered (a draft, a submitted one, or one sent back for changes). It becomes WITHDRAWN; the version
    /// in force stays in force and the plan keeps its status (AGREED, ACTIVE or UNDER_REVIEW), so a new revision can
    /// be started afresh. Only a revision: a first plan, with nothing agreed, is not withdrawn but ended.
    /// </summary>
    public Result WithdrawRevision(string? reason, Actor actor, DateTimeOffset now, int? expectedRevision = null)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (actor.Role is not (ActorRole.Person or ActorRole.SupportPlanner or ActorRole.KeyWorker or ActorRole.Administrator))
        {
            return Result.Fail(new ActorNotPermittedError(actor.Role, "withdraw a revision of the plan; the person, their support planner or the Key Worker does"));
        }

        var current = CurrentVersion;
        if (Status == PlanStatus.Ended || !IsRevisionInProgress)
        {
            var action = AgreedVersion is null
                ? "withdrawn: only a revision of an agreed plan is withdrawn, and this plan has not been agreed"
                : "withdrawn: no revision is being worked on";
            return Result.Fail(new InvalidTransitionError(Status, action, current.Number, current.Status));
        }

        if (current.CheckRevision(expectedRevision) is { } conflict)
        {
            return Result.Fail(conflict);
        }

        var errors = FreeText.Limit(reason, "reason", PlanEvent.MaxReasonLength).ToArray();
        if (errors.Length > 0)
        {
            return Result.Fail(errors);
        }

        // Recorded against the revision withdrawn, before it stops being the current version.
        var inForce = AgreedVersion!.Number;
        Record(PlanEventKind.RevisionWithdrawn, Status, Status, actor, now,
            FreeText.TrimToNull(reason) is { } why
                ? $"Revision withdrawn: {PlainEnglish.Clause(why)}. Version {inForce} stays in force."
                : $"Revision withdrawn. Version {inForce} stays in force.");
        current.MarkWithdrawn();
        return Result.Success;
    }

    /// <summary>
    /// Records that the agreed support is in place (R19): the plan becomes ACTIVE and its first review is scheduled
    /// (R20), on the date given, which must fall in the window, or at the end of the window (6–12 weeks by default); the
    /// Key Worker's check-in is scheduled too (R32, within 2 weeks by default).
    /// The day support was in place is neither before the agreement nor after today (UTC, from <paramref name="now"/>).
    /// Council staff or a support planner may record it; so may the system.
    /// </summary>
    public Result MarkSupportInPlace(DateOnly inPlaceOn, DateOnly? firstReviewDue, Actor actor, DateTimeOffset now, FirstReviewWindow? window = null, CheckInSchedule? checkIn = null)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (!actor.Role.IsCouncilRole() && actor.Role is not (ActorRole.SupportPlanner or ActorRole.System))
        {
            return Result.Fail(new ActorNotPermittedError(actor.Role, "record that support is in place"));
        }

        if (Status != PlanStatus.Agreed)
        {
            return Result.Fail(new InvalidTransitionError(Status, "marked as in place until it is agreed"));
        }

        window ??= FirstReviewWindow.Default;
        var agreedOn = DateOnly.FromDateTime(AgreedVersion!.AgreedAt!.Value.Date);
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var errors = new List<DomainError>();
        if (inPlaceOn < agreedOn)
        {
            errors.Add(new SupportInPlaceBeforeAgreementError(inPlaceOn, agreedOn));
        }

        if (inPlaceOn > today)
        {
            errors.Add(new SupportInPlaceInFutureError(inPlaceOn, today));
        }

        if (firstReviewDue is { } due && !window.Contains(inPlaceOn, due))
        {
            errors.Add(new ReviewDateOutsideWindowError(due, window.Earliest(inPlaceOn), window.Latest(inPlaceOn)));
        }

        if (errors.Count > 0)
        {
            return Result.Fail(errors);
        }

        SupportInPlaceOn = inPlaceOn;
        NextReviewDue = firstReviewDue ?? window.DueDate(inPlaceOn);
        Record(PlanEventKind.SupportInPlace, Status, PlanStatus.Active, actor, now,
            $"Support in place on {inPlaceOn:yyyy-MM-dd}; first review due by {NextReviewDue:yyyy-MM-dd}.");
        ScheduleReviewsFrom(inPlaceOn);
        ScheduleCheckInFrom(inPlaceOn, checkIn ?? CheckInSchedule.Default);
        return Result.Success;
    }

    /// <summary>
    /// Ends the plan (ENDED), from any status but ENDED, with the reason: the person has died, moved away, or no
    /// longer has eligible needs. A version still being worked on is withdrawn; the last agreed version stays on
    /// record. Council staff only.
    /// </summary>
    public Result EndPlan(string reason, Actor actor, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (!actor.Role.IsCouncilRole())
        {
            return Result.Fail(new ActorNotPermittedError(actor.Role, "end a plan"));
        }

        if (Status == PlanStatus.Ended)
        {
            return Result.Fail(new InvalidTransitionError(Status, "ended again"));
        }

        var errors = FreeText.Require(reason, "reason", PlanEvent.MaxReasonLength).ToArray();
        if (errors.Length > 0)
        {
            return Result.Fail(errors);
        }

        var current = CurrentVersion;
        if (current.Status is VersionStatus.Draft or VersionStatus.Submitted or VersionStatus.ChangesRequired)
        {
            current.MarkWithdrawn();
        }

        Record(PlanEventKind.Ended, Status, PlanStatus.Ended, actor, now, reason.Trim());
        return Result.Success;
    }

    /// <summary>
    /// The personal budget statement (R02) for the version in force, or for the version being worked on before any is
    /// agreed.
    /// </summary>
    public PersonalBudgetStatement BudgetStatement() => PersonalBudgetStatement.For(this, AgreedVersion ?? CurrentVersion);

    /// <summary>The personal budget statement (R02) for one of this plan's versions.</summary>
    public PersonalBudgetStatement BudgetStatement(PlanVersion version) => PersonalBudgetStatement.For(this, version);

    /// <summary>The person's copy of the version in force (R16).</summary>
    public Result<PersonsCopy> PersonsCopy(Assessment assessment) => Plans.PersonsCopy.Create(this, assessment);

    /// <summary>Why the version cannot be decided now, if it cannot: wrong role (R29), not submitted, or changed since the officer saw it.</summary>
    private DomainError? CheckDecision(PlanVersion version, string action, Actor actor, int? expectedRevision)
    {
        if (!actor.Role.CanDecidePlans())
        {
            return new NotAssessingOfficerError(actor.Role);
        }

        if (Status == PlanStatus.Ended || version.Status != VersionStatus.Submitted)
        {
            return new InvalidTransitionError(Status, action, version.Number, version.Status);
        }

        return version.CheckRevision(expectedRevision);
    }

    private void EnsureOwnAssessment(Assessment assessment)
    {
        ArgumentNullException.ThrowIfNull(assessment);
        if (assessment.Id != AssessmentId)
        {
            throw new ArgumentException("A plan is written against one assessment (R01); this is a different one.", nameof(assessment));
        }
    }

    private void Record(PlanEventKind kind, PlanStatus from, PlanStatus to, Actor actor, DateTimeOffset now, string? reason)
    {
        Changed();
        Status = to;
        _history.Add(new PlanEvent(Id, CurrentVersion.Number, kind, from, to, actor, now, reason));
    }

    /// <summary>
    /// A record that belongs to this plan changed (a safety concern closed, a review request declined …): the plan's
    /// <see cref="Revision"/> moves too, so that of two changes to one plan's records made at once only one is saved (R35).
    /// </summary>
    public void NoteRecordChanged() => Changed();

    /// <summary>Every change to the plan itself moves <see cref="Revision"/>.</summary>
    private void Changed() => Revision++;
}
