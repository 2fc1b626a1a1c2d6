using GraphQL.Validation;
using GraphQLParser.AST;

namespace CarePlanGraph.Api.Graph.Execution;

/// <summary>
/// Refuses introspection (<c>__schema</c>, <c>__type</c>) to anonymous callers unless
/// <see cref="IntrospectionOptions.AllowAnonymous"/>; <c>__typename</c> always answers, and the SDL stays published at
/// <c>/graphql/schema.graphql</c>. Signed-in callers (developers with a token) introspect as before.
/// </summary>
/// <remarks>
/// GraphQL.NET's <c>NoIntrospectionValidationRule</c> refuses everyone; this is the same check made per caller, with
/// a code and a message that say what to do. It depends on the caller, so the document cache runs it on every request
/// (it skips only the rules it names as depending on the document alone): an anonymous request cannot ride on a
/// document an authenticated caller had validated.
/// </remarks>
internal sealed class IntrospectionAccessRule(IntrospectionOptions options) : ValidationRuleBase
{
    public const string Code = "INTROSPECTION_DISABLED";

    private static readonly INodeVisitor Visitor = new MatchingNodeVisitor<GraphQLField>((field, context) =>
    {
        if (field.Name == "__schema" || field.Name == "__type")
        {
            context.ReportError(new ValidationError(
                context.Document.Source,
                null!,
                $"Introspection ({field.Name.StringValue}) is for signed-in callers: send an access token in the Authorization header, or read the schema at /graphql/schema.graphql.",
                field)
            {
                Code = Code,
            });
        }
    });

    private readonly bool _allowAnonymous = options.AllowAnonymous;

    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return new(_allowAnonymous || context.User?.Identity?.IsAuthenticated == true ? null : Visitor);
    }
}

/// <summary>Who may introspect the schema (section <c>GraphQL:Introspection</c>).</summary>
public sealed class IntrospectionOptions
{
    public const string SectionName = "GraphQL:Introspection";

    /// <summary>
    /// Whether anonymous callers may introspect. When not configured: in Development only. Signed-in callers always may.
    /// </summary>
    public bool AllowAnonymous { get; set; }
}
