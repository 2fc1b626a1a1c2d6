using System.ComponentModel;
using CarePlanGraph.Domain.Common;

namespace CarePlanGraph.Domain.Complaints;

/// <summary>R17: a meeting is recorded as held on a day that has come.</summary>
[Description("R17: a meeting is recorded as held on today or an earlier day, not a day still to come.")]
public sealed record MeetingHeldInFutureError(
    [property: Description("The day given.")] DateOnly HeldOn,
    [property: Description("Today, the latest day allowed.")] DateOnly Today)
    : DomainError("MEETING_HELD_IN_FUTURE", $"The meeting cannot have been held on {HeldOn:yyyy-MM-dd}, which is after today ({Today:yyyy-MM-dd}).");
