using CarePlanGraph.Domain.CheckIns;
using CarePlanGraph.Domain.Plans;

namespace CarePlanGraph.Api.Plans;

/// <summary>
/// When the first review falls after support is in place (configuration section "Reviews"). The council's page says
/// 6 to 12 weeks [A]; a council may narrow the window, never widen it. The Key Worker's check-in (R32) is scheduled
/// from the same day. Checked at start-up.
/// </summary>
public sealed class ReviewScheduleOptions
{
    public const string Section = "Reviews";

    public int FirstReviewEarliestWeeks { get; set; } = FirstReviewWindow.ShortestWeeks;

    public int FirstReviewLatestWeeks { get; set; } = FirstReviewWindow.LongestWeeks;

    /// <summary>
    /// R32: the Key Worker's check-in is due this many days after support is in place. Page [A] gives no interval; 14
    /// (within 2 weeks) by default, from 1 to 42 (before the first review could be held).
    /// </summary>
    public int CheckInWithinDays { get; set; } = CheckInSchedule.DefaultDays;

    public bool IsValid => FirstReviewEarliestWeeks >= FirstReviewWindow.ShortestWeeks
        && FirstReviewLatestWeeks <= FirstReviewWindow.LongestWeeks
        && FirstReviewEarliestWeeks <= FirstReviewLatestWeeks
        && CheckInWithinDays is >= CheckInSchedule.ShortestDays and <= CheckInSchedule.LongestDays;

    public FirstReviewWindow Window => new(FirstReviewEarliestWeeks, FirstReviewLatestWeeks);

    public CheckInSchedule CheckIn => new(CheckInWithinDays);
}
