namespace CarePlanGraph.Api.Graph.Transport.Cors;

/// <summary>Origins (scheme://host[:port]) that browsers may call the API from, besides the configured ones. Scoped.</summary>
public interface IAllowedOriginSource
{
    Task<IReadOnlyCollection<string>> LoadAsync(CancellationToken cancellationToken);
}
