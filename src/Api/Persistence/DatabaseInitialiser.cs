using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CarePlanGraph.Api.Persistence;

/// <summary>Brings the database up to date at start-up and, in Development, loads the demo data set once.</summary>
public static class DatabaseInitialiser
{
    public static async Task InitialiseCarePlanDatabaseAsync(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        await using var scope = app.Services.CreateAsyncScope();
        var options = scope.ServiceProvider.GetRequiredService<IOptions<DatabaseOptions>>().Value;
        var db = scope.ServiceProvider.GetRequiredService<CarePlanDbContext>();
        if (options.MigrateOnStartup)
        {
            await db.Database.MigrateAsync().ConfigureAwait(false);
        }

        if (db.Database.IsSqlite())
        {
            // Write-ahead logging lets readers (queries, subscription fan-out) carry on while a change or an
            // audit row is written; the default rollback journal makes them wait for each other.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;").ConfigureAwait(false);
        }

        var demoAllowed = app.Environment.IsDevelopment() || app.Environment.IsEnvironment("Testing");
        if (options.SeedDemoData && demoAllowed && !await db.People.AnyAsync().ConfigureAwait(false))
        {
            foreach (var dataSet in scope.ServiceProvider.GetServices<IDemoDataSet>())
            {
                await dataSet.LoadAsync(db).ConfigureAwait(false);
            }
        }
    }
}
