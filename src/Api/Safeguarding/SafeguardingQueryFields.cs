using CarePlanGraph.Api.Graph.Execution;
using CarePlanGraph.Api.Graph.Paging;
using CarePlanGraph.Api.Graph.Relay;
using CarePlanGraph.Api.Graph.Types;
using CarePlanGraph.Api.Identity;
using CarePlanGraph.Domain.Common;
using CarePlanGraph.Domain.People;
using CarePlanGraph.Domain.Safeguarding;
using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace CarePlanGraph.Api.Safeguarding;

/// <summary>The safeguarding team's queue (R24).</summary>
public static class SafeguardingQueryFields
{
    /// <summary>Safety concerns by when they were raised; filterable on status, dates and the person.</summary>
    public static readonly ConnectionDefinition<SafetyConcern> Connection = ConnectionDefinition.For<SafetyConcern, Id<SafetyConcern>>("safeguardingQueue", "SafetyConcern", x => x.Id)
        .OrderedBy(x => x.RaisedAt)
        .Filtering(f => f
            .Enum<SafetyConcernStatusType, SafetyConcernStatus>("status", x => x.Status, "Whether the concern is open or closed (closed ones are listed only with `includeClosed`).")
            .Comparable<DateTimeType, DateTimeOffset>("raisedAt", x => x.RaisedAt, "When the concern was raised.")
            .Comparable<DateTimeType, DateTimeOffset?>("closedAt", x => x.ClosedAt, "When the concern was closed (none while open).")
            .Id("person", x => x.PersonId, (id, at) => new Id<Person>(NodeId.DecodeAs(id, "Person", at)), "The person the concern is about (a Person ID)."))
        .Sorting(s => s
            .Field("raisedAt", x => x.RaisedAt, "When the concern was raised.")
            .Field("closedAt", x => x.ClosedAt, "When the concern was closed; open ones sort last."));

    public static void AddTo(ObjectGraphType query)
    {
        ArgumentNullException.ThrowIfNull(query);
        query.Field<ConnectionGraphType<SafetyConcernType, SafetyConcern>>("safeguardingQueue")
            .Description("R24: the safeguarding team's queue of safety concerns, oldest first: open ones, and closed ones too with `includeClosed`. Filter (`where`) on: status, raisedAt, closedAt, person; sort (`order`) on: raisedAt, closedAt. The safeguarding team only; anyone else is refused (AUTH_FORBIDDEN).")
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
