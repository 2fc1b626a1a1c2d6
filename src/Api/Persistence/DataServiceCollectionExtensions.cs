using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace CarePlanGraph.Api.Persistence;

/// <summary>
/// Composes the store: a SQLite file by default, or PostgreSQL when <c>Database:Provider</c> is <c>Postgres</c>; the
/// connection string is <c>ConnectionStrings:CarePlan</c> either way.
/// </summary>
public static class DataServiceCollectionExtensions
{
    public const string DefaultConnectionString = "Data Source=data/careplan.db";

    public static IServiceCollection AddCarePlanData(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(environment);
        var section = configuration.GetSection(DatabaseOptions.Section);
        var provider = section.GetValue(nameof(DatabaseOptions.Provider), DatabaseProvider.Sqlite);
        var configured = configuration.GetConnectionString("CarePlan");

        // Resolved once: the options below are built for every DbContext (every request), and this touches the disk.
        var sqlite = provider == DatabaseProvider.Sqlite ? ResolveSqlitePath(configured ?? DefaultConnectionString, environment.ContentRootPath) : null;

        // Interceptors come from the modules that register them (the audit log's, R30), so the store names none.
        // The application asks for CarePlanDbContext; the provider's own context type carries its migrations.
        // The options are built once (singleton), not for every request's context: building them was a tenth of a small
        // request's CPU. So interceptors are singletons and find their request through CarePlanDbContext.Scope.
        // A loader's "id in (…)" sends its ids as one array parameter: one SQL text whatever the batch's size, where
        // one parameter per id made EF rewrite (and both databases re-plan) the command for every new count.
        _ = provider switch
        {
            DatabaseProvider.Sqlite => services.AddDbContext<CarePlanDbContext, SqliteCarePlanDbContext>((services, options) => options
                .UseSqlite(sqlite, sqlite => sqlite.UseParameterizedCollectionMode(ParameterTranslationMode.Parameter))
                .AddInterceptors(services.GetServices<IInterceptor>())
                .ApplyCarePlanConfigurations(services), optionsLifetime: ServiceLifetime.Singleton),
            DatabaseProvider.Postgres => services.AddDbContext<CarePlanDbContext, PostgresCarePlanDbContext>((services, options) => options
                .UseNpgsql(
                    configured is { Length: > 0 } ? WithAutoPrepare(configured) : throw new InvalidOperationException(
                        "Database:Provider is Postgres, so ConnectionStrings:CarePlan must name the PostgreSQL database (for example Host=127.0.0.1;Port=5432;Database=careplan;Username=careplan;Password=…)."),
                    postgres => postgres.UseParameterizedCollectionMode(ParameterTranslationMode.Parameter))
                .AddInterceptors(services.GetServices<IInterceptor>())
                .ApplyCarePlanConfigurations(services), optionsLifetime: ServiceLifetime.Singleton),
            _ => throw new InvalidOperationException($"Database:Provider '{provider}' is not one of: {string.Join(", ", Enum.GetNames<DatabaseProvider>())}."),
        };
        services.AddSingleton(TimeProvider.System);
        services.Configure<DatabaseOptions>(section);
        return services;
    }

    /// <summary>How many commands Npgsql keeps prepared on each connection unless the connection string says otherwise.</summary>
    public const int DefaultMaxAutoPrepare = 64;

    /// <summary>
    /// The connection string with Npgsql's automatic preparation on (<see cref="DefaultMaxAutoPrepare"/>) unless it sets
    /// <c>Max Auto Prepare</c> itself. Npgsql leaves it off; every command here is parameterised and the same few run
    /// on every request, so once prepared PostgreSQL skips parsing and planning them (a page of plans is 8 commands).
    /// An operator's own value wins: 0 turns it off, for a transaction-mode pooler that cannot keep prepared statements.
    /// </summary>
    public static string WithAutoPrepare(string connectionString)
    {
        var given = new System.Data.Common.DbConnectionStringBuilder { ConnectionString = connectionString };
        if (given.ContainsKey("Max Auto Prepare") || given.ContainsKey("MaxAutoPrepare"))
        {
            return connectionString;
        }

        return new Npgsql.NpgsqlConnectionStringBuilder(connectionString) { MaxAutoPrepare = DefaultMaxAutoPrepare }.ConnectionString;
    }

    /// <summary>
    /// Options added with <c>ConfigureDbContext&lt;CarePlanDbContext&gt;</c> (tests' interceptors, say) belong to the
    /// type the application asks for; the options EF builds belong to the provider's derived context, so they are
    /// carried over here, after the settings both providers share.
    /// </summary>
    private static DbContextOptionsBuilder ApplyCarePlanConfigurations(this DbContextOptionsBuilder options, IServiceProvider services)
    {
        // Whether the model has changes that no migration captures is MigrationTests' job, for both providers. At start-up
        // the same check diffs the whole model against the snapshot: about 150 ms of a cold start of 2 s.
        options.ConfigureWarnings(warnings => warnings.Ignore(RelationalEventId.PendingModelChangesWarning));
        foreach (var configuration in services.GetServices<IDbContextOptionsConfiguration<CarePlanDbContext>>())
        {
            configuration.Configure(services, options);
        }

        return options;
    }

    /// <summary>A relative SQLite file lives under the content root, and its folder is created on first run.</summary>
    private static string ResolveSqlitePath(string connectionString, string contentRoot)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString);
        if (builder.DataSource is { Length: > 0 } source && source != ":memory:" && builder.Mode != SqliteOpenMode.Memory)
        {
            var path = Path.IsPathRooted(source) ? source : Path.Combine(contentRoot, source);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            builder.DataSource = path;
        }

        return builder.ToString();
    }
}
