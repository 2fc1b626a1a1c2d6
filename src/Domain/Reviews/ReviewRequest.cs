using CarePlanGraph.Domain.Common;
using CarePlanGraph.Domain.People;
using CarePlanGraph.Domain.Plans;

namespace CarePlanGraph.Domain.Reviews;

/// <summary>
/// A request for a review at any time (R21), by the person, a carer, their advocate, a provider or the council, on
/// one or more grounds with details. The council decides it (R29): accepting opens a review (or joins the one under
/// way); declining carries reasons, and the requester is told.
/// </summary>
public sealed class ReviewRequest : IPersonRecord, IPlanRecord
{
    public const int MaxTextLength = 4000;

    private readonly List<ReviewGround> _grounds = [];

    private ReviewRequest()
    {
        Details = string.Empty;
        RequestedBySubject = string.Empty;
        RequestedByName = string.Empty;
    }

    private ReviewRequest(CarePlan plan, IEnumerable<ReviewGround> grounds, string details, Actor actor, DateTimeOffset now)
    {
        Id = Id<ReviewRequest>.New();
        PlanId = plan.Id;
        PersonId = plan.PersonId;
        _grounds.AddRange(grounds);
        Details = details;
        RequestedBySubject = actor.Subject;
        RequestedByName = actor.Name;
        RequestedByRole = actor.Role;
        RequestedAt = now;
        Status = ReviewRequestStatus.Pending;
    }

    public Id<ReviewRequest> Id { get; private set; }

    public Id<CarePlan> PlanId { get; private set; }

    public Id<Person> PersonId { get; private set; }

    /// <summary>Why a review is asked for, in <see cref="ReviewGround"/> order.</summary>
    public IReadOnlyList<ReviewGround> Grounds => _grounds;

    public string Details { get; private set; }

    public string RequestedBySubject { get; private set; }

    public string RequestedByName { get; private set; }

    public ActorRole RequestedByRole { get; private set; }

    public DateTimeOffset RequestedAt { get; private set; }

    public ReviewRequestStatus Status { get; private set; }

    public string? DecidedByName { get; private set; }

    public DateTimeOffset? DecidedAt { get; private set; }

    /// <summary>Why the council declined it (R21); set only on a decline.</summary>
    public string? DeclineReasons { get; private set; }

    /// <summary>The review the accepted request led to.</summary>
    public Id<Review>? ReviewId { get; private set; }

    /// <summary>
    /// R21: asks for a review of a plan whose support is in place. Support planners help write plans and do not ask
    /// for reviews themselves; only council staff can give <see cref="ReviewGround.CouncilRequest"/>.
    /// </summary>
    public static Result<ReviewRequest> Create(CarePlan plan, IReadOnlyCollection<ReviewGround> grounds, string details, Actor actor, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(grounds);
        ArgumentNullException.ThrowIfNull(actor);
        if (!CanRequest(actor.Role))
        {
            return Result<ReviewRequest>.Fail(new ActorNotPermittedError(actor.Role, "ask for a review; the person, their carers or advocate, a provider or the council can"));
        }

        if (plan.Status is not (PlanStatus.Active or PlanStatus.UnderReview))
        {
            return Result<ReviewRequest>.Fail(new InvalidTransitionError(plan.Status, "reviewed until its support is in place"));
        }

        var errors = new List<DomainError>();
        var distinct = grounds.Distinct().Order().ToArray();
        if (distinct.Any(g => !Enum.IsDefined(g)))
        {
            throw new ArgumentOutOfRangeException(nameof(grounds), "Unknown review ground.");
        }

        if (distinct.Length == 0)
        {
            errors.Add(new NoReviewGroundsError());
        }

        if (distinct.Contains(ReviewGround.CouncilRequest) && !actor.Role.IsCouncilRole())
        {
            errors.Add(new ActorNotPermittedError(actor.Role, "give \"the council requests it\" as a ground; only council staff can"));
        }

        errors.AddRange(FreeText.Require(details, "details", MaxTextLength));
        if (errors.Count > 0)
        {
            return Result<ReviewRequest>.Fail(errors);
        }

        var request = new ReviewRequest(plan, distinct, details.Trim(), actor, now);
        plan.NoteReviewEvent(PlanEventKind.ReviewRequested, actor, now, "Grounds: " + string.Join(", ", distinct.Select(Describe)) + ".");
        return Result<ReviewRequest>.Ok(request);
    }

    /// <summary>
    /// R21, R29: the Key Worker (or an administrator) accepts the request. With no review under way one is opened
    /// for <paramref name="reviewOn"/> (today when not given) and the plan becomes UNDER_REVIEW; otherwise the request
    /// joins the review under way, which must be passed as <paramref name="openReview"/>.
    /// </summary>
    public Result<Review> Accept(CarePlan plan, Review? openReview, DateOnly? reviewOn, Actor actor, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(actor);
        EnsureOwnPlan(plan);
        if (CheckDecision(actor) is { } refusal)
        {
            return Result<Review>.Fail(refusal);
        }

        if (plan.OpenReviewId is { } openId)
        {
            if (openReview is null || openReview.Id != openId)
            {
                throw new ArgumentException("The plan has a review under way; pass it.", nameof(openReview));
            }

            Decided(ReviewRequestStatus.Accepted, actor, now, openReview.Id);
            plan.NoteReviewEvent(PlanEventKind.ReviewRequestAccepted, actor, now, $"The request from {RequestedByName} joins the review under way.");
            return Result<Review>.Ok(openReview);
        }

        var date = reviewOn ?? Review.Today(now);
        if (Review.CheckCanOpen(plan, date, now).ToArray() is { Length: > 0 } errors)
        {
            return Result<Review>.Fail(errors);
        }

        plan.NoteReviewEvent(PlanEventKind.ReviewRequestAccepted, actor, now, $"The request from {RequestedByName} is accepted; the review is on {date:yyyy-MM-dd}.");
        var review = Review.Open(plan, ReviewKind.Requested, date, actor, now).Value!;
        Decided(ReviewRequestStatus.Accepted, actor, now, review.Id);
        return Result<Review>.Ok(review);
    }

    /// <summary>R21, R29: the Key Worker (or an administrator) declines the request, with reasons the requester is told.</summary>
    public Result Decline(CarePlan plan, string reasons, Actor actor, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(actor);
        EnsureOwnPlan(plan);
        if (CheckDecision(actor) is { } refusal)
        {
            return Result.Fail(refusal);
        }

        if (FreeText.Require(reasons, "reasons", MaxTextLength).ToArray() is { Length: > 0 } errors)
        {
            return Result.Fail(errors);
        }

        DeclineReasons = reasons.Trim();
        Decided(ReviewRequestStatus.Declined, actor, now, null);
        plan.NoteReviewEvent(PlanEventKind.ReviewRequestDeclined, actor, now, $"Told {RequestedByName} the review request was declined because: {DeclineReasons}");
        return Result.Success;
    }

    private static bool CanRequest(ActorRole role) =>
        role is ActorRole.Person or ActorRole.Helper or ActorRole.Advocate or ActorRole.Provider || role.IsCouncilRole();

    private DomainError? CheckDecision(Actor actor)
    {
        if (!actor.Role.CanDecidePlans())
        {
            return new ActorNotPermittedError(actor.Role, "decide a review request; the Key Worker does (R29)");
        }

        return Status != ReviewRequestStatus.Pending ? new ReviewRequestAlreadyDecidedError(Status) : null;
    }

    private void Decided(ReviewRequestStatus status, Actor actor, DateTimeOffset now, Id<Review>? reviewId)
    {
        Status = status;
        DecidedByName = actor.Name;
        DecidedAt = now;
        ReviewId = reviewId;
    }

    private void EnsureOwnPlan(CarePlan plan)
    {
        if (plan.Id != PlanId)
        {
            throw new ArgumentException("This request is about another plan.", nameof(plan));
        }
    }

    private static string Describe(ReviewGround ground) => ground switch
    {
        ReviewGround.NeedsChanged => "needs have changed",
        ReviewGround.SupportNoLongerMeetsNeeds => "the support no longer meets needs",
        ReviewGround.MajorChangeWanted => "a major change is wanted",
        ReviewGround.UnmanageableRisks => "there are unmanageable risks",
        ReviewGround.CouncilRequest => "the council requests it",
        _ => throw new ArgumentOutOfRangeException(nameof(ground), ground, "Unknown review ground."),
    };
}
