using System.Globalization;
using CarePlanGraph.Api.Graph.Mutations;
using CarePlanGraph.Api.Graph.Relay;
using CarePlanGraph.Domain.Common;

namespace CarePlanGraph.Api.Changes;

/// <summary>
/// Decodes a global ID in a mutation input into the typed ID its record declares (<c>Id&lt;CarePlan&gt;</c> …): the
/// node type is the entity's name, so an ID of another type, or a malformed one, is INVALID_ID naming the field.
/// </summary>
internal sealed class TypedIdConverter : IInputValueConverter
{
    public bool CanConvert(Type type) => type.IsGenericType && type.GetGenericTypeDefinition() == typeof(Id<>);

    public object? Convert(object value, Type type, string path)
    {
        ArgumentNullException.ThrowIfNull(type);
        var id = NodeId.DecodeAs(System.Convert.ToString(value, CultureInfo.InvariantCulture), type.GetGenericArguments()[0].Name, path);
        return Activator.CreateInstance(type, id);
    }
}
