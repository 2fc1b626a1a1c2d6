using CarePlanGraph.Domain.Common;

namespace CarePlanGraph.Domain.Integrations;

/// <summary>
/// The one check of URLs an outside application gives the council: browser origins (for CORS) and webhook endpoints.
/// Absolute https (http only when <c>allowInsecure</c>, in Development); no user name or password; an origin is scheme,
/// host and port only; a webhook may not name a private, loopback or link-local address outside Development.
/// </summary>
public static class IntegrationUrls
{
    /// <summary>Every problem with <paramref name="urls"/>, each naming its place as <c>field[i]</c>.</summary>
    public static IEnumerable<DomainError> Check(IReadOnlyList<string> urls, string field, int max, bool allowInsecure, bool origin)
    {
        if (urls.Count > max)
        {
            yield return new InvalidIntegrationUrlError(field, $"{urls.Count} given", $"may list at most {max}");
            yield break;
        }

        for (var i = 0; i < urls.Count; i++)
        {
            var at = $"{field}[{i}]";
            var text = urls[i]?.Trim() ?? string.Empty;
            if (text.Length > Integration.MaxUrlLength || !Uri.TryCreate(text, UriKind.Absolute, out var uri) || uri.Scheme is not ("https" or "http"))
            {
                yield return new InvalidIntegrationUrlError(at, Shorten(text), "is not an absolute http or https URL");
                continue;
            }

            if (uri.Scheme == "http" && !allowInsecure)
            {
                yield return new InvalidIntegrationUrlError(at, Shorten(text), "must use https (http is allowed only in Development)");
            }

            if (!string.IsNullOrEmpty(uri.UserInfo))
            {
                yield return new InvalidIntegrationUrlError(at, Shorten(text), "may not carry a user name or password");
            }

            if (origin && (uri.PathAndQuery != "/" || text.EndsWith('/') || !string.IsNullOrEmpty(uri.Fragment)))
            {
                yield return new InvalidIntegrationUrlError(at, Shorten(text), "must be an origin: scheme, host and port only, e.g. https://portal.example.org");
            }

            if (!origin && !allowInsecure && NetworkAddresses.IsPrivateOrLocal(uri))
            {
                yield return new InvalidIntegrationUrlError(at, Shorten(text), "points at a private, loopback or link-local address, which the council's servers will not call");
            }
        }
    }

    private static string Shorten(string text) => text.Length <= 200 ? text : text[..200] + "…";
}
