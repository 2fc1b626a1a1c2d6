using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace CarePlanGraph.Api.Diagnostics;

/// <summary>
/// For the benchmark only (bench/README.md): when <c>Bench:CountSql</c> is true, every SQL command the API sends is
/// counted and <c>GET /bench/stats</c> answers the running total, so the harness can divide it by the requests it sent.
/// Off by default: nothing is registered or mapped, and no request pays for it.
/// </summary>
public static class SqlCommandCounting
{
    public const string Setting = "Bench:CountSql";

    public static IServiceCollection AddSqlCommandCounting(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        if (configuration.GetValue<bool>(Setting))
        {
            services.AddSingleton<SqlCommandCounter>();
            services.AddSingleton<IInterceptor>(provider => provider.GetRequiredService<SqlCommandCounter>());
        }

        return services;
    }

    public static WebApplication MapSqlCommandCount(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        if (app.Services.GetService<SqlCommandCounter>() is { } counter)
        {
            app.MapGet("/bench/stats", () => Results.Json(new { sqlCommands = counter.Count }));
        }

        return app;
    }
}

/// <summary>Counts commands as EF sends them (queries, writes and scalars alike), whatever the database.</summary>
public sealed class SqlCommandCounter : DbCommandInterceptor
{
    private long _count;

    public long Count => Interlocked.Read(ref _count);

    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        Interlocked.Increment(ref _count);
        return result;
    }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref _count);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<int> result)
    {
        Interlocked.Increment(ref _count);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref _count);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<object> ScalarExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<object> result)
    {
        Interlocked.Increment(ref _count);
        return result;
    }

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref _count);
        return ValueTask.FromResult(result);
    }
}
