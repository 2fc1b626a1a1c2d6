using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace CarePlanGraph.Api.Persistence;

/// <summary>Composes the store: a SQLite file by default (ConnectionStrings:CarePlan).</summary>
public static class DataServiceCollectionExtensions
{
    public const string DefaultConnectionString = "Data Source=data/careplan.db";

    public static IServiceCollection AddCarePlanData(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        var connectionString = ResolveSqlitePath(
            configuration.GetConnectionString("CarePlan") ?? DefaultConnectionString,
            environment.ContentRootPath);
        // Interceptors come from the modules that register them (the audit log's, R30), so the store names none.
        services.AddDbContext<CarePlanDbContext>((provider, options) => options
            .UseSqlite(connectionString)
            .AddInterceptors(provider.GetServices<IInterceptor>()));
        services.AddSingleton(TimeProvider.System);
        services.Configure<DatabaseOptions>(configuration.GetSection(DatabaseOptions.Section));
        return services;
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
