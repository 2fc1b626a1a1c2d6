using GraphQL.Validation;
using GraphQLParser;
using GraphQLParser.AST;

namespace CarePlanGraph.Api.Graph.Transport;

/// <summary>
/// The chosen operation cannot be run over this request's HTTP method. The transport looks for
/// this error to answer 405 with an Allow header instead of a plain 400.
/// </summary>
internal sealed class OperationNotAllowedError : ValidationError
{
    public OperationNotAllowedError(ROM source, ASTNode operation, string message, bool methodNotAllowed)
        : base(source, null!, message, operation)
    {
        Code = "OPERATION_NOT_ALLOWED";
        MethodNotAllowed = methodNotAllowed;
    }

    /// <summary>True when another HTTP method (POST) would have carried the operation.</summary>
    public bool MethodNotAllowed { get; }
}
