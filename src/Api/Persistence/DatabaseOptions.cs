namespace CarePlanGraph.Api.Persistence;

/// <summary>Start-up behaviour of the store (configuration section "Database").</summary>
public sealed class DatabaseOptions
{
    public const string Section = "Database";

    /// <summary>Apply pending migrations at start-up. On by default so one command runs the API anywhere.</summary>
    public bool MigrateOnStartup { get; set; } = true;

    /// <summary>Load the demo data set into an empty database. Only honoured in Development and Testing.</summary>
    public bool SeedDemoData { get; set; }
}
