using System.ComponentModel;
using CarePlanGraph.Domain.Common;

namespace CarePlanGraph.Domain.Plans;

/// <summary>The first review date given is outside the window after support is in place (R19, R20).</summary>
[Description("R19, R20: the first review must fall 6 to 12 weeks after support is in place. Pick a date from `earliest` to `latest`, or leave `firstReviewDue` out to take `latest`.")]
public sealed record ReviewDateOutsideWindowError(
    [property: Description("The date given.")] DateOnly FirstReviewDue,
    [property: Description("The earliest allowed first review date.")] DateOnly Earliest,
    [property: Description("The latest allowed first review date.")] DateOnly Latest)
    : DomainError("REVIEW_DATE_OUTSIDE_WINDOW", $"The first review must be due between {Earliest:yyyy-MM-dd} and {Latest:yyyy-MM-dd}, not {FirstReviewDue:yyyy-MM-dd}.");
