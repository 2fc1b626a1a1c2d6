using CarePlanGraph.Api.Graph.Execution;
using CarePlanGraph.Api.Graph.Paging;
using CarePlanGraph.Api.Identity;
using CarePlanGraph.Api.Plans;
using CarePlanGraph.Domain.Plans;
using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace CarePlanGraph.Api.Risks;

/// <summary>The Risk Management Panel's queue (R23).</summary>
public static class RiskPanelQueryFields
{
    public static void AddTo(ObjectGraphType query)
    {
        ArgumentNullException.ThrowIfNull(query);
        query.Field<ConnectionGraphType<CarePlanType, CarePlan>>("riskPanelQueue")
            .Description("R23: the plans you may see that are waiting for the Risk Management Panel, longest waiting first.")
            .PagingArguments()
            .Resolve()
            .WithService<AccessScope>()
            .ResolveAsync(async (c, scope) =>
            {
                var plans = await scope.PlansAsync(c.CancellationToken).ConfigureAwait(false);
                var waiting = plans.AsNoTracking()
                    .Where(p => p.RiskPanelReferral != null && p.RiskPanelReferral.DecidedAt == null)
                    .OrderBy(p => p.RiskPanelReferral!.ReferredAt)
                    .ThenBy(p => p.Id);
                return await Pager.ToConnectionAsync(waiting, c).ConfigureAwait(false);
            });
    }
}
