using CarePlanGraph.Api.Changes;
using CarePlanGraph.Api.Graph.Mutations;
using CarePlanGraph.Api.Graph.Types;
using CarePlanGraph.Api.Identity;
using CarePlanGraph.Api.Plans.Errors;
using CarePlanGraph.Domain.Common;
using CarePlanGraph.Domain.Plans;
using GraphQL.Types;
using Microsoft.Extensions.Options;

namespace CarePlanGraph.Api.Plans.Mutations;

/// <summary>After agreement: revising the agreed plan (R18) and putting its support in place (R19, R20).</summary>
public static class PlanLifecycleMutations
{
    public static void AddTo(ObjectGraphType mutation)
    {
        mutation.Mutation<PlanChange>(
                "startRevision",
                "Opens a new draft version of an agreed plan (R07, R18), copying the answers, items, helpers and risk mitigations of the version in force (not its confirmations or decisions). "
                + "The agreed version stays in force until the revision is agreed; if it is declined, it still does. You are the revision's author.")
            .Input("The plan to revise and why.", input =>
            {
                ChangeInputFields.PlanId(input);
                input.Field<PlanPreparedByType>("preparedBy").Description("Who is preparing the revision (R06); left out, the same as the version in force.");
                input.Field<StringGraphType>("reason").Description("Why the plan is being revised, recorded in its history. At most 4,000 characters.");
            })
            .Payload("The plan with its new draft.", payload => PlanMutationFields.PlanAndVersion(payload, "The new draft version: now the plan's `currentVersion`."))
            .Errors([.. PlanErrorTypes.Targeting, typeof(InvalidTransitionError), typeof(TextTooLongError)])
            .Resolve<StartRevisionInput, ChangeRunner>((runner, input, cancellationToken) => runner.OnPlanAsync(input.PlanId, PlanPermission.StartRevision, null, change =>
            {
                var plan = change.Plan;
                if (FreeText.Limit(input.Reason, "reason", PlanEvent.MaxReasonLength).ToArray() is { Length: > 0 } tooLong)
                {
                    return Result<PlanChange>.Fail(tooLong);
                }

                var preparedBy = input.PreparedBy ?? (plan.AgreedVersion ?? plan.CurrentVersion).PreparedBy;
                return plan.StartRevision(preparedBy, change.Actor, change.Now, input.Reason).Map(revision => new PlanChange(plan) { Version = revision });
            }, cancellationToken));

        mutation.Mutation<PlanChange>(
                "withdrawRevision",
                "Drops the revision of an agreed plan being worked on or considered (R18): a draft, a submitted revision, or one the council did not agree (CHANGES_REQUIRED). "
                + "The person, their support planner or the Key Worker (or an administrator) may. The revision becomes WITHDRAWN and stays on record; the version in force stays in force, "
                + "the plan keeps its status (AGREED, ACTIVE or UNDER_REVIEW), subscribers hear of it, and a new revision can be started with `startRevision`. "
                + "A first plan, never agreed, cannot be withdrawn (the council ends it instead).")
            .Input("The plan whose revision to withdraw, and why.", input =>
            {
                ChangeInputFields.PlanTarget(input);
                input.Field<StringGraphType>("reason").Description("Why the revision is withdrawn, recorded in the plan's history (which providers see: keep it short and factual). At most 4,000 characters.");
            })
            .Payload("The plan, with the version in force current again.", payload => PlanMutationFields.PlanAndVersion(payload, "The revision withdrawn (status WITHDRAWN)."))
            .Errors([.. PlanErrorTypes.Targeting, typeof(ActorNotPermittedError), typeof(InvalidTransitionError), typeof(TextTooLongError)])
            .Resolve<WithdrawRevisionInput, ChangeRunner>((runner, input, cancellationToken) => runner.OnPlanAsync(input.PlanId, PlanPermission.WithdrawRevision, input.ExpectedRevision, change =>
            {
                var plan = change.Plan;
                var revision = plan.CurrentVersion;
                return plan.WithdrawRevision(input.Reason, change.Actor, change.Now, input.ExpectedRevision).Map(() => new PlanChange(plan) { Version = revision });
            }, cancellationToken));

        mutation.Mutation<PlanChange>(
                "markSupportInPlace",
                "Records that the agreed support is in place (R19): the plan becomes ACTIVE, its first review is scheduled 6 to 12 weeks later (R20) and the Key Worker's check-in within 2 weeks (R32, `nextCheckInDue`). "
                + "Council staff or the support planner helping the person may record it.")
            .Input("When the support was in place, and optionally when the first review is due.", input =>
            {
                ChangeInputFields.PlanId(input);
                input.Field<NonNullGraphType<DateType>>("inPlaceOn").Description("The day the support was in place; not before the plan was agreed, and not after today.");
                input.Field<DateType>("firstReviewDue").Description("When the first review is due: 6 to 12 weeks after `inPlaceOn`. Left out, 12 weeks after.");
            })
            .Payload("The plan with its support in place.", payload => PlanMutationFields.PlanAndVersion(payload, "The version in force."))
            .Errors([.. PlanErrorTypes.Targeting, typeof(ActorNotPermittedError), typeof(InvalidTransitionError), typeof(SupportInPlaceBeforeAgreementError), typeof(SupportInPlaceInFutureError), typeof(ReviewDateOutsideWindowError)])
            .Resolve<MarkSupportInPlaceInput, ChangeRunner, IOptions<ReviewScheduleOptions>>((runner, schedule, input, cancellationToken) => runner.OnPlanAsync(input.PlanId, PlanPermission.MarkSupportInPlace, null, change =>
            {
                var plan = change.Plan;
                return plan.MarkSupportInPlace(input.InPlaceOn, input.FirstReviewDue, change.Actor, change.Now, schedule.Value.Window, schedule.Value.CheckIn)
                    .Map(() => new PlanChange(plan) { Version = plan.AgreedVersion });
            }, cancellationToken));
    }
}
