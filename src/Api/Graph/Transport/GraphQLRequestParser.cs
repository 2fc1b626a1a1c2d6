using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using GraphQL;

namespace CarePlanGraph.Api.Graph.Transport;

/// <summary>
/// Reads a GraphQL request's parameters (query or documentId, operationName, variables, extensions) from its JSON object and checks
/// their types. HTTP (POST bodies, GET's JSON parameters) and WebSocket (<c>subscribe</c> payloads) share it, so that
/// both accept exactly the same requests.
/// </summary>
internal sealed class GraphQLRequestParser(IGraphQLTextSerializer serializer)
{
    public const string Query = "query";
    public const string OperationName = "operationName";
    public const string Variables = "variables";
    public const string Extensions = "extensions";
    public const string DocumentId = "documentId";

    private readonly IGraphQLTextSerializer _serializer = serializer;

    /// <summary>The request in <paramref name="json"/>, or the first problem found in it.</summary>
    public bool TryParse(
        JsonElement json,
        [NotNullWhen(true)] out GraphQLRequestParameters? request,
        [NotNullWhen(false)] out GraphQLRequestProblem? problem)
    {
        try
        {
            return TryParseChecked(json, out request, out problem);
        }
        catch (InvalidOperationException)
        {
            // System.Text.Json checks a string's text only when it is read: a "\ud800" escape, or invalid
            // UTF-8 that got this far, fails there. It is the request's fault, not ours.
            request = null;
            problem = new GraphQLRequestProblem(null, JsonValueKind.String) { InvalidText = true };
            return false;
        }
    }

    private bool TryParseChecked(
        JsonElement json,
        [NotNullWhen(true)] out GraphQLRequestParameters? request,
        [NotNullWhen(false)] out GraphQLRequestProblem? problem)
    {
        request = null;
        if (json.ValueKind != JsonValueKind.Object)
        {
            problem = new GraphQLRequestProblem(null, json.ValueKind);
            return false;
        }

        // GraphQL over HTTP's persisted documents: 'documentId' instead of (never as well as) 'query'.
        string? documentId = null;
        if (json.TryGetProperty(DocumentId, out var id) && id.ValueKind != JsonValueKind.Null)
        {
            if (id.ValueKind != JsonValueKind.String)
            {
                problem = new GraphQLRequestProblem(DocumentId, id.ValueKind);
                return false;
            }

            documentId = id.GetString();
        }

        string? document = null;
        if (!json.TryGetProperty(Query, out var query) || query.ValueKind == JsonValueKind.Null)
        {
            if (documentId is null)
            {
                problem = new GraphQLRequestProblem(Query, query.ValueKind);
                return false;
            }
        }
        else if (query.ValueKind != JsonValueKind.String)
        {
            problem = new GraphQLRequestProblem(Query, query.ValueKind);
            return false;
        }
        else
        {
            document = query.GetString();
        }

        string? operationName = null;
        if (json.TryGetProperty(OperationName, out var name) && name.ValueKind != JsonValueKind.Null)
        {
            if (name.ValueKind != JsonValueKind.String)
            {
                problem = new GraphQLRequestProblem(OperationName, name.ValueKind);
                return false;
            }

            // An empty name selects nothing, as an absent one.
            operationName = name.GetString() is { Length: > 0 } text ? text : null;
        }

        json.TryGetProperty(Variables, out var variablesJson);
        json.TryGetProperty(Extensions, out var extensionsJson);
        if (!TryReadMap(Variables, variablesJson, out var variables, out problem)
            || !TryReadMap(Extensions, extensionsJson, out var extensions, out problem))
        {
            return false;
        }

        request = new GraphQLRequestParameters(document, operationName, variables, extensions, documentId);
        return true;
    }

    /// <summary>A map parameter (variables, extensions): an object, or nothing when absent (undefined) or null.</summary>
    public bool TryReadMap(string parameter, JsonElement json, out Inputs? value, [NotNullWhen(false)] out GraphQLRequestProblem? problem)
    {
        value = null;
        problem = null;
        if (json.ValueKind is JsonValueKind.Undefined or JsonValueKind.Null)
        {
            return true;
        }

        if (json.ValueKind != JsonValueKind.Object)
        {
            problem = new GraphQLRequestProblem(parameter, json.ValueKind);
            return false;
        }

        try
        {
            value = _serializer.ReadNode<Inputs>(json);
        }
        catch (Exception exception) when (exception is InvalidOperationException or JsonException { InnerException: InvalidOperationException })
        {
            problem = new GraphQLRequestProblem(parameter, JsonValueKind.String) { InvalidText = true };
            return false;
        }
        catch (JsonException)
        {
            // The serializer could not turn a value into .NET (e.g. a number out of range).
            problem = new GraphQLRequestProblem(parameter, json.ValueKind) { Unreadable = true };
            return false;
        }

        return true;
    }
}
