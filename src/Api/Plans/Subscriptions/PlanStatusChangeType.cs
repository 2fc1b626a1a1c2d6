using CarePlanGraph.Api.Audit;
using CarePlanGraph.Api.Events;
using CarePlanGraph.Api.Graph.Authorization;
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
        Description = "A plan's status changed: sent to every subscriber who may see the plan, once the change is saved, in the order the plan's changes were made.";
        Field<NonNullGraphType<IdGraphType>>("eventId")
            .Description("Identifies the change: one change, one event. The same change is never sent twice on one subscription.")
            .Resolve(c => Read(c, NodeId.Encode("PlanEvent", c.Source.EventId)));
        Field<NonNullGraphType<CarePlanType>>("plan")
            .Description("The plan as it is now, read when the event is delivered, with what you may see of it.")
            .ResolveAsync(async c =>
            {
                var plans = await c.RequestServices!.GetRequiredService<AccessScope>().PlansAsync(c.CancellationToken).ConfigureAwait(false);
                var planId = new Id<CarePlan>(c.Source.PlanId);
                return await plans.AsNoTracking().FirstOrDefaultAsync(p => p.Id == planId, c.CancellationToken).ConfigureAwait(false)
                    ?? throw new ExecutionError("This plan is no longer one you may see.") { Code = "AUTH_FORBIDDEN" };
            });
        Field<NonNullGraphType<PlanStatusType>>("previousStatus").Description("The plan's status before the change.").Resolve(c => Read(c, c.Source.FromStatus));
        Field<NonNullGraphType<PlanStatusType>>("newStatus").Description("The plan's status after the change.").Resolve(c => Read(c, c.Source.ToStatus));
        Field<NonNullGraphType<PlanEventKindType>>("kind").Description("What happened: submitted, agreed, declined, support in place …").Resolve(c => Read(c, c.Source.Kind));
        Field<NonNullGraphType<IntGraphType>>("versionNumber").Description("The number of the plan version the change happened to.").Resolve(c => Read(c, c.Source.VersionNumber));
        Field<NonNullGraphType<DateTimeType>>("occurredAt").Description("When the change was made.").Resolve(c => Read(c, c.Source.OccurredAt));
        Field<NonNullGraphType<ActorRoleType>>("actorRole").Description("The role of whoever made the change (not their name).").Resolve(c => Read(c, c.Source.ActorRole));
        Field<StringGraphType>("reason")
            .Policy(FieldPolicies.NotForProviders)
            .Description($"Why, where the change has a reason, e.g. a decline's reasons; at most {MaxReasonLength} characters (the full text is in the plan's `history`). Not for providers (R27): it can hold an officer's decision notes.")
            .Resolve(c => Read(c, Shorten(c.Source.Reason)));
        Field<NonNullGraphType<IntGraphType>>("sequence")
            .Description("The change's position in the plan's history: each later change of the plan has a higher number, so events can be put in order.")
            .Resolve(c => Read(c, c.Source.Sequence));
    }

    /// <summary>Any field of a change tells something of the person's plan: it counts as a read of their record (R30).</summary>
    private static T Read<T>(IResolveFieldContext<PlanStatusChanged> context, T value)
    {
        context.RequestServices!.GetRequiredService<AuditTrail>().RecordPlanRead(new Id<CarePlan>(context.Source.PlanId));
        return value;
    }

    private static string? Shorten(string? reason) =>
        reason is { Length: > MaxReasonLength } ? string.Concat(reason.AsSpan(0, MaxReasonLength - 1), "…") : reason;
}
