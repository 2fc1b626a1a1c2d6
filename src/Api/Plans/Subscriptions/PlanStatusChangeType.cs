using CarePlanGraph.Api.Audit;
using CarePlanGraph.Api.Events;
using CarePlanGraph.Api.Graph.Authorization;
using CarePlanGraph.Api.Graph.Execution;
using CarePlanGraph.Api.Graph.Relay;
using CarePlanGraph.Api.Graph.Types;
using CarePlanGraph.Api.Identity;
using CarePlanGraph.Api.People;
using CarePlanGraph.Domain.Common;
using CarePlanGraph.Domain.Plans;
using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace CarePlanGraph.Api.Plans.Subscriptions;

public sealed class PlanStatusChangeType : ObjectGraphType<PlanStatusChanged>
{
    /// <summary>The longest <c>reason</c> sent with a change; the full text stays in the plan's history.</summary>
    public const int MaxReasonLength = 500;

    public PlanStatusChangeType()
    {
        Name = "PlanStatusChange";
        Description = "A plan's status changed, or a version of it was agreed or declined (`kind` AGREED or DECLINED), even when the status stayed as it was, e.g. a revision of an ACTIVE plan (R18): sent to every subscriber who may see the plan, once the change is saved, in the order the plan's changes were made.";
        Field<NonNullGraphType<IdGraphType>>("eventId")
            .Description("Identifies the change: one change, one event. The same change is never sent twice on one subscription.")
            .Resolve().WithService<AuditTrail>().Resolve(Read(change => NodeId.Encode("PlanEvent", change.EventId)));
        Field<NonNullGraphType<CarePlanType>>("plan")
            .Description("The plan as it is now, read when the event is delivered, with what you may see of it.")
            .Resolve()
            .WithService<AccessScope>()
            .ResolveAsync(async (c, scope) =>
            {
                var plans = await scope.PlansAsync(c.CancellationToken).ConfigureAwait(false);
                var planId = new Id<CarePlan>(c.Source.PlanId);
                return await plans.AsNoTracking().FirstOrDefaultAsync(p => p.Id == planId, c.CancellationToken).ConfigureAwait(false)
                    ?? throw new ExecutionError("This plan is no longer one you may see.") { Code = "AUTH_FORBIDDEN" };
            });
        Field<NonNullGraphType<PlanStatusType>>("previousStatus").Description("The plan's status before the change.").Resolve().WithService<AuditTrail>().Resolve(Read(change => change.FromStatus));
        Field<NonNullGraphType<PlanStatusType>>("newStatus").Description("The plan's status after the change; the same as `previousStatus` when a decision left the status as it was.").Resolve().WithService<AuditTrail>().Resolve(Read(change => change.ToStatus));
        Field<NonNullGraphType<PlanEventKindType>>("kind").Description("What happened: submitted, agreed, declined, support in place …").Resolve().WithService<AuditTrail>().Resolve(Read(change => change.Kind));
        Field<NonNullGraphType<IntGraphType>>("versionNumber").Description("The number of the plan version the change happened to.").Resolve().WithService<AuditTrail>().Resolve(Read(change => change.VersionNumber));
        Field<NonNullGraphType<DateTimeType>>("occurredAt").Description("When the change was made.").Resolve().WithService<AuditTrail>().Resolve(Read(change => change.OccurredAt));
        Field<NonNullGraphType<ActorRoleType>>("actorRole").Description("The role of whoever made the change (not their name).").Resolve().WithService<AuditTrail>().Resolve(Read(change => change.ActorRole));
        Field<StringGraphType>("reason")
            .Policy(FieldPolicies.NotForProviders)
            .Description($"Why, where the change has a reason, e.g. a decline's reasons; at most {MaxReasonLength} characters (the full text is in the plan's `history`). Not for providers (R27): it can hold an officer's decision notes.")
            .Resolve().WithService<AuditTrail>().Resolve(Read(change => Shorten(change.Reason)));
        Field<NonNullGraphType<IntGraphType>>("sequence")
            .Description("The change's position in the plan's history: each later change of the plan has a higher number, so events can be put in order.")
            .Resolve().WithService<AuditTrail>().Resolve(Read(change => change.Sequence));
    }

    /// <summary>Any field of a change tells something of the person's plan: it counts as a read of their record (R30).</summary>
    private static Func<IResolveFieldContext<PlanStatusChanged>, AuditTrail, object?> Read(Func<PlanStatusChanged, object?> value) =>
        (context, trail) =>
        {
            trail.RecordPlanRead(new Id<CarePlan>(context.Source.PlanId));
            return value(context.Source);
        };

    private static string? Shorten(string? reason) =>
        reason is { Length: > MaxReasonLength } ? string.Concat(reason.AsSpan(0, MaxReasonLength - 1), "…") : reason;
}
