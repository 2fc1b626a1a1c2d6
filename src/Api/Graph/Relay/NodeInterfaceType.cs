using GraphQL.Types;

namespace CarePlanGraph.Api.Graph.Relay;

/// <summary>The Relay <c>Node</c> interface: every object that can be refetched by its global ID.</summary>
public sealed class NodeInterfaceType : InterfaceGraphType
{
    public NodeInterfaceType()
    {
        Name = "Node";
        Description = "An object with a global ID that can be fetched again with `node(id:)`. IDs are opaque: store them, never parse them.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("The object's global, opaque ID.");
    }
}
