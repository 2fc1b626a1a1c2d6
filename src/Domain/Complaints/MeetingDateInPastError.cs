using System.ComponentModel;
using CarePlanGraph.Domain.Common;

namespace CarePlanGraph.Domain.Complaints;

/// <summary>R17: a meeting with all key staff cannot be arranged for a day that has passed.</summary>
[Description("R17: a meeting cannot be arranged for a day that has passed.")]
public sealed record MeetingDateInPastError(
    [property: Description("The day given.")] DateOnly MeetingOn,
    [property: Description("Today, the earliest day allowed.")] DateOnly Today)
    : DomainError("MEETING_DATE_IN_PAST", $"The meeting date {MeetingOn:yyyy-MM-dd} has passed; choose today ({Today:yyyy-MM-dd}) or later.");
