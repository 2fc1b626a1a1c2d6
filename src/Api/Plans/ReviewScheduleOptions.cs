using CarePlanGraph.Domain.Plans;

namespace CarePlanGraph.Api.Plans;

/// <summary>
/// When the first review falls after support is in place (configuration section "Reviews"). The council's page says
/// 6 to 12 weeks [A]; a council may narrow the window, never widen it. Checked at start-up.
/// </summary>
public sealed class ReviewScheduleOptions
{
    public const string Section = "Reviews";

    public int FirstReviewEarliestWeeks { get; set; } = FirstReviewWindow.ShortestWeeks;

    public int FirstReviewLatestWeeks { get; set; } = FirstReviewWindow.LongestWeeks;

    public bool IsValid => FirstReviewEarliestWeeks >= FirstReviewWindow.ShortestWeeks
        && FirstReviewLatestWeeks <= FirstReviewWindow.LongestWeeks
        && FirstReviewEarliestWeeks <= FirstReviewLatestWeeks;

    public FirstReviewWindow Window => new(FirstReviewEarliestWeeks, FirstReviewLatestWeeks);
}
