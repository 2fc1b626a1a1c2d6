using GraphQL;

namespace CarePlanGraph.Api.Graph.Relay;

/// <summary>
/// Fetches one kind of node by its GUID for <c>node(id:)</c> and <c>nodes(ids:)</c>. It returns null when the
/// record does not exist or the caller may not see it, so the answer never reveals which.
/// </summary>
public interface INodeResolver
{
    string TypeName { get; }

    Task<object?> ResolveAsync(IResolveFieldContext context, Guid id);
}
