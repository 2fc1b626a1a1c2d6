namespace CarePlanGraph.Api.Integrations;

/// <summary>Settings of integrations, bound from the configuration section <c>Integrations</c>.</summary>
public sealed class IntegrationsOptions
{
    public const string SectionName = "Integrations";

    /// <summary>How often usage counts are added to the database (default 5 s); also when the host stops.</summary>
    public TimeSpan UsageFlushInterval { get; set; } = TimeSpan.FromSeconds(5);
}
