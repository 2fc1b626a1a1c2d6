using System.Text.Json;
using System.Text.Json.Nodes;

namespace CarePlanGraph.Api.Tests.Guide;

/// <summary>
/// Compares an answer with what the guide shows. Exact, except that <c>…</c> stands for what changes from run to run
/// (ids, cursors, secrets, times): a string that is only <c>…</c> matches any value; a string with <c>…</c> in it matches
/// any string with the same text around it (<c>"whsec_…"</c>, <c>"Try again in … seconds"</c>). Objects must have the
/// same members, arrays the same length.
/// </summary>
public static class JsonPattern
{
    public const string Any = "…";

    /// <summary>Where <paramref name="actual"/> differs from <paramref name="expected"/>; empty when it matches.</summary>
    public static IReadOnlyList<string> Differences(JsonNode? expected, JsonNode? actual)
    {
        var problems = new List<string>();
        Compare(expected, actual, "$", problems);
        return problems;
    }

    /// <summary>Whether <paramref name="actual"/> is text the pattern <paramref name="expected"/> describes.</summary>
    public static bool TextMatches(string expected, string actual)
    {
        var parts = expected.Split(Any);
        if (parts.Length == 1)
        {
            return expected == actual;
        }

        if (!actual.StartsWith(parts[0], StringComparison.Ordinal) || !actual.EndsWith(parts[^1], StringComparison.Ordinal)
            || actual.Length < parts[0].Length + parts[^1].Length)
        {
            return false;
        }

        var at = parts[0].Length;
        var end = actual.Length - parts[^1].Length;
        foreach (var middle in parts[1..^1])
        {
            var found = actual.IndexOf(middle, at, end - at, StringComparison.Ordinal);
            if (found < 0)
            {
                return false;
            }

            at = found + middle.Length;
        }

        return true;
    }

    private static void Compare(JsonNode? expected, JsonNode? actual, string path, List<string> problems)
    {
        if (expected is JsonValue placeholder && placeholder.GetValueKind() == JsonValueKind.String && (string?)placeholder == Any)
        {
            return;
        }

        switch (expected)
        {
            case null when actual is null:
                return;
            case JsonObject expectedObject when actual is JsonObject actualObject:
                foreach (var (key, value) in expectedObject)
                {
                    if (!actualObject.ContainsKey(key))
                    {
                        problems.Add($"{path}.{key}: missing");
                        continue;
                    }

                    Compare(value, actualObject[key], $"{path}.{key}", problems);
                }

                problems.AddRange(actualObject.Where(a => !expectedObject.ContainsKey(a.Key)).Select(a => $"{path}.{a.Key}: not shown in the guide ({a.Value?.ToJsonString()})"));
                return;
            case JsonArray expectedArray when actual is JsonArray actualArray:
                if (expectedArray.Count != actualArray.Count)
                {
                    problems.Add($"{path}: {expectedArray.Count} items shown, {actualArray.Count} answered");
                    return;
                }

                for (var i = 0; i < expectedArray.Count; i++)
                {
                    Compare(expectedArray[i], actualArray[i], $"{path}[{i}]", problems);
                }

                return;
            case JsonValue expectedValue when actual is JsonValue actualValue:
                var same = expectedValue.GetValueKind() == JsonValueKind.String && actualValue.GetValueKind() == JsonValueKind.String
                    ? TextMatches((string)expectedValue!, (string)actualValue!)
                    : JsonNode.DeepEquals(expectedValue, actualValue);
                if (!same)
                {
                    problems.Add($"{path}: shown {expectedValue.ToJsonString()}, answered {actualValue.ToJsonString()}");
                }

                return;
            default:
                problems.Add($"{path}: shown {expected?.ToJsonString() ?? "null"}, answered {actual?.ToJsonString() ?? "null"}");
                return;
        }
    }
}
