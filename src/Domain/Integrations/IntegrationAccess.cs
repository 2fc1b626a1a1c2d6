namespace CarePlanGraph.Domain.Integrations;

/// <summary>What an integration may do, within what its organisation's role allows.</summary>
public enum IntegrationAccess
{
    /// <summary>Queries and subscriptions only; every mutation is refused.</summary>
    ReadOnly,

    /// <summary>Queries, subscriptions and the mutations its organisation's role allows.</summary>
    ReadWrite,
}
