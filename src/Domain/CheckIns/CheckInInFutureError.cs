using System.ComponentModel;
using CarePlanGraph.Domain.Common;

namespace CarePlanGraph.Domain.CheckIns;

/// <summary>A check-in is recorded as having happened later than now (R32).</summary>
[Description("R32: a check-in is recorded once it has happened. Give the time you spoke with the person, not a time still to come.")]
public sealed record CheckInInFutureError(
    [property: Description("The time given.")] DateTimeOffset OccurredAt,
    [property: Description("The time now, as the council's clock reads it.")] DateTimeOffset Now)
    : DomainError("CHECK_IN_IN_FUTURE", $"A check-in cannot be recorded as happening at {OccurredAt:yyyy-MM-dd HH:mm}, which is after now ({Now:yyyy-MM-dd HH:mm}).");
