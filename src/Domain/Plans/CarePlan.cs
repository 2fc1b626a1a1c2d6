using CarePlanGraph.Domain.Assessments;
using CarePlanGraph.Domain.Common;
using CarePlanGraph.Domain.People;

namespace CarePlanGraph.Domain.Plans;

/// <summary>
/// A person's care and support plan: the aggregate that owns its versions and history.
/// Every state change goes through a method here, checks the rules, and records an event.
/// </summary>
public sealed class CarePlan
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

    /// <summary>The assessment the plan is written against (R01).</summary>
    public Id<Assessment> AssessmentId { get; private set; }

    public PlanStatus Status { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>The indicative personal budget a year, from the assessment (R02).</summary>
    public Money IndicativeBudget { get; private set; }

    /// <summary>The person's assessed contribution a year.</summary>
    public Money AssessedContribution { get; private set; }

    /// <summary>The final personal budget a year, set when a version is agreed (R02).</summary>
    public Money? PersonalBudget { get; private set; }

    /// <summary>The day support was in place, once it is (R19).</summary>
    public DateOnly? SupportInPlaceOn { get; private set; }

    /// <summary>When the next review is due (R20).</summary>
    public DateOnly? NextReviewDue { get; private set; }

    public IReadOnlyList<PlanVersion> Versions => _versions;

    public IReadOnlyList<PlanEvent> History => _history;

    /// <summary>The version being worked on, or the one in force when nothing is being worked on.</summary>
    public PlanVersion CurrentVersion => _versions.MaxBy(v => v.Number)
        ?? throw new InvalidOperationException("A plan always has at least one version.");

    /// <summary>The version in force: the last one agreed (R18).</summary>
    public PlanVersion? AgreedVersion => _versions
        .Where(v => v.Status == VersionStatus.Agreed)
        .MaxBy(v => v.Number);

    /// <summary>Starts a plan against an assessment, with an empty first draft (R01, R02, R06).</summary>
    public static CarePlan Start(Assessment assessment, PlanPreparer preparedBy, Actor actor, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(assessment);
        ArgumentNullException.ThrowIfNull(actor);
        var plan = new CarePlan(assessment, now);
        plan._versions.Add(new PlanVersion(plan.Id, 1, preparedBy, PlanAnswers.Empty, now, []));
        plan.Record(PlanEventKind.Started, PlanStatus.Draft, PlanStatus.Draft, actor, now, null);
        return plan;
    }

    public Result UpdateAnswers(PlanAnswers answers, PlanPreparer? preparedBy) =>
        CurrentVersion.UpdateAnswers(answers, preparedBy);

    public Result<SupportItem> AddSupportItem(SupportItemDetails details) =>
        CurrentVersion.AddSupportItem(details);

    public Result<SupportItem> UpdateSupportItem(Id<SupportItem> itemId, SupportItemDetails details) =>
        CurrentVersion.UpdateSupportItem(itemId, details);

    public Result RemoveSupportItem(Id<SupportItem> itemId) =>
        CurrentVersion.RemoveSupportItem(itemId);

    /// <summary>Sends the current draft to the council for agreement.</summary>
    public Result Submit(Actor actor, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var version = CurrentVersion;
        if (!version.IsEditable)
        {
            return Result.Fail(new InvalidTransitionError(Status, "submitted"));
        }

        version.MarkSubmitted(now);
        var to = IsRevision ? Status : PlanStatus.Submitted;
        Record(PlanEventKind.Submitted, Status, to, actor, now, null);
        return Result.Success;
    }

    /// <summary>Agrees the submitted version: it is frozen and comes into force (R07, R18).</summary>
    public Result Agree(Actor actor, DateTimeOffset now, string? reason)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var version = CurrentVersion;
        if (version.Status != VersionStatus.Submitted)
        {
            return Result.Fail(new InvalidTransitionError(Status, "agreed until it is submitted"));
        }

        AgreedVersion?.MarkSuperseded();
        version.MarkAgreed(now);
        PersonalBudget = version.TotalAnnualCost;
        Record(PlanEventKind.Agreed, Status, PlanStatus.Agreed, actor, now, reason);
        return Result.Success;
    }

    /// <summary>Sends the submitted version back with what must change (R17). A declined revision leaves the agreed version in force (R18).</summary>
    public Result Decline(Actor actor, DateTimeOffset now, string reasons)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var version = CurrentVersion;
        if (version.Status != VersionStatus.Submitted)
        {
            return Result.Fail(new InvalidTransitionError(Status, "declined until it is submitted"));
        }

        version.MarkChangesRequired();
        var to = IsRevision ? Status : PlanStatus.ChangesRequired;
        Record(PlanEventKind.Declined, Status, to, actor, now, reasons);
        return Result.Success;
    }

    /// <summary>Opens a new draft version from the one in force (R07, R18).</summary>
    public Result<PlanVersion> StartRevision(PlanPreparer preparedBy, Actor actor, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var agreed = AgreedVersion;
        if (agreed is null || agreed != CurrentVersion)
        {
            return Result<PlanVersion>.Fail(new InvalidTransitionError(Status, "revised while another version is being worked on, or before one is agreed"));
        }

        var revision = agreed.StartRevision(preparedBy, now);
        _versions.Add(revision);
        Record(PlanEventKind.RevisionStarted, Status, Status, actor, now, null);
        return Result<PlanVersion>.Ok(revision);
    }

    /// <summary>Records that the agreed support is in place (R19) and schedules the first review (R20).</summary>
    public Result MarkSupportInPlace(DateOnly inPlaceOn, DateOnly firstReviewDue, Actor actor, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (Status != PlanStatus.Agreed)
        {
            return Result.Fail(new InvalidTransitionError(Status, "marked as in place until it is agreed"));
        }

        SupportInPlaceOn = inPlaceOn;
        NextReviewDue = firstReviewDue;
        Record(PlanEventKind.SupportInPlace, Status, PlanStatus.Active, actor, now, null);
        return Result.Success;
    }

    /// <summary>True when the version being worked on revises an agreed one.</summary>
    private bool IsRevision => CurrentVersion.Number > 1 && _versions.Any(v => v.Status is VersionStatus.Agreed);

    private void Record(PlanEventKind kind, PlanStatus from, PlanStatus to, Actor actor, DateTimeOffset now, string? reason)
    {
        Status = to;
        _history.Add(new PlanEvent(Id, CurrentVersion.Number, kind, from, to, actor, now, reason));
    }
}
