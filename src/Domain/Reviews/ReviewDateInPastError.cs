using CarePlanGraph.Domain.Common;

namespace CarePlanGraph.Domain.Reviews;

/// <summary>A review cannot be arranged for a day that has passed.</summary>
public sealed record ReviewDateInPastError(DateOnly ReviewOn, DateOnly Today)
    : DomainError("REVIEW_DATE_IN_PAST", $"The review date {ReviewOn:yyyy-MM-dd} has passed; choose today ({Today:yyyy-MM-dd}) or later.");
