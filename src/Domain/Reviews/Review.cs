using CarePlanGraph.Domain.Assessments;
using CarePlanGraph.Domain.Common;
using CarePlanGraph.Domain.Organisations;
using CarePlanGraph.Domain.People;
using CarePlanGraph.Domain.Plans;

namespace CarePlanGraph.Domain.Reviews;

/// <summary>
/// A review of a plan whose support is in place (R20–R22). While it is open the plan is UNDER_REVIEW. The person
/// invites whom they like, telling the Key Worker in advance; the Key Worker records how far each outcome is met,
/// the changes agreed and when they start; then the person (or their advocate) and the Key Worker sign it, or the
/// person records their disagreement instead. Once both have signed the plan is ACTIVE again with its next review
/// scheduled, and agreed changes open a revision of the plan (R18).
/// <para>
/// Every command takes the review's plan (a programmer error otherwise) and the time; <see cref="EditRevision"/>
/// counts changes so two people signing at once cannot both miss that the other signed.
/// </para>
/// </summary>
public sealed class Review : IPersonRecord, IPlanRecord
{
    private readonly List<ReviewInvitee> _invitees = [];
    private readonly List<ReviewOutcome> _outcomes = [];
    private readonly List<string> _changes = [];
    private readonly List<ReviewDisagreement> _disagreements = [];

    private Review()
    {
        StartedBySubject = string.Empty;
        StartedByName = string.Empty;
    }

    private Review(CarePlan plan, ReviewKind kind, DateOnly reviewOn, Actor actor, DateTimeOffset now)
    {
        Id = Id<Review>.New();
        PlanId = plan.Id;
        PersonId = plan.PersonId;
        Kind = kind;
        Status = ReviewStatus.InProgress;
        ReviewOn = reviewOn;
        DueOn = plan.NextReviewDue;
        StartedBySubject = actor.Subject;
        StartedByName = actor.Name;
        StartedAt = now;
    }

    public Id<Review> Id { get; private set; }

    public Id<CarePlan> PlanId { get; private set; }

    public Id<Person> PersonId { get; private set; }

    public ReviewKind Kind { get; private set; }

    public ReviewStatus Status { get; private set; }

    /// <summary>The day of the review meeting; invitations are made before it.</summary>
    public DateOnly ReviewOn { get; private set; }

    /// <summary>When the plan's next review was due as this one started.</summary>
    public DateOnly? DueOn { get; private set; }

    public string StartedBySubject { get; private set; }

    public string StartedByName { get; private set; }

    public DateTimeOffset StartedAt { get; private set; }

    /// <summary>Counts changes (optimistic concurrency).</summary>
    public int EditRevision { get; private set; }

    public IReadOnlyList<ReviewInvitee> Invitees => _invitees;

    /// <summary>How far each outcome in the assessment is met, once recorded.</summary>
    public IReadOnlyList<ReviewOutcome> Outcomes => _outcomes;

    public string? Summary { get; private set; }

    /// <summary>The changes agreed at the review; empty when none are needed.</summary>
    public IReadOnlyList<string> Changes => _changes;

    /// <summary>When the agreed changes start.</summary>
    public DateOnly? ChangesStartOn { get; private set; }

    public bool ChangesAgreed => _changes.Count > 0;

    public DateTimeOffset? OutcomeRecordedAt { get; private set; }

    public string? OutcomeRecordedByName { get; private set; }

    /// <summary>The person's signature, or their advocate's on their behalf.</summary>
    public ReviewSignature? PersonSignature { get; private set; }

    public ReviewSignature? KeyWorkerSignature { get; private set; }

    /// <summary>Every disagreement the person recorded, oldest first; they stay on the review.</summary>
    public IReadOnlyList<ReviewDisagreement> Disagreements => _disagreements;

    public DateTimeOffset? CompletedAt { get; private set; }

    /// <summary>The revision of the plan the agreed changes go into, once both have signed.</summary>
    public int? RevisionVersionNumber { get; private set; }

    /// <summary>
    /// The Key Worker starts the plan's next planned review (R20): first, Direct Payment or annual, whichever is
    /// due. The plan must be ACTIVE; it becomes UNDER_REVIEW.
    /// </summary>
    public static Result<Review> Start(CarePlan plan, DateOnly reviewOn, Actor actor, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(actor);
        if (!actor.Role.CanDecidePlans())
        {
            return Result<Review>.Fail(new ActorNotPermittedError(actor.Role, "start a review; the Key Worker does"));
        }

        return Open(plan, plan.DueReviewKind, reviewOn, actor, now);
    }

    /// <summary>Opens a review of the plan, with every reason it cannot be opened now.</summary>
    internal static Result<Review> Open(CarePlan plan, ReviewKind kind, DateOnly reviewOn, Actor actor, DateTimeOffset now)
    {
        var errors = CheckCanOpen(plan, reviewOn, now).ToArray();
        if (errors.Length > 0)
        {
            return Result<Review>.Fail(errors);
        }

        var review = new Review(plan, kind, reviewOn, actor, now);
        plan.BeginReview(review, actor, now);
        return Result<Review>.Ok(review);
    }

    /// <summary>Why a review of the plan cannot be opened for <paramref name="reviewOn"/>, if it cannot.</summary>
    internal static IEnumerable<DomainError> CheckCanOpen(CarePlan plan, DateOnly reviewOn, DateTimeOffset now)
    {
        if (plan.Status != PlanStatus.Active || plan.OpenReviewId is not null)
        {
            yield return new InvalidTransitionError(plan.Status, "reviewed unless its support is in place and no review is under way");
        }

        var today = Today(now);
        if (reviewOn < today)
        {
            yield return new ReviewDateInPastError(reviewOn, today);
        }
    }

    /// <summary>
    /// R22: the person invites someone to the review, which tells the Key Worker. Refused once the review date has
    /// passed or the outcome is recorded. The person, someone helping them, their advocate, or the Key Worker
    /// recording it for them, may invite. R33: naming a carer the person recorded (<paramref name="carer"/>) links the
    /// invitation to their sign-in, so they see this review; their consent must still be in force.
    /// </summary>
    public Result<ReviewInvitee> Invite(CarePlan plan, InviteeKind kind, string name, Id<Organisation>? organisationId, Actor actor, DateTimeOffset now, Carer? carer = null)
    {
        EnsureOwnPlan(plan);
        ArgumentNullException.ThrowIfNull(actor);
        if (actor.Role is not (ActorRole.Person or ActorRole.Helper or ActorRole.Advocate) && !actor.Role.CanDecidePlans())
        {
            return Result<ReviewInvitee>.Fail(new ActorNotPermittedError(actor.Role, "invite people to the person's review; the person (or someone acting for them) does"));
        }

        if (Status != ReviewStatus.InProgress)
        {
            return Result<ReviewInvitee>.Fail(new InvalidReviewStateError(Status, "take invitations"));
        }

        if (!Enum.IsDefined(kind))
        {
            throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown invitee kind.");
        }

        var errors = FreeText.Require(name, "name", ReviewInvitee.MaxNameLength).ToList();
        var today = Today(now);
        if (today > ReviewOn)
        {
            errors.Add(new InvitationAfterReviewDateError(ReviewOn, today));
        }

        if (carer is not null)
        {
            if (carer.PersonId != PersonId)
            {
                throw new ArgumentException("The carer is recorded for another person.", nameof(carer));
            }

            if (kind != InviteeKind.Carer)
            {
                errors.Add(new CarerInviteeKindError(kind));
            }

            if (carer.ConsentWithdrawnAt is { } withdrawnAt)
            {
                errors.Add(new CarerConsentWithdrawnError(withdrawnAt));
            }
        }

        if (errors.Count > 0)
        {
            return Result<ReviewInvitee>.Fail(errors);
        }

        var invitee = new ReviewInvitee(kind, name.Trim(), organisationId, carer?.Id, actor, now);
        _invitees.Add(invitee);
        EditRevision++;
        return Result<ReviewInvitee>.Ok(invitee);
    }

    /// <summary>
    /// R22: the Key Worker records the review's outcome: how far every outcome in the assessment is met, a summary,
    /// the changes agreed and when they start. Refused before the day of the review, since its outcome is not known
    /// yet, and while the person needs an independent advocate and has none.
    /// Both parties then sign; recording it again (after a disagreement) clears earlier signatures.
    /// </summary>
    public Result Complete(CarePlan plan, Assessment assessment, ReviewFindings findings, Actor actor, DateTimeOffset now)
    {
        EnsureOwnPlan(plan);
        ArgumentNullException.ThrowIfNull(assessment);
        ArgumentNullException.ThrowIfNull(findings);
        ArgumentNullException.ThrowIfNull(actor);
        if (assessment.Id != plan.AssessmentId)
        {
            throw new ArgumentException("A review rates the outcomes of the plan's own assessment.", nameof(assessment));
        }

        if (!actor.Role.CanDecidePlans())
        {
            return Result.Fail(new ActorNotPermittedError(actor.Role, "record the outcome of a review; the Key Worker does"));
        }

        if (Status is not (ReviewStatus.InProgress or ReviewStatus.Disputed))
        {
            return Result.Fail(new InvalidReviewStateError(Status, "have its outcome recorded"));
        }

        var today = Today(now);
        var errors = ValidateFindings(plan, assessment, findings, today);
        if (today < ReviewOn)
        {
            errors.Insert(0, new ReviewNotYetHeldError(ReviewOn, today));
        }

        if (errors.Count > 0)
        {
            return Result.Fail(errors);
        }

        var descriptions = assessment.Outcomes.ToDictionary(o => o.Id, o => o.Description);
        _outcomes.Clear();
        _outcomes.AddRange(findings.Ratings.Select(r => new ReviewOutcome(r.OutcomeId, descriptions[r.OutcomeId], r.Attainment, FreeText.TrimToNull(r.Note))));
        Summary = findings.Summary.Trim();
        _changes.Clear();
        _changes.AddRange(findings.PresentChanges);
        ChangesStartOn = ChangesAgreed ? findings.ChangesStartOn : null;
        OutcomeRecordedAt = now;
        OutcomeRecordedByName = actor.Name;
        PersonSignature = null;
        KeyWorkerSignature = null;
        Status = ReviewStatus.AwaitingSignatures;
        EditRevision++;
        var changes = ChangesAgreed ? $"{PlainEnglish.Count(_changes.Count, "change")} agreed, starting {ChangesStartOn:yyyy-MM-dd}." : "No changes needed.";
        plan.NoteReviewEvent(PlanEventKind.ReviewOutcomeRecorded, actor, now, $"Outcome recorded; {changes} Waiting for the person and the Key Worker to sign.");
        return Result.Success;
    }

    /// <summary>
    /// R22: signs the recorded outcome. The person signs for themselves, or their independent advocate signs on their
    /// behalf where one is assigned; the Key Worker (or an administrator) signs for the council. When both have signed
    /// the review is completed: the plan is ACTIVE again, its next review is scheduled, and agreed changes open a
    /// revision (or join the one already being written).
    /// </summary>
    public Result Sign(CarePlan plan, Actor actor, DateTimeOffset now)
    {
        EnsureOwnPlan(plan);
        ArgumentNullException.ThrowIfNull(actor);
        if (PartyOf(plan, actor) is not { } party)
        {
            return Result.Fail(new ActorNotPermittedError(actor.Role, "sign a review; the person (or their assigned advocate) and the Key Worker do"));
        }

        if (Status != ReviewStatus.AwaitingSignatures)
        {
            return Result.Fail(new InvalidReviewStateError(Status, "be signed"));
        }

        var existing = party == ReviewParty.Person ? PersonSignature : KeyWorkerSignature;
        if (existing is not null)
        {
            return Result.Fail(new ReviewAlreadySignedError(party, existing.SignedByName));
        }

        var signature = new ReviewSignature(actor, now);
        if (party == ReviewParty.Person)
        {
            PersonSignature = signature;
        }
        else
        {
            KeyWorkerSignature = signature;
        }

        EditRevision++;
        if (PersonSignature is not null && KeyWorkerSignature is not null)
        {
            Finish(plan, actor, now);
        }

        return Result.Success;
    }

    /// <summary>
    /// R22: instead of signing, the person (or their assigned advocate) records that they disagree with the outcome,
    /// and why. It stays on the review; the review is DISPUTED and the Key Worker is prompted to contact the person,
    /// then records the outcome again for both to sign.
    /// </summary>
    public Result RecordDisagreement(CarePlan plan, string reasons, Actor actor, DateTimeOffset now)
    {
        EnsureOwnPlan(plan);
        ArgumentNullException.ThrowIfNull(actor);
        if (PartyOf(plan, actor) != ReviewParty.Person)
        {
            return Result.Fail(new ActorNotPermittedError(actor.Role, "disagree with a review for the person; the person (or their assigned advocate) does"));
        }

        if (Status != ReviewStatus.AwaitingSignatures)
        {
            return Result.Fail(new InvalidReviewStateError(Status, "take a disagreement"));
        }

        if (FreeText.Require(reasons, "disagreement", ReviewDisagreement.MaxTextLength).ToArray() is { Length: > 0 } errors)
        {
            return Result.Fail(errors);
        }

        _disagreements.Add(new ReviewDisagreement(reasons.Trim(), actor, now));
        PersonSignature = null;
        Status = ReviewStatus.Disputed;
        EditRevision++;
        plan.NoteReviewEvent(PlanEventKind.ReviewDisagreementRecorded, actor, now,
            "The person disagrees with the outcome of the review. Their Key Worker will contact them to discuss why.");
        return Result.Success;
    }

    private void Finish(CarePlan plan, Actor actor, DateTimeOffset now)
    {
        Status = ReviewStatus.Completed;
        CompletedAt = now;
        plan.FinishReview(this, Today(now), actor, now);
        if (!ChangesAgreed)
        {
            return;
        }

        if (plan.IsRevisionInProgress)
        {
            RevisionVersionNumber = plan.CurrentVersion.Number;
            return;
        }

        // Opened by the system, not the signer, so the Key Worker who signed may still agree the revision (R15).
        var preparedBy = (plan.AgreedVersion ?? plan.CurrentVersion).PreparedBy;
        var reason = $"Changes agreed at the review on {ReviewOn:yyyy-MM-dd}, starting {ChangesStartOn:yyyy-MM-dd}: {PlainEnglish.List(_changes)}.";
        if (reason.Length > PlanEvent.MaxReasonLength)
        {
            reason = reason[..PlanEvent.MaxReasonLength];
        }

        if (plan.StartRevision(preparedBy, Actor.System, now, reason).Value is { } revision)
        {
            RevisionVersionNumber = revision.Number;
        }
    }

    private static List<DomainError> ValidateFindings(CarePlan plan, Assessment assessment, ReviewFindings findings, DateOnly today)
    {
        var errors = new List<DomainError>();
        if (plan.Advocacy is { IsAdvocateRequired: true, IsAdvocateAssigned: false })
        {
            errors.Add(new ReviewNeedsAdvocateError());
        }

        var ratings = findings.Ratings ?? [];
        var known = assessment.Outcomes.Select(o => o.Id).ToHashSet();
        errors.AddRange(ratings.Where(r => !known.Contains(r.OutcomeId)).Select(r => new UnknownOutcomeError(r.OutcomeId)));
        errors.AddRange(ratings.GroupBy(r => r.OutcomeId).Where(g => g.Count() > 1).Select(g => new OutcomeRatedTwiceError(g.Key)));
        var rated = ratings.Select(r => r.OutcomeId).ToHashSet();
        errors.AddRange(assessment.Outcomes.Where(o => !rated.Contains(o.Id)).Select(o => new OutcomeNotRatedError(o.Id, o.Description)));
        foreach (var rating in ratings)
        {
            if (!Enum.IsDefined(rating.Attainment))
            {
                throw new ArgumentOutOfRangeException(nameof(findings), rating.Attainment, "Unknown attainment.");
            }

            errors.AddRange(FreeText.Limit(rating.Note, "note", ReviewOutcome.MaxNoteLength));
        }

        errors.AddRange(FreeText.Require(findings.Summary, "summary", ReviewFindings.MaxSummaryLength));
        var changes = findings.PresentChanges;
        if (changes.Count > ReviewFindings.MaxChanges)
        {
            errors.Add(new TextTooLongError("changes", ReviewFindings.MaxChanges, changes.Count));
        }

        errors.AddRange(changes.SelectMany(c => FreeText.Limit(c, "changes", ReviewFindings.MaxChangeLength)).Take(1));
        if (changes.Count > 0)
        {
            if (findings.ChangesStartOn is not { } start)
            {
                errors.Add(new ChangesStartDateRequiredError());
            }
            else if (start < today)
            {
                errors.Add(new ChangesStartInPastError(start, today));
            }
        }

        return errors;
    }

    /// <summary>Which party the actor signs for, if any: an advocate only when one is assigned to the plan.</summary>
    private static ReviewParty? PartyOf(CarePlan plan, Actor actor) => actor.Role switch
    {
        ActorRole.Person => ReviewParty.Person,
        ActorRole.Advocate when plan.Advocacy is { IsAdvocateAssigned: true } => ReviewParty.Person,
        _ when actor.Role.CanDecidePlans() => ReviewParty.KeyWorker,
        _ => null,
    };

    private void EnsureOwnPlan(CarePlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        if (plan.Id != PlanId)
        {
            throw new ArgumentException("This review belongs to another plan.", nameof(plan));
        }
    }

    internal static DateOnly Today(DateTimeOffset now) => DateOnly.FromDateTime(now.UtcDateTime);
}
