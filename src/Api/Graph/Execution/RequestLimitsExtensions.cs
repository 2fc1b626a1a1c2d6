using System.Globalization;
using CarePlanGraph.Api.Graph.Relay;
using GraphQL;
using GraphQL.DI;
using GraphQL.Execution;
using GraphQL.Validation.Complexity;
using GraphQL.Validation.Errors.Custom;
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
            var values = limits.Value;
            options.DefaultComplexityImpactDelegate = ScaleIntrospection(context => ListSizeCost.Estimate(context, values), values.IntrospectionImpact);
            options.ValidateComplexityDelegate = context =>
            {
                // GraphQL.NET's message names neither what costs nor what to change; the depth message is left as it is.
                if (context.TotalImpact > values.MaxComplexity && context.MaxDepth <= values.MaxDepth)
                {
                    context.Error = new ComplexityError(CostMessage(context.TotalImpact, values.MaxComplexity));
                }

                return Task.CompletedTask;
            };
        });
        builder.ConfigureSchema(schema => schema.RegisterVisitor(new IntrospectionTypesCostVisitor(() => limits.Value)));
        builder.AddValidationRule<IntrospectionDepthRule>();
        return builder.AddErrorMasking();
    }

    /// <summary>The refusal of a request over <see cref="RequestLimitsOptions.MaxComplexity"/>, with its estimated cost.</summary>
    internal static string CostMessage(double cost, int maxComplexity) => string.Create(
        CultureInfo.InvariantCulture,
        $"This request is too complex: its estimated cost is {Math.Ceiling(cost):N0} and the most allowed is {maxComplexity:N0}. Each value in the answer costs 1, and a list multiplies what is under it by its page size (first or last; {Paging.PagingOptions.DefaultPageSize} when neither is given) or by its usual length. Ask for smaller pages, fewer nested lists or fewer aliases.");

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
