using GraphQL.Types;

namespace CarePlanGraph.Api.Graph.Types;

/// <summary>
/// An enum whose every value carries a description a client developer can act on. Building the schema
/// fails if a value is left undescribed, so a new enum member cannot ship silently.
/// </summary>
public abstract class DescribedEnumType<TEnum> : EnumerationGraphType<TEnum>
    where TEnum : Enum
{
    protected DescribedEnumType(string name, string description, IReadOnlyDictionary<TEnum, string> valueDescriptions)
    {
        ArgumentNullException.ThrowIfNull(valueDescriptions);
        Name = name;
        Description = description;
        foreach (var value in Values)
        {
            var member = (TEnum)value.Value!;
            value.Description = valueDescriptions.TryGetValue(member, out var text)
                ? text
                : throw new InvalidOperationException($"{typeof(TEnum).Name}.{member} has no description.");
        }
    }
}
