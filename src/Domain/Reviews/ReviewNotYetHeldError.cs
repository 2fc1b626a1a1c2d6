using System.ComponentModel;
using CarePlanGraph.Domain.Common;

namespace CarePlanGraph.Domain.Reviews;

/// <summary>R22: a review's outcome is recorded at or after the review, never before the day it takes place.</summary>
[Description("R22: a review's outcome is recorded once the review has taken place; the review date (`reviewOn`) is still to come. Record the outcome on or after that day.")]
public sealed record ReviewNotYetHeldError(
    [property: Description("The day of the review.")] DateOnly ReviewOn,
    [property: Description("Today, when the outcome was refused.")] DateOnly Today)
    : DomainError("REVIEW_NOT_YET_HELD", $"The review takes place on {ReviewOn:yyyy-MM-dd}; its outcome can be recorded from that day, not before (today is {Today:yyyy-MM-dd}).");
