using CarePlanGraph.Api.Graph.Execution;
using CarePlanGraph.Api.Graph.Relay;
using CarePlanGraph.Api.Graph.Types;
using CarePlanGraph.Api.Organisations;
using CarePlanGraph.Api.Persistence;
using CarePlanGraph.Domain.Integrations;
using CarePlanGraph.Domain.Organisations;
using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace CarePlanGraph.Api.Integrations;

/// <summary>A client application registered to call the API with app-only tokens (issue 15).</summary>
public sealed class IntegrationType : NodeGraphType<Integration>
{
    public IntegrationType(IEnumerable<ITypeExtension<IntegrationType>> extensions)
        : base(
            "Integration",
            "A client application an outside organisation (a provider's portal, a planner's tool) or the council (its website) registered to call the API with app-only tokens from Entra ID. "
            + "Seen by administrators and by its own organisation's staff and applications.",
            i => i.Id.Value)
    {
        Field<NonNullGraphType<StringGraphType>>("name").Description("What the application is called.").Resolve(c => c.Source.Name);
        Field<NonNullGraphType<StringGraphType>>("clientAppId").Description("The Entra ID application (client) id its tokens carry (`azp`), which names this integration.").Resolve(c => c.Source.ClientAppId.ToString());
        Field<OrganisationType>("organisation")
            .Description("The organisation it acts for, in that organisation's role; null for the council's own integrations (its website), which see no one's records.")
            .Resolve()
            .WithService<ByIdLoader<Organisation>>()
            .Resolve((c, organisations) => c.Source.OrganisationId is { } id ? organisations.Load(id) : null);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<IntegrationContactType>>>>("contacts").Description("Who the council contacts about it.").Resolve(c => c.Source.Contacts);
        Field<NonNullGraphType<IntegrationAccessType>>("requestedAccess").Description("The access it asked for.").Resolve(c => c.Source.RequestedAccess);
        Field<NonNullGraphType<IntegrationAccessType>>("access").Description("The access it has: as asked, unless the approval narrowed it.").Resolve(c => c.Source.Access);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("origins").Description("The browser origins its pages call from; once approved, CORS allows them.").Resolve(c => c.Source.Origins);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("webhookUrls").Description("Where it receives webhooks.").Resolve(c => c.Source.WebhookUrls);
        Field<NonNullGraphType<IntegrationStatusType>>("status").Description("Where it stands; only APPROVED integrations' tokens are accepted.").Resolve(c => c.Source.Status);
        Field<StringGraphType>("reasons").Description("Why it was refused or suspended; null otherwise.").Resolve(c => c.Source.Reasons);
        Field<NonNullGraphType<DateTimeType>>("registeredAt").Description("When it was registered.").Resolve(c => c.Source.RegisteredAt);
        Field<NonNullGraphType<StringGraphType>>("registeredByName").Description("Who registered it.").Resolve(c => c.Source.RegisteredByName);
        Field<DateTimeType>("decidedAt").Description("When an administrator last approved, refused, suspended or reinstated it.").Resolve(c => c.Source.DecidedAt);
        Field<StringGraphType>("decidedByName").Description("The administrator who last decided on it.").Resolve(c => c.Source.DecidedByName);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TrustedDocumentType>>>>("trustedDocuments")
            .Description("The documents it registered (`registerTrustedDocuments`), oldest first: the only ones its client may send (as `documentId`), unless the council allows ad-hoc documents.")
            .Resolve()
            .WithService<CarePlanDbContext>()
            .ResolveAsync(async (c, db) => (object?)await db.TrustedDocuments.AsNoTracking()
                .Where(d => d.IntegrationId == c.Source.Id)
                .OrderBy(d => d.RegisteredAt).ThenBy(d => d.DocumentId)
                .ToListAsync(c.CancellationToken).ConfigureAwait(false));
        Field<NonNullGraphType<IntGraphType>>("revision").Description("Moves with every decision on it.").Resolve(c => c.Source.EditRevision);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<IntegrationUsageDayType>>>>("usage")
            .Description("Its use per day, newest first, for the last `days` days (today included): requests, errors, throttled requests and the operations it ran. Days it was not used are left out.")
            .Argument<IntGraphType>("days", "How many days back, 1 to 90; default 7.")
            .Resolve()
            .WithService<CarePlanDbContext>()
            .WithService<TimeProvider>()
            .ResolveAsync(async (c, db, time) =>
            {
                var days = c.GetArgument<int?>("days") ?? 7;
                if (days is < 1 or > 90)
                {
                    throw new ExecutionError("`days` must be between 1 and 90.") { Code = "INVALID_ARGUMENT" };
                }

                var from = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime).AddDays(1 - days);
                var id = c.Source.Id;
                var rows = await db.Set<IntegrationUsage>().AsNoTracking()
                    .Where(u => u.IntegrationId == id && u.Day >= from)
                    .ToListAsync(c.CancellationToken).ConfigureAwait(false);
                return rows.GroupBy(u => u.Day).OrderByDescending(g => g.Key).Select(g => new IntegrationUsageDay(
                    g.Key,
                    g.Sum(u => u.Requests),
                    g.Sum(u => u.Errors),
                    g.Sum(u => u.Throttled),
                    [.. g.Where(u => u.Operation.Length > 0).OrderByDescending(u => u.Requests).ThenBy(u => u.Operation, StringComparer.Ordinal).Select(u => new IntegrationOperationUse(u.Operation, u.Requests, u.Errors))])).ToList();
            });

        // Other features' fields (webhook endpoints), in the order the features are registered.
        ArgumentNullException.ThrowIfNull(extensions);
        foreach (var extension in extensions)
        {
            extension.Extend(this);
        }
    }
}
