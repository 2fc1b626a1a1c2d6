using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace CarePlanGraph.Api.Graph.Relay;

/// <summary>Adds <c>node(id:)</c> and <c>nodes(ids:)</c> to a query type, dispatching to the registered <see cref="INodeResolver"/>s.</summary>
public static class NodeQueryFields
{
    /// <summary>The most IDs one <c>nodes</c> call may ask for.</summary>
    public const int MaxIds = 100;

    public static void AddNodeFields(this ObjectGraphType query)
    {
        ArgumentNullException.ThrowIfNull(query);
        query.Field<NodeInterfaceType>("node")
            .Description("Fetches any object by its global ID. Returns null when it does not exist or you may not see it.")
            .Argument<NonNullGraphType<IdGraphType>>("id", "A global ID returned by this API.")
            .ResolveAsync(context => ResolveAsync(context, context.GetArgument<string>("id")));

        query.Field<NonNullGraphType<ListGraphType<NodeInterfaceType>>>("nodes")
            .Description($"Fetches objects by their global IDs, in the order given (at most {MaxIds}). An entry is null when that object does not exist or you may not see it.")
            .Argument<NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>>("ids", "Global IDs returned by this API.")
            .ResolveAsync(async context =>
            {
                var ids = context.GetArgument<List<string>>("ids");
                if (ids.Count > MaxIds)
                {
                    throw new ExecutionError($"Ask for at most {MaxIds} IDs at a time.") { Code = "TOO_MANY_IDS" };
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
