using CarePlanGraph.Api.Graph.Execution;
using CarePlanGraph.Api.Graph.Paging;
using CarePlanGraph.Api.Identity;
using CarePlanGraph.Domain.Common;
using CarePlanGraph.Domain.Safeguarding;
using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace CarePlanGraph.Api.Safeguarding;

/// <summary>The safeguarding team's queue (R24).</summary>
public static class SafeguardingQueryFields
{
    /// <summary>Safety concerns by when they were raised; this queue pages only.</summary>
    public static readonly ConnectionDefinition<SafetyConcern> Connection = ConnectionDefinition.For<SafetyConcern, Id<SafetyConcern>>("safeguardingQueue", "SafetyConcern", x => x.Id)
        .OrderedBy(x => x.RaisedAt);

    public static void AddTo(ObjectGraphType query)
    {
        ArgumentNullException.ThrowIfNull(query);
        query.Field<ConnectionGraphType<SafetyConcernType, SafetyConcern>>("safeguardingQueue")
            .Description("R24: the safeguarding team's queue of safety concerns, oldest first: open ones, and closed ones too with `includeClosed`. The safeguarding team only; anyone else is refused (AUTH_FORBIDDEN).")
            .ConnectionArguments(Connection)
            .Argument<BooleanGraphType>("includeClosed", "Also list closed concerns. Defaults to false.")
            .Resolve()
            .WithService<AccessScope>()
            .ResolveAsync(async (c, scope) =>
            {
                var caller = await scope.RequireCallerAsync(c.CancellationToken).ConfigureAwait(false);
                if (caller.Role != ActorRole.Safeguarding)
                {
                    throw new ExecutionError("Only the council's safeguarding team sees safety concerns.") { Code = "AUTH_FORBIDDEN" };
                }

                var concerns = await scope.SafetyConcernsAsync(c.CancellationToken).ConfigureAwait(false);
                if (c.GetArgument<bool?>("includeClosed") != true)
                {
                    concerns = concerns.Where(x => x.Status == SafetyConcernStatus.Open);
                }

                return await Pager.ToConnectionAsync(concerns.AsNoTracking(), c, Connection).ConfigureAwait(false);
            });
    }
}
