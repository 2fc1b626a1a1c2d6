using CarePlanGraph.Api.Graph.Execution;
using CarePlanGraph.Api.Graph.Paging;
using CarePlanGraph.Api.Graph.Relay;
using CarePlanGraph.Api.Graph.Types;
using CarePlanGraph.Api.Identity;
using CarePlanGraph.Api.Plans;
using CarePlanGraph.Domain.Common;
using CarePlanGraph.Domain.People;
using CarePlanGraph.Domain.Plans;
using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace CarePlanGraph.Api.Risks;

/// <summary>The Risk Management Panel's queue (R23).</summary>
public static class RiskPanelQueryFields
{
    /// <summary>Plans by when they were referred; filterable on the plan's status, the referral date and the person.</summary>
    public static readonly ConnectionDefinition<CarePlan> Connection = ConnectionDefinition.For<CarePlan, Id<CarePlan>>("riskPanelQueue", "RiskPanelQueue", p => p.Id)
        .OrderedBy(p => p.RiskPanelReferral!.ReferredAt)
        .Filtering(f => f
            .Enum<PlanStatusType, PlanStatus>("status", p => p.Status, "Where the plan stands.")
            .Comparable<DateTimeType, DateTimeOffset>("referredAt", p => p.RiskPanelReferral!.ReferredAt, "When the plan was referred to the panel.")
            .Id("person", p => p.PersonId, (id, at) => new Id<Person>(NodeId.DecodeAs(id, "Person", at)), "The person the plan is for (a Person ID)."))
        .Sorting(s => s
            .Field("referredAt", p => p.RiskPanelReferral!.ReferredAt, "When the plan was referred to the panel.")
            .Field("nextReviewDue", p => p.NextReviewDue, "The day the next review is due; plans without one sort last."));

    public static void AddTo(ObjectGraphType query)
    {
        ArgumentNullException.ThrowIfNull(query);
        query.Field<ConnectionGraphType<CarePlanType, CarePlan>>("riskPanelQueue")
            .Description("R23: the plans you may see that are waiting for the Risk Management Panel, longest waiting first. Filter (`where`) on: status, referredAt, person; sort (`order`) on: referredAt, nextReviewDue.")
            .ConnectionArguments(Connection)
            .Resolve()
            .WithService<AccessScope>()
            .ResolveAsync(async (c, scope) =>
            {
                var plans = await scope.PlansAsync(c.CancellationToken).ConfigureAwait(false);
                var waiting = plans.AsNoTracking()
                    .Where(p => p.RiskPanelReferral != null && p.RiskPanelReferral.DecidedAt == null);
                return await Pager.ToConnectionAsync(waiting, c, Connection).ConfigureAwait(false);
            });
    }
}
