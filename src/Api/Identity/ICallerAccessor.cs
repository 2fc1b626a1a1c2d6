namespace CarePlanGraph.Api.Identity;

/// <summary>Gives resolvers the caller of the current request; null when the request is anonymous.</summary>
public interface ICallerAccessor
{
    Task<Caller?> GetCallerAsync(CancellationToken cancellationToken);
}
