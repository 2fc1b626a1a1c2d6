using CarePlanGraph.Domain.CheckIns;
using CarePlanGraph.Domain.Common;

namespace CarePlanGraph.Domain.Plans;

/// <summary>The plan's side of the Key Worker's check-in (R19, R32): when it is due, and noting it once recorded.</summary>
public sealed partial class CarePlan
{
    /// <summary>R32: when the Key Worker's check-in is due, from support being in place until a check-in is recorded.</summary>
    public DateOnly? NextCheckInDue { get; private set; }

    /// <summary>R32: support is (again) in place, so the Key Worker is to check in within the schedule.</summary>
    private void ScheduleCheckInFrom(DateOnly inPlaceOn, CheckInSchedule schedule) => NextCheckInDue = schedule.DueDate(inPlaceOn);

    /// <summary>
    /// R32: a check-in was recorded, so none is due until support is put in place again. The history says only that it
    /// happened: what the person said stays on the check-in, which providers and planners do not see (R27).
    /// </summary>
    internal void NoteCheckIn(DateTimeOffset occurredAt, Actor actor, DateTimeOffset now)
    {
        NextCheckInDue = null;
        Record(PlanEventKind.CheckInRecorded, Status, Status, actor, now, $"The Key Worker checked in with the person on {occurredAt:yyyy-MM-dd}.");
    }
}
