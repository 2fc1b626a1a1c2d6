using System.Collections;
using System.Globalization;
using CarePlanGraph.Api.Graph.Relay;

namespace CarePlanGraph.Api.Graph.Mutations;

/// <summary>
/// Reads a mutation's <c>input</c> object as GraphQL.NET parsed it. A field the client left out is absent, not
/// null, so an update can tell "leave it as it is" (<see cref="Has"/> is false) from "clear it" (present and null).
/// Global IDs are decoded against the type they must be; a wrong or malformed one is a GraphQL error (INVALID_ID)
/// naming the input field, because it is a client bug rather than a business refusal.
/// </summary>
public sealed class MutationInput
{
    private readonly IDictionary<string, object?> _values;
    private readonly string _path;

    public MutationInput(IDictionary<string, object?> values, string path)
    {
        _values = values ?? throw new ArgumentNullException(nameof(values));
        _path = path;
    }

    /// <summary>True when the client sent the field, even as null.</summary>
    public bool Has(string name) => _values.ContainsKey(name);

    /// <summary>The text of a field; null when absent or null.</summary>
    public string? Text(string name) => _values.TryGetValue(name, out var value) ? value as string : null;

    /// <summary>A field the schema declares non-null, of a value type (Int, Long, Boolean, Date, an enum).</summary>
    public T Value<T>(string name)
        where T : struct =>
        Optional<T>(name) ?? throw new InvalidOperationException($"Input field {Path(name)} is required by the schema but was not parsed.");

    /// <summary>A nullable field of a value type; null when absent or null.</summary>
    public T? Optional<T>(string name)
        where T : struct => _values.TryGetValue(name, out var value) && value is not null
        ? value is T typed ? typed : (T)Convert.ChangeType(value, typeof(T), CultureInfo.InvariantCulture)
        : null;

    /// <summary>A global ID that must be of <paramref name="typeName"/>.</summary>
    public Guid Id(string name, string typeName) => NodeId.DecodeAs(AsText(Raw(name)), typeName, Path(name));

    /// <summary>An optional global ID of <paramref name="typeName"/>; null when absent or null.</summary>
    public Guid? OptionalId(string name, string typeName) =>
        Raw(name) is { } value ? NodeId.DecodeAs(AsText(value), typeName, Path(name)) : null;

    /// <summary>A list of global IDs, each of <paramref name="typeName"/>; empty when absent or null.</summary>
    public IReadOnlyList<Guid> Ids(string name, string typeName) =>
        Items(name).Select(value => NodeId.DecodeAs(AsText(value), typeName, Path(name))).ToArray();

    /// <summary>A list of strings; empty when absent or null.</summary>
    public IReadOnlyList<string> Strings(string name) => Items(name).Select(value => AsText(value) ?? string.Empty).ToArray();

    /// <summary>A nested input object; null when absent or null.</summary>
    public MutationInput? Nested(string name) =>
        Raw(name) is IDictionary<string, object?> nested ? new MutationInput(nested, Path(name)) : null;

    private IEnumerable<object?> Items(string name) => Raw(name) switch
    {
        null => [],
        string single => [single],
        IEnumerable many => many.Cast<object?>(),
        var single => [single],
    };

    private object? Raw(string name) => _values.TryGetValue(name, out var value) ? value : null;

    private string Path(string name) => string.IsNullOrEmpty(_path) ? name : $"{_path}.{name}";

    private static string? AsText(object? value) => value is null ? null : Convert.ToString(value, CultureInfo.InvariantCulture);
}
