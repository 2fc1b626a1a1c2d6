using GraphQL.Validation;
using GraphQLParser.AST;

namespace CarePlanGraph.Api.Graph.Transport;

/// <summary>
/// Refuses, during validation, an operation type the HTTP method cannot carry: mutations over GET
/// (GET must stay safe) and subscriptions over plain HTTP (they need a streaming transport).
/// Checking the operation chosen by the engine means <c>operationName</c> is honoured.
/// </summary>
internal sealed class HttpOperationTypeRule : ValidationRuleBase
{
    private readonly bool _isGet;

    private HttpOperationTypeRule(bool isGet) => _isGet = isGet;

    public static HttpOperationTypeRule ForGet { get; } = new(isGet: true);

    public static HttpOperationTypeRule ForPost { get; } = new(isGet: false);

    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context)
    {
        var operation = context.Operation;
        if (operation.Operation == OperationType.Subscription)
        {
            context.ReportError(new OperationNotAllowedError(
                context.Document.Source,
                operation,
                "Subscriptions are not served over plain HTTP; use the WebSocket endpoint (graphql-transport-ws).",
                methodNotAllowed: false));
        }
        else if (_isGet && operation.Operation == OperationType.Mutation)
        {
            context.ReportError(new OperationNotAllowedError(
                context.Document.Source,
                operation,
                "Mutations cannot be sent with GET; send them with POST.",
                methodNotAllowed: true));
        }

        return default;
    }
}
