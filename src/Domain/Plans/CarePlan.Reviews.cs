using CarePlanGraph.Domain.Common;
using CarePlanGraph.Domain.Reviews;

namespace CarePlanGraph.Domain.Plans;

/// <summary>The plan's side of reviews (R20–R22): when they fall due, and ACTIVE → UNDER_REVIEW → ACTIVE.</summary>
public sealed partial class CarePlan
{
    /// <summary>The review under way, while the plan is UNDER_REVIEW.</summary>
    public Id<Review>? OpenReviewId { get; private set; }

    /// <summary>When the first review since support was (last) put in place was completed.</summary>
    public DateOnly? FirstReviewCompletedOn { get; private set; }

    /// <summary>When the last review was completed.</summary>
    public DateOnly? LastReviewCompletedOn { get; private set; }

    /// <summary>The day support paid for by Direct Payment was first in place.</summary>
    public DateOnly? DirectPaymentStartedOn { get; private set; }

    /// <summary>R20 [DP regs reg. 7]: when the Direct Payment review is due, while it is still to be held.</summary>
    public DateOnly? DirectPaymentReviewDue { get; private set; }

    /// <summary>Which planned review is due next (R20): the first, the Direct Payment review, or the annual one.</summary>
    public ReviewKind DueReviewKind => FirstReviewCompletedOn is null
        ? ReviewKind.First
        : DirectPaymentReviewDue is { } dp && (NextReviewDue is not { } next || dp <= next) ? ReviewKind.DirectPayment : ReviewKind.Annual;

    /// <summary>
    /// R20: support is (again) in place, so its first review is due in the window; support paid for by Direct Payment
    /// for the first time also has its Direct Payment review due within 6 months.
    /// </summary>
    private void ScheduleReviewsFrom(DateOnly inPlaceOn)
    {
        FirstReviewCompletedOn = null;
        var paysByDirectPayment = AgreedVersion?.SupportItems.Any(i => i.Arrangement is { } arrangement && arrangement.IsPaidByDirectPayment()) == true;
        if (paysByDirectPayment && DirectPaymentStartedOn is null)
        {
            DirectPaymentStartedOn = inPlaceOn;
            DirectPaymentReviewDue = ReviewSchedule.DirectPaymentReviewDue(inPlaceOn);
        }

        NextReviewDue = ReviewSchedule.Earliest(NextReviewDue, DirectPaymentReviewDue);
    }

    /// <summary>A review event that leaves the status as it is.</summary>
    internal void NoteReviewEvent(PlanEventKind kind, Actor actor, DateTimeOffset now, string? reason) =>
        Record(kind, Status, Status, actor, now, reason);

    /// <summary>ACTIVE → UNDER_REVIEW: <paramref name="review"/> is now under way.</summary>
    internal void BeginReview(Review review, Actor actor, DateTimeOffset now)
    {
        OpenReviewId = review.Id;
        var due = NextReviewDue is { } date ? $", due by {date:yyyy-MM-dd}" : string.Empty;
        Record(PlanEventKind.ReviewStarted, Status, PlanStatus.UnderReview, actor, now, $"{Describe(review.Kind)}{due}, on {review.ReviewOn:yyyy-MM-dd}.");
    }

    /// <summary>
    /// UNDER_REVIEW → ACTIVE once both parties signed (R22), and the next review scheduled (R20): a year after this
    /// one, or the Direct Payment review if that is due sooner. A review after the first (or a first one held once the
    /// Direct Payment review was due) counts as the Direct Payment review.
    /// </summary>
    internal void FinishReview(Review review, DateOnly completedOn, Actor actor, DateTimeOffset now)
    {
        var wasFirst = FirstReviewCompletedOn is null;
        FirstReviewCompletedOn ??= completedOn;
        if (DirectPaymentReviewDue is { } dp && (!wasFirst || completedOn >= dp))
        {
            DirectPaymentReviewDue = null;
        }

        LastReviewCompletedOn = completedOn;
        NextReviewDue = ReviewSchedule.Earliest(ReviewSchedule.NextAnnual(completedOn), DirectPaymentReviewDue);
        OpenReviewId = null;

        // A revision agreed while the review was open leaves the plan UNDER_REVIEW, so it returns to ACTIVE here too.
        var to = Status == PlanStatus.UnderReview ? PlanStatus.Active : Status;
        Record(PlanEventKind.ReviewCompleted, Status, to, actor, now,
            $"{Describe(review.Kind)} signed by the person and the Key Worker; next review due by {NextReviewDue:yyyy-MM-dd}.");
    }

    private static string Describe(ReviewKind kind) => kind switch
    {
        ReviewKind.First => "First review",
        ReviewKind.DirectPayment => "Direct Payment review",
        ReviewKind.Annual => "Annual review",
        ReviewKind.Requested => "Requested review",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown review kind."),
    };
}
