using GraphQL;

namespace CarePlanGraph.Api.Graph.Relay;

/// <summary>An ID argument that is not an ID of the expected type. Reported as a GraphQL error, code INVALID_ID.</summary>
public sealed class InvalidNodeIdException : ExecutionError
{
    public InvalidNodeIdException(string argumentName, string expectedType)
        : base($"Argument '{argumentName}' is not a valid {expectedType} ID. Use an ID this API returned for a {expectedType}.")
    {
        Code = "INVALID_ID";
    }
}
