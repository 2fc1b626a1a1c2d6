using CarePlanGraph.Domain.Common;
using CarePlanGraph.Domain.People;
using CarePlanGraph.Domain.Plans;
using CarePlanGraph.Domain.Reviews;

namespace CarePlanGraph.Domain.CheckIns;

/// <summary>
/// R32 [A]: "once your support is in place, your Key Worker will contact you to check how you are doing and if any
/// changes need to be made to your support". Scheduled when support is in place (<see cref="CarePlan.NextCheckInDue"/>),
/// recorded here by the Key Worker (or an administrator). When changes are needed the Key Worker may ask for a review
/// in the same step: a <see cref="ReviewRequest"/> made by the council (R21).
/// </summary>
public sealed class CheckIn : IPersonRecord, IPlanRecord
{
    public const int MaxTextLength = 4000;

    private CheckIn()
    {
        HowThePersonIsDoing = string.Empty;
        RecordedBySubject = string.Empty;
        RecordedByName = string.Empty;
    }

    private CheckIn(CarePlan plan, CheckInDetails details, ReviewRequest? reviewRequest, Actor actor, DateTimeOffset now)
    {
        Id = Id<CheckIn>.New();
        PlanId = plan.Id;
        PersonId = plan.PersonId;
        WasDueOn = plan.NextCheckInDue;
        OccurredAt = details.OccurredAt;
        HowThePersonIsDoing = details.HowThePersonIsDoing.Trim();
        ChangesNeeded = details.ChangesNeeded;
        ReviewRequestId = reviewRequest?.Id;
        RecordedBySubject = actor.Subject;
        RecordedByName = actor.Name;
        RecordedAt = now;
    }

    public Id<CheckIn> Id { get; private set; }

    public Id<CarePlan> PlanId { get; private set; }

    public Id<Person> PersonId { get; private set; }

    /// <summary>The scheduled check-in this one met, if one was due when it was recorded.</summary>
    public DateOnly? WasDueOn { get; private set; }

    /// <summary>When the Key Worker spoke with the person.</summary>
    public DateTimeOffset OccurredAt { get; private set; }

    public string HowThePersonIsDoing { get; private set; }

    /// <summary>Whether changes to the support are needed.</summary>
    public bool ChangesNeeded { get; private set; }

    /// <summary>The review the Key Worker asked for in the same step, if they did.</summary>
    public Id<ReviewRequest>? ReviewRequestId { get; private set; }

    public string RecordedBySubject { get; private set; }

    public string RecordedByName { get; private set; }

    public DateTimeOffset RecordedAt { get; private set; }

    /// <summary>
    /// R32: the Key Worker (or an administrator) records a check-in on a plan whose support is in place, at a time not
    /// after <paramref name="now"/>. With review grounds (only when changes are needed) a review request is made by the
    /// council in the same step (R21); it is to be added to the store with the check-in. Every refusal at once.
    /// </summary>
    public static Result<RecordedCheckIn> Record(CarePlan plan, CheckInDetails details, Actor actor, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(details);
        ArgumentNullException.ThrowIfNull(actor);
        if (!actor.Role.CanDecidePlans())
        {
            return Result<RecordedCheckIn>.Fail(new ActorNotPermittedError(actor.Role, "record a check-in; the person's Key Worker does"));
        }

        if (plan.Status is not (PlanStatus.Active or PlanStatus.UnderReview))
        {
            return Result<RecordedCheckIn>.Fail(new InvalidTransitionError(plan.Status, "checked in on until its support is in place"));
        }

        var errors = FreeText.Require(details.HowThePersonIsDoing, "howThePersonIsDoing", MaxTextLength).ToList();
        if (details.OccurredAt > now)
        {
            errors.Add(new CheckInInFutureError(details.OccurredAt, now));
        }

        var grounds = details.ReviewGrounds ?? [];
        if (grounds.Count > 0 && !details.ChangesNeeded)
        {
            errors.Add(new ReviewWithoutChangesError());
        }

        if (errors.Count > 0)
        {
            return Result<RecordedCheckIn>.Fail(errors);
        }

        ReviewRequest? request = null;
        if (grounds.Count > 0)
        {
            var requested = ReviewRequest.Create(plan, grounds, $"Check-in on {details.OccurredAt:yyyy-MM-dd}: {details.HowThePersonIsDoing.Trim()}", actor, now);
            if (!requested.Succeeded)
            {
                return Result<RecordedCheckIn>.Fail(requested.Errors);
            }

            request = requested.Value;
        }

        var checkIn = new CheckIn(plan, details, request, actor, now);
        plan.NoteCheckIn(checkIn.OccurredAt, actor, now);
        return Result<RecordedCheckIn>.Ok(new RecordedCheckIn(checkIn, request));
    }
}

/// <summary>A check-in just recorded, and the review request made with it, if one was.</summary>
public sealed record RecordedCheckIn(CheckIn CheckIn, ReviewRequest? ReviewRequest);
