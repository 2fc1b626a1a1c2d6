using GraphQL;
using GraphQL.Introspection;
using GraphQL.Resolvers;
using GraphQL.Types;
using GraphQL.Utilities;
using GraphQLParser.AST;
using GraphQLParser.Visitors;

namespace CarePlanGraph.Api.Graph.Types;

/// <summary>
/// Introspection as the current GraphQL specification defines it, so that clients and generators asking for every
/// option (graphql-js <c>getIntrospectionQuery</c> with all options on) get an answer: <c>__Directive.isRepeatable</c>
/// and <c>includeDeprecated</c> on <c>args</c> and <c>inputFields</c> (GraphQL.NET features, off by default),
/// <c>__Type.specifiedByURL</c> with the <c>@specifiedBy</c> directive and <c>includeDeprecated</c> on
/// <c>__Directive.args</c> (GraphQL.NET 8 has none of these), and the
/// <c>@oneOf</c> directive listed with the others (GraphQL.NET answers <c>isOneOf</c> but does not list it).
/// <c>__Schema.description</c> and <c>__Type.isOneOf</c> are GraphQL.NET's own.
/// </summary>
public static class CurrentIntrospection
{
    /// <summary>Turns the features on and registers the directives; call in the schema's constructor.</summary>
    public static void UseCurrentIntrospection(this Schema schema)
    {
        ArgumentNullException.ThrowIfNull(schema);
        schema.Features.RepeatableDirectives = true;
        schema.Features.DeprecationOfInputValues = true;
        schema.Directives.Register(new SpecifiedByDirective(), new OneOfDirective());
    }

    /// <summary>
    /// Completes the schema's own introspection types (each schema builds its own): adds <c>__Type.specifiedByURL</c>,
    /// and <c>includeDeprecated</c> on <c>__Directive.args</c>, which graphql-js asks for with input value deprecation on
    /// and GraphQL.NET 8 lacks. Call from <see cref="Schema"/>'s <c>OnBeforeInitializeType</c>, which runs before a
    /// type's fields are collected.
    /// </summary>
    public static void CompleteIntrospectionType(IGraphType graphType)
    {
        if (graphType is __Type type && !type.HasField("specifiedByURL"))
        {
            type.Field<StringGraphType>("specifiedByURL")
                .Description("`specifiedBy` URLs are used for custom scalars to point to a specification of their data format.")
                .Resolve(context => context.Source is ScalarGraphType scalar ? SpecifiedByUrlOf(scalar) : null);
        }

        if (graphType is __Directive directive && directive.GetField("args") is { } args && args.Arguments?.Find("includeDeprecated") is null)
        {
            args.Arguments ??= new QueryArguments();
            args.Arguments.Add(new QueryArgument<BooleanGraphType> { Name = "includeDeprecated", DefaultValue = false });
            args.Resolver = new FuncFieldResolver<object>(context =>
            {
                var includeDeprecated = context.GetArgument("includeDeprecated", false);
                return ((IEnumerable<QueryArgument>?)((Directive)context.Source!).Arguments ?? [])
                    .Where(argument => includeDeprecated || string.IsNullOrWhiteSpace(argument.DeprecationReason))
                    .ToList();
            });
        }
    }

    /// <summary>Points a custom scalar at the document that defines its format: <c>@specifiedBy(url:)</c>.</summary>
    public static TScalar SpecifiedBy<TScalar>(this TScalar scalar, string url)
        where TScalar : ScalarGraphType
    {
        ArgumentNullException.ThrowIfNull(scalar);
        ArgumentException.ThrowIfNullOrWhiteSpace(url);
        return scalar.ApplyDirective(SpecifiedByDirective.DirectiveName, "url", url);
    }

    /// <summary>The scalar's <c>@specifiedBy</c> URL, or null.</summary>
    public static string? SpecifiedByUrlOf(ScalarGraphType scalar) =>
        scalar.FindAppliedDirective(SpecifiedByDirective.DirectiveName)?.FindArgument("url")?.Value as string;

    /// <summary>
    /// The schema as SDL, as <c>schema.Print()</c> writes it but without definitions of the directives the
    /// specification defines (<c>@specifiedBy</c>, <c>@oneOf</c>), as GraphQL.NET already leaves out <c>@skip</c>,
    /// <c>@include</c> and <c>@deprecated</c>: tools that know the specification supply them.
    /// </summary>
    public static string PrintSdl(this ISchema schema)
    {
        ArgumentNullException.ThrowIfNull(schema);
        var document = schema.ToAST();
        document.Definitions.RemoveAll(definition => definition is GraphQLDirectiveDefinition directive
            && directive.Name.StringValue is SpecifiedByDirective.DirectiveName or OneOfDirective.DirectiveName);
        using var writer = new StringWriter();

        // Print() with its default options runs no visitor when input value deprecation is on, so this is its output.
        new SDLPrinter(new PrintOptions()).PrintAsync(document, writer).AsTask().GetAwaiter().GetResult();
        return writer.ToString();
    }

    /// <summary>
    /// <c>@specifiedBy(url: String!) on SCALAR</c>, as the specification defines it. Listed in introspection like
    /// the built-in directives.
    /// </summary>
    private sealed class SpecifiedByDirective : Directive
    {
        public const string DirectiveName = "specifiedBy";

        public SpecifiedByDirective()
            : base(DirectiveName, DirectiveLocation.Scalar)
        {
            Description = "Exposes a URL that specifies the behavior of this scalar.";
            Arguments = new QueryArguments(new QueryArgument<NonNullGraphType<StringGraphType>>
            {
                Name = "url",
                Description = "The URL that specifies the behavior of this scalar.",
            });
        }

        public override bool? Introspectable => true;
    }

    /// <summary><c>@oneOf on INPUT_OBJECT</c>, as the specification defines it; GraphQL.NET sets it from <c>IsOneOf</c>.</summary>
    private sealed class OneOfDirective : Directive
    {
        public const string DirectiveName = "oneOf";

        public OneOfDirective()
            : base(DirectiveName, DirectiveLocation.InputObject)
        {
            Description = "Indicates exactly one field must be supplied and this field must not be `null`.";
        }

        public override bool? Introspectable => true;
    }
}
