using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace CarePlanGraph.Api.Graph.Transport;

/// <summary>
/// Chooses the response media type from the Accept header, as the GraphQL-over-HTTP spec describes.
/// </summary>
/// <remarks>
/// A client that names <c>application/graphql-response+json</c> gets it, with status codes that
/// describe the outcome. A client that sends no Accept, <c>*/*</c> or only <c>application/json</c>
/// gets the legacy <c>application/json</c>, where GraphQL errors come with 200: older clients
/// expect that, and the spec asks servers to keep doing it for them.
/// </remarks>
internal static class ResponseMediaType
{
    public const string GraphQLResponseJson = "application/graphql-response+json";
    public const string Json = "application/json";

    private const int NoMatch = -1;
    private const int ExactMatch = 2;

    /// <summary>The chosen media type, or <see langword="null"/> when the client accepts neither.</summary>
    public static string? Negotiate(StringValues accept)
    {
        if (StringValues.IsNullOrEmpty(accept) || accept.All(string.IsNullOrWhiteSpace))
        {
            return Json;
        }

        // An Accept header we cannot parse is treated as absent rather than refused: being strict
        // about it would break clients without protecting anything.
        if (!MediaTypeHeaderValue.TryParseList(accept, out var ranges) || ranges.Count == 0)
        {
            return Json;
        }

        var graphQL = Match(ranges, "application", "graphql-response+json");
        var json = Match(ranges, "application", "json");
        if (graphQL.Quality <= 0 && json.Quality <= 0)
        {
            return null;
        }

        if (graphQL.Quality != json.Quality)
        {
            return graphQL.Quality > json.Quality ? GraphQLResponseJson : Json;
        }

        // Equal preference: the more specific range wins; when both are named, the newer type
        // wins; when both only match a wildcard, the legacy type wins (see remarks).
        if (graphQL.Specificity != json.Specificity)
        {
            return graphQL.Specificity > json.Specificity ? GraphQLResponseJson : Json;
        }

        return graphQL.Specificity == ExactMatch ? GraphQLResponseJson : Json;
    }

    /// <summary>The quality the client gives one media type: taken from the most specific range that matches it.</summary>
    private static (double Quality, int Specificity) Match(IList<MediaTypeHeaderValue> ranges, string type, string subtype)
    {
        var best = (Quality: 0d, Specificity: NoMatch);
        foreach (var range in ranges)
        {
            var specificity = SpecificityOf(range, type, subtype);
            if (specificity == NoMatch || specificity < best.Specificity || !AllowsUtf8(range))
            {
                continue;
            }

            var quality = range.Quality ?? 1d;
            best = specificity > best.Specificity
                ? (quality, specificity)
                : (Math.Max(best.Quality, quality), specificity);
        }

        return best;
    }

    private static int SpecificityOf(MediaTypeHeaderValue range, string type, string subtype)
    {
        if (range.MatchesAllTypes)
        {
            return 0;
        }

        if (!range.Type.Equals(type, StringComparison.OrdinalIgnoreCase))
        {
            return NoMatch;
        }

        if (range.MatchesAllSubTypes)
        {
            return 1;
        }

        return range.SubType.Equals(subtype, StringComparison.OrdinalIgnoreCase) ? ExactMatch : NoMatch;
    }

    // Responses are always utf-8, so a range that asks for another charset does not match.
    private static bool AllowsUtf8(MediaTypeHeaderValue range) =>
        !range.Charset.HasValue
        || range.Charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase)
        || range.Charset.Equals("utf8", StringComparison.OrdinalIgnoreCase);
}
