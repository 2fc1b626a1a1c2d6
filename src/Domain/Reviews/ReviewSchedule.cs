namespace CarePlanGraph.Domain.Reviews;

/// <summary>
/// When reviews fall due (R20). The first review is 6 to 12 weeks after support is in place (see
/// <see cref="Plans.FirstReviewWindow"/>); after each completed review the next planned one is a year later. A plan
/// paid for by Direct Payment also has the Direct Payment reviewed within 6 months of support starting (DP regulations
/// 2014, reg. 7): that review is pending until a review after the first one is completed (the first looks at whether
/// the support meets needs before the payment has run long), or the first one is itself held on or after the date.
/// </summary>
public static class ReviewSchedule
{
    /// <summary>Months from a completed review to the next planned one.</summary>
    public const int AnnualIntervalMonths = 12;

    /// <summary>Months from support starting within which a Direct Payment is reviewed.</summary>
    public const int DirectPaymentReviewMonths = 6;

    /// <summary>The next planned review after one completed on <paramref name="completedOn"/>.</summary>
    public static DateOnly NextAnnual(DateOnly completedOn) => completedOn.AddMonths(AnnualIntervalMonths);

    /// <summary>When the Direct Payment review is due for support that started on <paramref name="startedOn"/>.</summary>
    public static DateOnly DirectPaymentReviewDue(DateOnly startedOn) => startedOn.AddMonths(DirectPaymentReviewMonths);

    /// <summary>The earlier of two due dates, either of which may be absent.</summary>
    public static DateOnly? Earliest(DateOnly? first, DateOnly? second) =>
        first is { } a && second is { } b ? (a <= b ? a : b) : first ?? second;
}
