using CarePlanGraph.Domain.Common;

namespace CarePlanGraph.Domain.Plans;

/// <summary>The first review date given is outside the window after support is in place (R19, R20).</summary>
public sealed record ReviewDateOutsideWindowError(DateOnly FirstReviewDue, DateOnly Earliest, DateOnly Latest)
    : DomainError("REVIEW_DATE_OUTSIDE_WINDOW", $"The first review must be due between {Earliest:yyyy-MM-dd} and {Latest:yyyy-MM-dd}, not {FirstReviewDue:yyyy-MM-dd}.");
