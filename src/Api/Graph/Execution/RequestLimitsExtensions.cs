using CarePlanGraph.Api.Graph.Relay;
using GraphQL;
using GraphQL.DI;
using GraphQL.Execution;
using GraphQL.Validation.Complexity;
using Microsoft.Extensions.Configuration;

namespace CarePlanGraph.Api.Graph.Execution;

/// <summary>Protects execution from documents that are too deep or too costly, and from leaking internal errors.</summary>
public static class RequestLimitsExtensions
{
    /// <summary>
    /// Adds GraphQL.NET's complexity analyzer with the limits of <see cref="RequestLimitsOptions"/>
    /// (section <c>GraphQL:Limits</c>) and a bound on how deep introspection may nest type lists, and
    /// masks unexpected errors (<see cref="ErrorMaskingExtensions.AddErrorMasking"/>), so that every
    /// transport gets all of them. Documents over a limit fail validation: nothing is executed.
    /// </summary>
    public static IGraphQLBuilder AddRequestLimits(this IGraphQLBuilder builder, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(configuration);

        // Read when first needed, not now: configuration added later (tests, environment) still counts.
        var limits = new Lazy<RequestLimitsOptions>(() => Read(configuration));

        // Registered as themselves so the transports can read the timeout and the error cap.
        builder.Services.Register(_ => limits.Value, GraphQL.DI.ServiceLifetime.Singleton, replace: true);
        builder.Services.Register<IDocumentBuilder>(_ => new LimitedDocumentBuilder(() => limits.Value), GraphQL.DI.ServiceLifetime.Singleton, replace: true);
        builder.Services.Register(_ => new NodeLookupBudget(limits.Value), GraphQL.DI.ServiceLifetime.Scoped, replace: true);
        builder.AddValidationRule<NodeLookupLimitRule>();
        builder.AddComplexityAnalyzer(options =>
        {
            options.MaxDepth = limits.Value.MaxDepth;
            options.MaxComplexity = limits.Value.MaxComplexity;
            options.DefaultListImpactMultiplier = limits.Value.DefaultListSize;
            options.DefaultComplexityImpactDelegate = ScaleIntrospection(options.DefaultComplexityImpactDelegate, limits.Value.IntrospectionImpact);
        });
        builder.ConfigureSchema(schema => schema.RegisterVisitor(new IntrospectionTypesCostVisitor(() => limits.Value)));
        builder.AddValidationRule<IntrospectionDepthRule>();
        return builder.AddErrorMasking();
    }

    /// <summary>
    /// Scales the cost of introspection fields, and so of everything under them, by
    /// <see cref="RequestLimitsOptions.IntrospectionImpact"/>. Done in the cost function rather than
    /// with GraphQL.NET's schema-wide helper, which needs an initialised schema.
    /// </summary>
    private static Func<FieldImpactContext, FieldComplexityResult> ScaleIntrospection(
        Func<FieldImpactContext, FieldComplexityResult> cost, double impact) =>
        context =>
        {
            var result = cost(context);

            // Names starting with "__" are reserved for introspection by the GraphQL spec.
            var isIntrospection = context.FieldDefinition.Name.StartsWith("__", StringComparison.Ordinal)
                || context.ParentType.Name.StartsWith("__", StringComparison.Ordinal);
            return isIntrospection
                ? new FieldComplexityResult(result.FieldImpact * impact, result.ChildImpactMultiplier)
                : result;
        };

    private static RequestLimitsOptions Read(IConfiguration configuration)
    {
        var limits = configuration.GetSection(RequestLimitsOptions.SectionName).Get<RequestLimitsOptions>() ?? new RequestLimitsOptions();
        if (limits.MaxDepth < 1 || limits.MaxComplexity <= 0 || limits.DefaultListSize <= 0 || limits.IntrospectionImpact < 0)
        {
            throw new InvalidOperationException(
                "GraphQL:Limits is invalid: MaxDepth must be at least 1, MaxComplexity and DefaultListSize positive, IntrospectionImpact not negative.");
        }

        if (limits.MaxDocumentBytes < 1 || limits.MaxTokens < 1 || limits.MaxSyntaxDepth < 1 || limits.MaxFields < 1
            || limits.MaxFieldsPerResponseName < 1 || limits.MaxErrors < 1 || limits.MaxNodeIds < 1 || limits.MaxNodeLookups < 1
            || limits.ExecutionTimeout <= TimeSpan.Zero)
        {
            throw new InvalidOperationException(
                "GraphQL:Limits is invalid: MaxDocumentBytes, MaxTokens, MaxSyntaxDepth, MaxFields, MaxFieldsPerResponseName, MaxErrors, MaxNodeIds, MaxNodeLookups and ExecutionTimeout must be positive.");
        }

        return limits;
    }
}
