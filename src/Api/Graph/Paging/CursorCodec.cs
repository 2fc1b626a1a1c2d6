using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text.Json;
using GraphQL;

namespace CarePlanGraph.Api.Graph.Paging;

/// <summary>
/// Makes and reads keyset cursors: base64url of a version byte, a small JSON document (the connection's name, the
/// signature of the order the page was read in, the sort key values of the row) and a 16-byte HMAC-SHA256 of both.
/// The MAC makes a cursor tamper-evident, so a client cannot forge a position (or smuggle values into the keyset
/// query); the name and signature tie it to the list and order it came from. See docs/decisions/0014.
/// </summary>
public sealed class CursorCodec
{
    private const byte Version = 1;
    private const int MacLength = 16;
    private const int MaxCursorLength = 2000;
    private readonly byte[] _key;

    /// <param name="key">The per-deployment secret (at least 32 bytes); every instance of one deployment must share it.</param>
    public CursorCodec(byte[] key)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (key.Length < 32)
        {
            throw new ArgumentException("A cursor key needs at least 32 bytes.", nameof(key));
        }

        _key = key;
    }

    public string Encode(string connection, string order, IReadOnlyList<JsonElement> keys)
    {
        var payload = JsonSerializer.SerializeToUtf8Bytes(new CursorPayload(connection, order, keys));
        var bytes = new byte[1 + payload.Length + MacLength];
        bytes[0] = Version;
        payload.CopyTo(bytes, 1);
        Mac(bytes.AsSpan(0, 1 + payload.Length)).CopyTo(bytes.AsSpan(1 + payload.Length));
        return Base64Url.EncodeToString(bytes);
    }

    /// <summary>The key values of a cursor made by <see cref="Encode"/> for this connection and order; otherwise a GraphQL error with code INVALID_CURSOR.</summary>
    public IReadOnlyList<JsonElement> Decode(string cursor, string argument, string connection, string order, int keyCount)
    {
        ArgumentNullException.ThrowIfNull(cursor);
        var payload = Verified(cursor) ?? throw Invalid($"'{argument}' is not a cursor this API returned: pass `pageInfo.endCursor` or `startCursor` (or an edge's `cursor`) unchanged.");
        if (payload.Connection != connection)
        {
            throw Invalid($"'{argument}' is a cursor from another list ('{payload.Connection}'), not from '{connection}'.");
        }

        if (payload.Order != order || payload.Keys.Count != keyCount)
        {
            throw Invalid($"'{argument}' was made for a different `order`: ask again with the `order` the cursor's page was read with, or start from the first page.");
        }

        return payload.Keys;
    }

    private CursorPayload? Verified(string cursor)
    {
        if (cursor.Length is 0 or > MaxCursorLength || !Base64Url.IsValid(cursor))
        {
            return null;
        }

        var bytes = Base64Url.DecodeFromChars(cursor);
        if (bytes.Length <= 1 + MacLength || bytes[0] != Version)
        {
            return null;
        }

        var signed = bytes.AsSpan(0, bytes.Length - MacLength);
        if (!CryptographicOperations.FixedTimeEquals(Mac(signed), bytes.AsSpan(bytes.Length - MacLength)))
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize<CursorPayload>(signed[1..]);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private byte[] Mac(ReadOnlySpan<byte> data) => HMACSHA256.HashData(_key, data)[..MacLength];

    private static ExecutionError Invalid(string message) => new(message) { Code = "INVALID_CURSOR" };

    /// <summary>Builds the codec from <c>Paging:CursorKey</c> (base64, 32 bytes or more), or a random key for this process when unset.</summary>
    public static CursorCodec FromKey(string? base64Key) =>
        new(string.IsNullOrWhiteSpace(base64Key) ? RandomNumberGenerator.GetBytes(32) : Convert.FromBase64String(base64Key));

    private sealed record CursorPayload(
        [property: System.Text.Json.Serialization.JsonPropertyName("c")] string Connection,
        [property: System.Text.Json.Serialization.JsonPropertyName("o")] string Order,
        [property: System.Text.Json.Serialization.JsonPropertyName("k")] IReadOnlyList<JsonElement> Keys);
}
