namespace CarePlanGraph.Api.Persistence;

/// <summary>Where the store lives and its start-up behaviour (configuration section "Database").</summary>
public sealed class DatabaseOptions
{
    public const string Section = "Database";

    /// <summary>The database engine; the connection string is <c>ConnectionStrings:CarePlan</c>. SQLite by default.</summary>
    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>Apply pending migrations at start-up. On by default so one command runs the API anywhere.</summary>
    public bool MigrateOnStartup { get; set; } = true;

    /// <summary>Load the demo data set into an empty database. Only honoured in Development and Testing.</summary>
    public bool SeedDemoData { get; set; }
}

/// <summary>The database engines the store runs on, each with its own migrations.</summary>
public enum DatabaseProvider
{
    /// <summary>A local file: one office, no service to run. The default.</summary>
    Sqlite,

    /// <summary>A PostgreSQL server: several API instances on one database.</summary>
    Postgres,
}
