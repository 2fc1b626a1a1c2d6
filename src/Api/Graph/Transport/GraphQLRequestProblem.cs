using System.Text.Json;

namespace CarePlanGraph.Api.Graph.Transport;

/// <summary>
/// Why a GraphQL request's JSON was refused: the parameter at fault (null for the request object itself) and the JSON
/// kind found instead (<see cref="JsonValueKind.Undefined"/> when it is absent). Each transport words it for its client.
/// </summary>
internal sealed record GraphQLRequestProblem(string? Parameter, JsonValueKind Found)
{
    /// <summary>A string in the request is not valid text (a lone UTF-16 surrogate escape, or invalid UTF-8).</summary>
    public bool InvalidText { get; init; }

    /// <summary>The parameter is an object, but a value in it cannot be read (e.g. a number out of range).</summary>
    public bool Unreadable { get; init; }

    public bool IsMissing => Found is JsonValueKind.Undefined or JsonValueKind.Null;

    /// <summary>What was found, as a message says it: "a number", "an array" …</summary>
    public string FoundDescription => Found switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        _ => "null",
    };
}
