using System.Diagnostics.CodeAnalysis;

namespace CarePlanGraph.Api.Graph.Mutations;

/// <summary>
/// An input field that may be left out: <see cref="IsSet"/> is false when the client did not send it, so an update
/// can tell "leave it as it is" from "clear it" (sent as null).
/// </summary>
[SuppressMessage("Naming", "CA1716", Justification = "Named as Hot Chocolate names it; C# is the only language that uses it.")]
public readonly record struct Optional<T>(bool IsSet, T Value)
{
    /// <summary>The value sent, or <paramref name="current"/> when the field was left out.</summary>
    public T Or(T current) => IsSet ? Value : current;
}
