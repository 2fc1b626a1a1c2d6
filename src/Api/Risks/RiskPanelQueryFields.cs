using CarePlanGraph.Api.Graph.Execution;
using CarePlanGraph.Api.Graph.Paging;
using CarePlanGraph.Api.Identity;
using CarePlanGraph.Api.Plans;
using CarePlanGraph.Domain.Common;
using CarePlanGraph.Domain.Plans;
using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace CarePlanGraph.Api.Risks;

/// <summary>The Risk Management Panel's queue (R23).</summary>
public static class RiskPanelQueryFields
{
    /// <summary>Plans by when they were referred; this queue pages only.</summary>
    public static readonly ConnectionDefinition<CarePlan> Connection = ConnectionDefinition.For<CarePlan, Id<CarePlan>>("riskPanelQueue", "RiskPanelQueue", p => p.Id)
        .OrderedBy(p => p.RiskPanelReferral!.ReferredAt);

    public static void AddTo(ObjectGraphType query)
    {
        ArgumentNullException.ThrowIfNull(query);
        query.Field<ConnectionGraphType<CarePlanType, CarePlan>>("riskPanelQueue")
            .Description("R23: the plans you may see that are waiting for the Risk Management Panel, longest waiting first.")
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
