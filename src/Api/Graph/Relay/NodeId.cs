using System.Buffers.Text;
using System.Text;

namespace CarePlanGraph.Api.Graph.Relay;

/// <summary>
/// Opaque global IDs: the type name and the record's GUID, base64url-encoded. Clients must treat them
/// as opaque; the type inside lets the server refuse a plan's ID where a person's is expected.
/// </summary>
public static class NodeId
{
    public static string Encode(string typeName, Guid id) =>
        Base64Url.EncodeToString(Encoding.UTF8.GetBytes($"{typeName}:{id:N}"));

    public static bool TryDecode(string? value, out string typeName, out Guid id)
    {
        typeName = string.Empty;
        id = Guid.Empty;
        if (string.IsNullOrEmpty(value) || value.Length > 200 || !Base64Url.IsValid(value))
        {
            return false;
        }

        var text = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(value));
        var separator = text.IndexOf(':', StringComparison.Ordinal);
        if (separator <= 0 || !Guid.TryParseExact(text.AsSpan(separator + 1), "N", out id))
        {
            return false;
        }

        typeName = text[..separator];
        return true;
    }

    /// <summary>Decodes an ID that must be of <paramref name="expectedType"/>; otherwise a GraphQL error with code INVALID_ID.</summary>
    public static Guid DecodeAs(string? value, string expectedType, string argumentName)
    {
        if (!TryDecode(value, out var typeName, out var id) || typeName != expectedType)
        {
            throw new InvalidNodeIdException(argumentName, expectedType);
        }

        return id;
    }
}
