using System.Text.Json;

namespace CarePlanGraph.Api.Graph.Transport;

/// <summary>
/// Why a GraphQL request's JSON was refused: the parameter at fault (null for the request object itself) and the JSON
/// kind found instead (<see cref="JsonValueKind.Undefined"/> when it is absent). Each transport words it for its client.
/// </summary>
internal sealed record GraphQLRequestProblem(string? Parameter, JsonValueKind Found)
{
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
