using System.ComponentModel;
using CarePlanGraph.Domain.Common;

namespace CarePlanGraph.Domain.Reviews;

/// <summary>A review cannot be arranged for a day that has passed.</summary>
[Description("A review cannot be held on a day that has passed; choose today or later.")]
public sealed record ReviewDateInPastError(
    [property: Description("The day given.")] DateOnly ReviewOn,
    [property: Description("Today, the earliest day allowed.")] DateOnly Today)
    : DomainError("REVIEW_DATE_IN_PAST", $"The review date {ReviewOn:yyyy-MM-dd} has passed; choose today ({Today:yyyy-MM-dd}) or later.");
