using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using System.Text.Unicode;

namespace CarePlanGraph.Api.Graph.Transport.WebSockets;

/// <summary>
/// A message from the client, read from its JSON text: its <c>type</c>, its <c>payload</c> and its <c>id</c>. What the
/// type asks for is the connection's to decide; here only the envelope is checked.
/// </summary>
internal sealed class ClientMessage : IDisposable
{
    private static readonly JsonDocumentOptions Options = new() { MaxDepth = 64 };

    private readonly JsonDocument _document;

    private ClientMessage(JsonDocument document, string type, JsonElement payload, string? id)
    {
        _document = document;
        Type = type;
        Payload = payload;
        Id = id;
    }

    public string Type { get; }

    /// <summary>An object, or Undefined when the message has none (absent or null).</summary>
    public JsonElement Payload { get; }

    /// <summary>The id, when it is a non-empty string; otherwise null.</summary>
    public string? Id { get; }

    /// <summary>The message, or why it is not one the protocol allows (a close reason).</summary>
    public static bool TryRead(ReadOnlyMemory<byte> bytes, [NotNullWhen(true)] out ClientMessage? message, [NotNullWhen(false)] out string? problem)
    {
        message = null;

        // System.Text.Json would only notice invalid UTF-8 inside a string when reading it, and then throw.
        if (!Utf8.IsValid(bytes.Span))
        {
            problem = "Invalid message: not UTF-8";
            return false;
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(bytes, Options);
        }
        catch (JsonException)
        {
            problem = "Invalid message: not JSON";
            return false;
        }

        var root = document.RootElement;
        if (root.ValueKind != JsonValueKind.Object
            || !root.TryGetProperty("type", out var typeElement)
            || typeElement.ValueKind != JsonValueKind.String)
        {
            document.Dispose();
            problem = "Invalid message: a JSON object with a string 'type' is required";
            return false;
        }

        string type;
        string? id;
        try
        {
            type = typeElement.GetString()!;
            id = IdOf(root);
        }
        catch (InvalidOperationException)
        {
            // A lone UTF-16 surrogate escape ("\ud800") fails only when the string is read.
            document.Dispose();
            problem = "Invalid message: a string is not valid Unicode text";
            return false;
        }

        if (!TryGetPayload(root, out var payload))
        {
            document.Dispose();
            problem = $"Invalid message: the payload of '{type}' must be an object";
            return false;
        }

        problem = null;
        message = new ClientMessage(document, type, payload, id);
        return true;
    }

    public void Dispose() => _document.Dispose();

    private static bool TryGetPayload(JsonElement root, out JsonElement payload)
    {
        payload = default;
        if (!root.TryGetProperty("payload", out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return true;
        }

        payload = value;
        return value.ValueKind == JsonValueKind.Object;
    }

    private static string? IdOf(JsonElement root) =>
        root.TryGetProperty("id", out var element) && element.ValueKind == JsonValueKind.String
            && element.GetString() is { Length: > 0 } id
            ? id
            : null;
}
