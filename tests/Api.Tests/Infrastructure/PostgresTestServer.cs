using CarePlanGraph.Api.Persistence;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace CarePlanGraph.Api.Tests.Infrastructure;

/// <summary>
/// The PostgreSQL server the suite runs against when <c>CAREPLAN_TEST_POSTGRES</c> holds a connection string to it
/// (<c>tests/postgres/start.sh</c> starts a private one); unset, every test runs on SQLite. Each test host gets its
/// own database, copied from a migrated template made once per test run, and dropped when the host is disposed.
/// </summary>
public static class PostgresTestServer
{
    public const string Variable = "CAREPLAN_TEST_POSTGRES";

    public const string NotConfigured = $"PostgreSQL tests need {Variable} set to a server's connection string: run `eval \"$(tests/postgres/start.sh)\"` first.";

    private static readonly Lazy<string> Template = new(CreateTemplate, LazyThreadSafetyMode.ExecutionAndPublication);

    // CREATE DATABASE … TEMPLATE needs the template to itself; one copy at a time keeps parallel test classes apart.
    private static readonly Lock CopyLock = new();

    public static string? ServerConnectionString { get; } = Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } value ? value : null;

    public static bool IsConfigured => ServerConnectionString is not null;

    /// <summary>A connection string to the named database on the server.</summary>
    public static string ConnectionStringFor(string database) =>
        new NpgsqlConnectionStringBuilder(ServerConnectionString ?? throw new InvalidOperationException(NotConfigured)) { Database = database }.ConnectionString;

    /// <summary>A new, empty database (no tables), for tests that apply the migrations themselves.</summary>
    public static string CreateEmptyDatabase()
    {
        var name = NewName("careplan_empty");
        Execute($"CREATE DATABASE {Quote(name)}");
        return name;
    }

    /// <summary>A name no database on the server has yet, for tests of what creates one.</summary>
    public static string UnusedDatabaseName() => NewName("careplan_new");

    /// <summary>A new database with every PostgreSQL migration applied and no rows.</summary>
    public static string CreateMigratedDatabase()
    {
        var template = Template.Value;
        var name = NewName("careplan_test");
        lock (CopyLock)
        {
            Execute($"CREATE DATABASE {Quote(name)} TEMPLATE {Quote(template)}");
        }

        return name;
    }

    /// <summary>Drops a database the tests made, closing any connection still open to it.</summary>
    public static void Drop(string database)
    {
        NpgsqlConnection.ClearPool(new NpgsqlConnection(ConnectionStringFor(database)));
        Execute($"DROP DATABASE IF EXISTS {Quote(database)} WITH (FORCE)");
    }

    private static string CreateTemplate()
    {
        var name = NewName("careplan_template");
        Execute($"CREATE DATABASE {Quote(name)}");
        var options = new DbContextOptionsBuilder<PostgresCarePlanDbContext>()
            .UseNpgsql(new NpgsqlConnectionStringBuilder(ConnectionStringFor(name)) { Pooling = false }.ConnectionString)
            .Options;
        using (var db = new PostgresCarePlanDbContext(options))
        {
            db.Database.Migrate();
        }

        AppDomain.CurrentDomain.ProcessExit += (_, _) => Drop(name);
        return name;
    }

    /// <summary>Whether the server has a database of this name.</summary>
    public static bool Exists(string database)
    {
        using var connection = OpenMaintenanceConnection();
        using var command = new NpgsqlCommand("SELECT count(*) FROM pg_database WHERE datname = $1", connection) { Parameters = { new() { Value = database } } };
        return (long)command.ExecuteScalar()! == 1;
    }

    private static string NewName(string prefix) => $"{prefix}_{Guid.NewGuid():N}";

    private static string Quote(string name) => $"\"{name.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";

    private static void Execute(string sql)
    {
        using var connection = OpenMaintenanceConnection();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    /// <summary>An unpooled connection to the server's <c>postgres</c> database, where databases are made and dropped.</summary>
    private static NpgsqlConnection OpenMaintenanceConnection()
    {
        var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(ConnectionStringFor("postgres")) { Pooling = false }.ConnectionString);
        connection.Open();
        return connection;
    }
}

/// <summary>A test that needs a PostgreSQL server: skipped, saying how to run it, when none is configured.</summary>
public sealed class PostgresFactAttribute : FactAttribute
{
    public PostgresFactAttribute()
    {
        if (!PostgresTestServer.IsConfigured)
        {
            Skip = PostgresTestServer.NotConfigured;
        }
    }
}
