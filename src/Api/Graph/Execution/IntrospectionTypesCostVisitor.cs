using GraphQL;
using GraphQL.Types;
using GraphQL.Utilities;
using GraphQL.Validation.Complexity;

namespace CarePlanGraph.Api.Graph.Execution;

/// <summary>
/// Prices <c>__schema.types</c> as a list of <see cref="RequestLimitsOptions.DefaultListSize"/>, like
/// any other list. GraphQL.NET prices it by the real number of types, which makes the standard
/// introspection query cost more with every type added until tools can no longer load the schema.
/// Nesting, which is what makes introspection expensive, is bounded by <see cref="IntrospectionDepthRule"/>.
/// </summary>
internal sealed class IntrospectionTypesCostVisitor(Func<RequestLimitsOptions> limits) : BaseSchemaNodeVisitor
{
    private readonly Func<RequestLimitsOptions> _limits = limits;

    public override void VisitObjectFieldDefinition(FieldType field, IObjectGraphType type, ISchema schema)
    {
        ArgumentNullException.ThrowIfNull(field);
        ArgumentNullException.ThrowIfNull(type);

        if (type.Name == "__Schema" && field.Name == "types")
        {
            field.WithComplexityImpact(_ =>
            {
                var limits = _limits();
                return new FieldComplexityResult(limits.IntrospectionImpact, limits.DefaultListSize);
            });
        }
    }
}
