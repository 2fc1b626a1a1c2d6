using GraphQL;
using GraphQL.Types;

namespace CarePlanGraph.Api.Graph.Relay;

/// <summary>Base for object types that implement <c>Node</c>: adds the global <c>id</c> field and type resolution.</summary>
public abstract class NodeGraphType<TSource> : ObjectGraphType<TSource>
{
    protected NodeGraphType(string name, string description, Func<TSource, Guid> getId)
    {
        Name = name;
        Description = description;
        Interface<NodeInterfaceType>();
        IsTypeOf = value => value is TSource;
        Field<NonNullGraphType<IdGraphType>>("id")
            .Description($"The {name}'s global, opaque ID.")
            .Resolve(context => NodeId.Encode(name, getId(context.Source)));
    }
}
