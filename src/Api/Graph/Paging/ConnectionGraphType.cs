using GraphQL;
using GraphQL.Types;
using GraphQL.Types.Relay;
using GraphQL.Types.Relay.DataObjects;

namespace CarePlanGraph.Api.Graph.Paging;

/// <summary>A Relay connection in Hot Chocolate's shape: <c>edges</c>, <c>nodes</c>, <c>pageInfo</c>, <c>totalCount</c>.</summary>
public sealed class ConnectionGraphType<TNodeType, TSource> : ObjectGraphType<Connection<TSource>>
    where TNodeType : IGraphType
{
    public ConnectionGraphType()
    {
        var nodeName = typeof(TNodeType).GraphQLName();
        Name = $"{nodeName}Connection";
        Description = $"A page of {nodeName} results. Pass `pageInfo.endCursor` as `after` to get the next page.";
        Field<NonNullGraphType<IntGraphType>>("totalCount")
            .Description("How many results there are in all pages together.")
            .Resolve(context => context.Source.TotalCount);
        Field<NonNullGraphType<PageInfoType>>("pageInfo")
            .Description("Where this page sits: cursors and whether there are more pages.")
            .Resolve(context => context.Source.PageInfo);
        Field<ListGraphType<NonNullGraphType<EdgeType<TNodeType>>>>("edges")
            .Description("The results on this page, each with its cursor.")
            .Resolve(context => context.Source.Edges);
        Field<ListGraphType<NonNullGraphType<TNodeType>>>("nodes")
            .Description("The results on this page, without cursors.")
            .Resolve(context => context.Source.Edges?.Select(edge => edge.Node));
    }
}
