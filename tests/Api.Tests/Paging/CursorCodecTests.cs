using System.Buffers.Text;
using System.Text.Json;
using CarePlanGraph.Api.Graph.Paging;
using GraphQL;

namespace CarePlanGraph.Api.Tests.Paging;

/// <summary>The generic cursor codec: opaque, tamper-evident, tied to its list and order (docs/decisions/0014).</summary>
public sealed class CursorCodecTests
{
    private static readonly byte[] Key = [.. Enumerable.Range(1, 32).Select(i => (byte)i)];
    private static readonly CursorCodec Codec = new(Key);
    private static readonly JsonElement[] Values = [JsonSerializer.SerializeToElement("Ada Lovelace"), JsonSerializer.SerializeToElement(42)];

    [Fact]
    public void A_cursor_reads_back_the_key_values_it_was_made_with()
    {
        var cursor = Codec.Encode("people", "fullName:a", Values);

        var keys = Codec.Decode(cursor, "after", "people", "fullName:a", 2);

        Assert.Equal("Ada Lovelace", keys[0].GetString());
        Assert.Equal(42, keys[1].GetInt32());
        Assert.DoesNotContain("Ada", cursor, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_altered_byte_is_refused()
    {
        var bytes = Base64Url.DecodeFromChars(Codec.Encode("people", "default", Values));
        for (var i = 0; i < bytes.Length; i++)
        {
            var altered = bytes.ToArray();
            altered[i] ^= 0x01;
            var error = Assert.Throws<ExecutionError>(() => Codec.Decode(Base64Url.EncodeToString(altered), "after", "people", "default", 2));
            Assert.Equal("INVALID_CURSOR", error.Code);
        }
    }

    [Fact]
    public void A_cursor_made_with_another_deployments_key_is_refused()
    {
        var other = new CursorCodec([.. Enumerable.Range(2, 32).Select(i => (byte)i)]);

        var error = Assert.Throws<ExecutionError>(() => Codec.Decode(other.Encode("people", "default", Values), "after", "people", "default", 2));

        Assert.Equal("INVALID_CURSOR", error.Code);
        Assert.Contains("not a cursor this API returned", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_cursor_from_another_list_or_order_is_refused_saying_which()
    {
        var cursor = Codec.Encode("organisations", "default", Values);
        var otherList = Assert.Throws<ExecutionError>(() => Codec.Decode(cursor, "after", "people", "default", 2));
        Assert.Equal("INVALID_CURSOR", otherList.Code);
        Assert.Contains("another list", otherList.Message, StringComparison.Ordinal);

        var otherOrder = Assert.Throws<ExecutionError>(() => Codec.Decode(Codec.Encode("people", "default", Values), "before", "people", "fullName:d", 2));
        Assert.Equal("INVALID_CURSOR", otherOrder.Code);
        Assert.Contains("different `order`", otherOrder.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("not a cursor")]
    [InlineData("Y3Vyc29yOjE")]
    [InlineData("AQ")]
    public void Text_that_is_not_a_cursor_is_refused(string cursor)
    {
        var error = Assert.Throws<ExecutionError>(() => Codec.Decode(cursor, "after", "people", "default", 2));
        Assert.Equal("INVALID_CURSOR", error.Code);
    }

    [Fact]
    public void A_short_key_is_refused() =>
        Assert.Throws<ArgumentException>(() => new CursorCodec(new byte[16]));
}
