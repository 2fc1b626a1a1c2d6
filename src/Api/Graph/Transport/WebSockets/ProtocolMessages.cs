using System.Buffers;
using System.Text.Json;
using GraphQL;

namespace CarePlanGraph.Api.Graph.Transport.WebSockets;

/// <summary>Writes the server's <c>graphql-transport-ws</c> messages as UTF-8 JSON, ready to send.</summary>
internal sealed class ProtocolMessages(IGraphQLTextSerializer serializer)
{
    private static readonly byte[] ConnectionAckMessage = """{"type":"connection_ack"}"""u8.ToArray();
    private static readonly byte[] PongMessage = """{"type":"pong"}"""u8.ToArray();

    public static byte[] ConnectionAck() => ConnectionAckMessage;

    /// <summary>A pong, echoing the ping's payload when it had one.</summary>
    public static byte[] Pong(JsonElement payload) => payload.ValueKind == JsonValueKind.Object
        ? Write(writer =>
        {
            writer.WriteString("type", "pong");
            writer.WritePropertyName("payload");
            payload.WriteTo(writer);
        })
        : PongMessage;

    public static byte[] Complete(string id) => Write(writer =>
    {
        writer.WriteString("id", id);
        writer.WriteString("type", "complete");
    });

    /// <summary>One result of the operation: its whole GraphQL response (data, errors, extensions).</summary>
    public byte[] Next(string id, ExecutionResult result)
    {
        if (result is SerializedExecutionResult serialized)
        {
            // Serialised once for every subscriber it goes to; only the envelope is written per socket.
            return Write(writer =>
            {
                writer.WriteString("id", id);
                writer.WriteString("type", "next");
                writer.WritePropertyName("payload");
                writer.WriteRawValue(serialized.Payload.Span, skipInputValidation: true);
            });
        }

        var json = serializer.Serialize(result);
        return Write(writer =>
        {
            writer.WriteString("id", id);
            writer.WriteString("type", "next");
            writer.WritePropertyName("payload");
            writer.WriteRawValue(json, skipInputValidation: true);
        });
    }

    /// <summary>The operation was refused before it ran (syntax, validation, variables): the errors, as an array.</summary>
    public byte[] Error(string id, IEnumerable<ExecutionError> errors)
    {
        var result = new ExecutionResult { Errors = [.. errors] };
        using var document = JsonDocument.Parse(serializer.Serialize(result));
        return Write(writer =>
        {
            writer.WriteString("id", id);
            writer.WriteString("type", "error");
            writer.WritePropertyName("payload");
            if (document.RootElement.TryGetProperty("errors", out var list))
            {
                list.WriteTo(writer);
            }
            else
            {
                writer.WriteStartArray();
                writer.WriteEndArray();
            }
        });
    }

    private static byte[] Write(Action<Utf8JsonWriter> body)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            body(writer);
            writer.WriteEndObject();
        }

        return buffer.WrittenSpan.ToArray();
    }
}
