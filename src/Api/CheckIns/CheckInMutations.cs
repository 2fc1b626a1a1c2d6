using CarePlanGraph.Api.Changes;
using CarePlanGraph.Api.Graph.Mutations;
using CarePlanGraph.Api.Graph.Types;
using CarePlanGraph.Api.Identity;
using CarePlanGraph.Api.Plans;
using CarePlanGraph.Api.Plans.Errors;
using CarePlanGraph.Api.Reviews;
using CarePlanGraph.Domain.CheckIns;
using CarePlanGraph.Domain.Common;
using CarePlanGraph.Domain.Plans;
using CarePlanGraph.Domain.Reviews;
using GraphQL.Types;

namespace CarePlanGraph.Api.CheckIns;

/// <summary>The Key Worker's check-in once support is in place (R32).</summary>
public static class CheckInMutations
{
    public static void AddTo(ObjectGraphType mutation)
    {
        ArgumentNullException.ThrowIfNull(mutation);
        mutation.Mutation<CheckInChange>(
                "recordCheckIn",
                "The Key Worker (or an administrator) records checking in with the person once their support is in place (R32): when, how the person is doing, and whether changes are needed. "
                + "It meets the check-in that was due (`CarePlan.nextCheckInDue` is cleared). When changes are needed, give `reviewGrounds` to ask for a review in the same step: "
                + "a review request made by the council (R21), to decide with `decideReviewRequest`. Providers, planners and carers do not see check-ins (R27, R33).")
            .Input("The plan and what the check-in found.", input =>
            {
                ChangeInputFields.PlanId(input);
                input.Field<NonNullGraphType<DateTimeType>>("occurredAt").Description("When you spoke with the person; not later than now.");
                input.Field<NonNullGraphType<StringGraphType>>("howThePersonIsDoing").Description("How the person is doing, in plain words. Required, at most 4,000 characters.");
                input.Field<NonNullGraphType<BooleanGraphType>>("changesNeeded").Description("Whether changes to the person's support are needed.");
                input.Field<ListGraphType<NonNullGraphType<ReviewGroundType>>>("reviewGrounds")
                    .Description("Only when `changesNeeded` is true: why a review is needed (e.g. NEEDS_CHANGED). Given, a review request is raised with the council as requester; left out or empty, none is.");
            })
            .Payload("The check-in recorded.", payload =>
            {
                payload.Field<CheckInType>("checkIn").Description("The check-in; null when the mutation was refused.").Resolve(c => c.Source.Value?.CheckIn);
                payload.Field<ReviewRequestType>("reviewRequest").Description("The review request raised with it, PENDING; null when none was asked for or the mutation was refused.").Resolve(c => c.Source.Value?.Request);
                payload.Field<CarePlanType>("plan").Description("The plan; null when the mutation was refused.").Resolve(c => c.Source.Value?.Plan);
            })
            .Errors([typeof(PlanNotFoundError), typeof(ActorNotPermittedError), typeof(InvalidTransitionError), typeof(CheckInInFutureError), typeof(ReviewWithoutChangesError), .. PlanErrorTypes.Text, typeof(EditConflictError)])
            .Resolve<RecordCheckInInput, ChangeRunner>((runner, input, cancellationToken) => runner.OnPlanAsync(input.PlanId, PlanPermission.RecordCheckIn, null, change =>
                CheckIn.Record(change.Plan, new CheckInDetails(input.OccurredAt, input.HowThePersonIsDoing, input.ChangesNeeded, input.ReviewGrounds), change.Actor, change.Now).Map(recorded =>
                {
                    if (recorded.ReviewRequest is { } request)
                    {
                        change.Add(request);
                    }

                    change.Add(recorded.CheckIn);
                    return new CheckInChange(change.Plan, recorded.CheckIn, recorded.ReviewRequest);
                }),
                cancellationToken));
    }
}

/// <summary>What <c>recordCheckIn</c> changed: the plan, the check-in, and the review request raised with it.</summary>
public sealed record CheckInChange(CarePlan Plan, CheckIn CheckIn, ReviewRequest? Request);

public sealed record RecordCheckInInput(Id<CarePlan> PlanId, DateTimeOffset OccurredAt, string HowThePersonIsDoing, bool ChangesNeeded, IReadOnlyList<ReviewGround>? ReviewGrounds);
