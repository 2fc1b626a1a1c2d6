using System.Collections;
using CarePlanGraph.Api.Graph.Execution;
using GraphQL;
using GraphQL.Validation;
using GraphQLParser.AST;
using Microsoft.Extensions.DependencyInjection;

namespace CarePlanGraph.Api.Graph.Relay;

/// <summary>
/// Refuses, before execution, a <c>nodes(ids:)</c> field with more than <see cref="RequestLimitsOptions.MaxNodeIds"/>
/// IDs and a request whose <c>node</c> and <c>nodes</c> fields together look up more than
/// <see cref="RequestLimitsOptions.MaxNodeLookups"/> objects. Runs after variables are read, so IDs passed in
/// variables count as well as literal ones.
/// </summary>
internal sealed class NodeLookupLimitRule : ValidationRuleBase
{
    public const string TooManyIdsCode = "TOO_MANY_IDS";
    public const string TooManyLookupsCode = "TOO_MANY_NODE_LOOKUPS";

    public static ExecutionError TooManyIds(int maxIds) =>
        new($"Ask for at most {maxIds} IDs in one 'nodes' field.") { Code = TooManyIdsCode };

    public static ExecutionError TooManyLookups(int maxLookups) =>
        new($"This request looks up more than {maxLookups} objects by ID through 'node' and 'nodes'; split it.") { Code = TooManyLookupsCode };

    public override ValueTask<INodeVisitor?> GetPostNodeVisitorAsync(ValidationContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var limits = context.RequestServices?.GetService<RequestLimitsOptions>() ?? new RequestLimitsOptions();
        var lookups = 0L;
        var reported = false;
        return new(new MatchingNodeVisitor<GraphQLField>((field, context) =>
        {
            if (reported || context.TypeInfo.GetParentType() != context.Schema.Query)
            {
                return;
            }

            var count = context.TypeInfo.GetFieldDef()?.Name switch
            {
                "node" => 1,
                "nodes" => CountIds(context, field),
                _ => 0,
            };
            if (count > limits.MaxNodeIds)
            {
                Report(context, field, TooManyIds(limits.MaxNodeIds));
                return;
            }

            lookups += count;
            if (lookups > limits.MaxNodeLookups)
            {
                Report(context, field, TooManyLookups(limits.MaxNodeLookups));
            }
        }));

        void Report(ValidationContext context, GraphQLField field, ExecutionError error)
        {
            // One error is enough: the client learns the limit, and the response stays small.
            reported = true;
            context.ReportError(new ValidationError(context.Document.Source, null!, error.Message, field) { Code = error.Code });
        }
    }

    private static int CountIds(ValidationContext context, GraphQLField field) =>
        context.ArgumentValues is { } arguments
            && arguments.TryGetValue(field, out var values)
            && values.TryGetValue("ids", out var ids)
            && ids.Value is ICollection collection
            ? collection.Count
            : 0;
}
