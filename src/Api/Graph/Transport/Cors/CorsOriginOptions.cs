namespace CarePlanGraph.Api.Graph.Transport.Cors;

/// <summary>Cross-origin settings (section <c>Cors</c>).</summary>
public sealed class CorsOriginOptions
{
    public const string SectionName = "Cors";

    /// <summary>Origins always allowed (scheme://host[:port]), besides those <see cref="IAllowedOriginSource"/> gives.</summary>
    public IReadOnlyList<string> Origins { get; set; } = [];

    /// <summary>
    /// How long the origins from <see cref="IAllowedOriginSource"/> are kept before being read again (default 30
    /// seconds): an origin withdrawn there is refused within this time, at the cost of one read per period.
    /// </summary>
    public TimeSpan CacheFor { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long a browser may keep a preflight's answer (default 10 minutes).</summary>
    public TimeSpan PreflightMaxAge { get; set; } = TimeSpan.FromMinutes(10);
}
