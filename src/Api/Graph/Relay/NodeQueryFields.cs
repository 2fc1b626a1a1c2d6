using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace CarePlanGraph.Api.Graph.Relay;

/// <summary>Adds <c>node(id:)</c> and <c>nodes(ids:)</c> to a query type, dispatching to the registered <see cref="INodeResolver"/>s.</summary>
public static class NodeQueryFields
{
    public static void AddNodeFields(this ObjectGraphType query)
    {
        ArgumentNullException.ThrowIfNull(query);
        query.Field<NodeInterfaceType>("node")
            .Description("Fetches any object by its global ID. Returns null when it does not exist or you may not see it.")
            .Argument<NonNullGraphType<IdGraphType>>("id", "A global ID returned by this API.")
            .ResolveAsync(context =>
            {
                context.RequestServices!.GetService<NodeLookupBudget>()?.Take(1);
                return ResolveAsync(context, context.GetArgument<string>("id"));
            });

        query.Field<NonNullGraphType<ListGraphType<NodeInterfaceType>>>("nodes")
            // The default of GraphQL:Limits:MaxNodeIds; the schema's text is part of the contract, so it does not follow the setting.
            .Description("Fetches objects by their global IDs, in the order given (at most 100). An entry is null when that object does not exist or you may not see it.")
            .Argument<NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>>("ids", "Global IDs returned by this API.")
            .ResolveAsync(async context =>
            {
                var ids = context.GetArgument<List<string>>("ids");

                // NodeLookupLimitRule refuses most requests before they run, but counts a fragment once however often it
                // is spread: the budget counts what really runs.
                var budget = context.RequestServices!.GetService<NodeLookupBudget>();
                if (budget is not null)
                {
                    if (ids.Count > budget.MaxIds)
                    {
                        throw NodeLookupLimitRule.TooManyIds(budget.MaxIds);
                    }

                    budget.Take(ids.Count);
                }

                var results = new List<object?>(ids.Count);
                foreach (var id in ids)
                {
                    results.Add(await ResolveAsync(context, id).ConfigureAwait(false));
                }

                return results;
            });
    }

    private static async Task<object?> ResolveAsync(IResolveFieldContext context, string? id)
    {
        if (!NodeId.TryDecode(id, out var typeName, out var guid))
        {
            return null;
        }

        var resolver = context.RequestServices!.GetServices<INodeResolver>().FirstOrDefault(r => r.TypeName == typeName);
        return resolver is null ? null : await resolver.ResolveAsync(context, guid).ConfigureAwait(false);
    }
}
