using System.Text.Json;
using System.Text.Json.Serialization;

namespace CarePlanGraph.Api.Events;

/// <summary>How a <see cref="PlanStatusChanged"/> is written in the outbox and on a shared bus: one format for both.</summary>
public static class PlanEventJson
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
    };

    public static string Serialize(PlanStatusChanged change) => JsonSerializer.Serialize(change, Options);

    public static PlanStatusChanged Deserialize(string json) =>
        JsonSerializer.Deserialize<PlanStatusChanged>(json, Options) ?? throw new JsonException("An empty plan event.");
}
