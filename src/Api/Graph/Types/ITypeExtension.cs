using GraphQL.Types;

namespace CarePlanGraph.Api.Graph.Types;

/// <summary>
/// Adds fields to a graph type that another module owns, so the owner never names the modules that extend it (Hot
/// Chocolate's type extensions). The owner applies every registered extension in registration order, which is the
/// order their fields appear in the schema.
/// </summary>
public interface ITypeExtension<in TGraphType>
    where TGraphType : IComplexGraphType
{
    void Extend(TGraphType type);
}
