using CarePlanGraph.Api.Graph.Authorization;
using CarePlanGraph.Api.Graph.Execution;
using CarePlanGraph.Api.Graph.Paging;
using CarePlanGraph.Api.Graph.Relay;
using CarePlanGraph.Api.Graph.Types;
using CarePlanGraph.Api.Identity;
using CarePlanGraph.Api.Persistence;
using CarePlanGraph.Domain.Common;
using CarePlanGraph.Domain.Integrations;
using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace CarePlanGraph.Api.Integrations;

/// <summary>The integrations list and lookup: administrators see all, an organisation its own.</summary>
public static class IntegrationQueryFields
{
    /// <summary>Integrations by when they were registered; filterable on status, access and name.</summary>
    public static readonly ConnectionDefinition<Integration> Connection = ConnectionDefinition.For<Integration, Id<Integration>>("integrations", "Integration", i => i.Id)
        .OrderedBy(i => i.RegisteredAt)
        .Filtering(f => f
            .Enum<IntegrationStatusType, IntegrationStatus>("status", i => i.Status, "Where the integration stands.")
            .Enum<IntegrationAccessType, IntegrationAccess>("access", i => i.Access, "The access it has.")
            .Text("name", i => i.Name, "What the application is called.")
            .Comparable<DateTimeType, DateTimeOffset>("registeredAt", i => i.RegisteredAt, "When it was registered."))
        .Sorting(s => s
            .Field("registeredAt", i => i.RegisteredAt, "When it was registered.")
            .Field("name", i => i.Name, "What the application is called."));

    public static void AddTo(ObjectGraphType query)
    {
        ArgumentNullException.ThrowIfNull(query);
        query.Field<ConnectionGraphType<IntegrationType, Integration>>("integrations")
            .Description("Issue 15: the client applications registered to call the API, oldest first: every one for an administrator; your organisation's for its staff and applications; none for anyone else. "
                + "Filter (`where`) on status, access, name and registeredAt, e.g. `{ status: { eq: PENDING } }` for those waiting for approval.")
            .ConnectionArguments(Connection)
            .Resolve()
            .WithService<AccessScope>()
            .ResolveAsync(async (c, scope) =>
            {
                var integrations = await scope.IntegrationsAsync(c.CancellationToken).ConfigureAwait(false);
                return await Pager.ToConnectionAsync(integrations.AsNoTracking(), c, Connection).ConfigureAwait(false);
            });
        query.Field<IntegrationType>("integration")
            .Description("One integration you may see (as `integrations` lists them); null for one you may not see or that does not exist.")
            .Argument<NonNullGraphType<IdGraphType>>("id", "The integration (`Integration.id`).")
            .Resolve()
            .WithService<AccessScope>()
            .ResolveAsync(async (c, scope) =>
            {
                var key = new Id<Integration>(NodeId.DecodeAs(c.GetArgument<string>("id"), "Integration", "id"));
                var integrations = await scope.IntegrationsAsync(c.CancellationToken).ConfigureAwait(false);
                return await integrations.AsNoTracking().FirstOrDefaultAsync(i => i.Id == key, c.CancellationToken).ConfigureAwait(false);
            });
        query.Field<ListGraphType<NonNullGraphType<FieldUsageType>>>("fieldUsage")
            .Description("Issue 15: before deprecating or removing a field, the integrations whose trusted documents select it, and those documents. Administrators only; for anyone else it is null, with an AUTH_FIELD_FORBIDDEN error.")
            .Argument<NonNullGraphType<StringGraphType>>("coordinate", "The field as a schema coordinate, `Type.field`, e.g. `CarePlan.budget` or `Query.plans`.")
            .Policy(FieldPolicies.AdministratorsOnly)
            .Resolve()
            .WithService<CarePlanDbContext>()
            .ResolveAsync(async (c, db) =>
            {
                var coordinate = c.GetArgument<string>("coordinate").Trim();
                var usage = await FieldUsageReader.ByCoordinateAsync(db, [coordinate], c.CancellationToken).ConfigureAwait(false);
                return (object)usage[coordinate];
            });
        query.Field<ListGraphType<NonNullGraphType<DeprecatedFieldUsageType>>>("deprecatedFieldUsage")
            .Description("Issue 17: every deprecated field, why and what replaces it, and the integrations whose trusted documents still select it: whose contacts to tell before it is removed (schema/CHANGELOG.md). Administrators only; for anyone else it is null, with an AUTH_FIELD_FORBIDDEN error.")
            .Policy(FieldPolicies.AdministratorsOnly)
            .Resolve()
            .WithService<CarePlanDbContext>()
            .ResolveAsync(async (c, db) =>
            {
                var deprecated = DeprecatedFields.Of(c.Schema);
                var usage = await FieldUsageReader.ByCoordinateAsync(db, [.. deprecated.Select(d => d.Coordinate)], c.CancellationToken).ConfigureAwait(false);
                return (object)deprecated.Select(d => new DeprecatedFieldUsage(d.Coordinate, d.Reason, usage[d.Coordinate])).ToList();
            });
    }
}
