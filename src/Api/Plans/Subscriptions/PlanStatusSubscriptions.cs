using CarePlanGraph.Api.Events;
using CarePlanGraph.Api.Graph.Execution;
using CarePlanGraph.Api.Graph.Relay;
using CarePlanGraph.Api.Graph.Transport.WebSockets;
using CarePlanGraph.Api.Identity;
using CarePlanGraph.Domain.Common;
using CarePlanGraph.Domain.Plans;
using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace CarePlanGraph.Api.Plans.Subscriptions;

/// <summary>The <c>planStatusChanged</c> subscription (DESIGN §5).</summary>
public static class PlanStatusSubscriptions
{
    public static void AddTo(ObjectGraphType subscription)
    {
        ArgumentNullException.ThrowIfNull(subscription);
        subscription.Field<NonNullGraphType<PlanStatusChangeType>, PlanStatusChanged>("planStatusChanged")
            .Description("Tells you each time a plan's status changes, or a version of it is agreed or declined, once the change is saved. Without `planId`: every plan you may see "
                + "(R26–R28) — a provider its clients' plans, a planner the plans it helps with, a Key Worker their caseload, a person their own; "
                + "who may see what is checked again for every change. Changes to one plan arrive in the order they were made.")
            .Argument<IdGraphType>("planId", "Only this plan (`CarePlan.id`). It must be a plan you may see now.")
            .Resolve()
            .WithService<AccessScope>()
            .WithService<IPlanEventBus>()
            .WithService<AudienceVisibility>()
            .WithService<ILoggerFactory>()
            .ResolveStreamAsync(SubscribeAsync);
    }

    private static async Task<IObservable<PlanStatusChanged?>> SubscribeAsync(
        IResolveFieldContext<object?> context,
        AccessScope access,
        IPlanEventBus bus,
        AudienceVisibility visibility,
        ILoggerFactory loggers)
    {
        var caller = await access.RequireCallerAsync(context.CancellationToken).ConfigureAwait(false);
        Guid? planId = null;
        if (context.GetArgument<string?>("planId") is { } argument)
        {
            var id = new Id<CarePlan>(NodeId.DecodeAs(argument, "CarePlan", "planId"));
            var plans = await access.PlansAsync(context.CancellationToken).ConfigureAwait(false);
            if (!await plans.AnyAsync(plan => plan.Id == id, context.CancellationToken).ConfigureAwait(false))
            {
                throw new ExecutionError("No plan with this ID that you may see.") { Code = "PLAN_NOT_FOUND" };
            }

            planId = id.Value;
        }

        var user = context.User ?? throw new ExecutionError("Sign in to subscribe.") { Code = "AUTH_NOT_AUTHENTICATED" };
        // Subscribers who see alike share each change's check, execution and serialisation (issue 13).
        var audience = SubscriberAudience.Of(caller);
        SharedEventResults.SetAudience(context, audience);
        var source = bus.Subscribe(planId);
        var logger = loggers.CreateLogger(typeof(PlanStatusSubscriptions));
        return new VisiblePlanStatusChanges(source, user, audience, visibility, logger);
    }
}
