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
        var demoAllowed = options.SeedDemoData && (app.Environment.IsDevelopment() || app.Environment.IsEnvironment("Testing"));

        // A new database gets the demo data. Putting it together is CPU work (EF Core's first use of each entity type),
        // so it starts on another thread, in a unit of work of its own, while the migrations make the tables, and saves
        // once they have (decision 0018). An existing database is not asked to wait for it.
        var creating = demoAllowed && options.MigrateOnStartup && !(await db.Database.GetAppliedMigrationsAsync().ConfigureAwait(false)).Any();
        // On a thread of their own: SQLite's asynchronous commands complete synchronously, so MigrateAsync called here
        // would return only after the last migration, and the demo data would start after it instead of alongside.
        var migrating = options.MigrateOnStartup ? Task.Run(() => MigrateAsync(db)) : Task.CompletedTask;
        var demo = creating ? Task.Run(() => LoadDemoDataAsync(app.Services, migrating)) : Task.CompletedTask;

        // A failed migration fails the start with its own error; the demo data, waiting for it, fails with the same.
        await Task.WhenAll(migrating, demo).ConfigureAwait(false);

        if (db.Database.IsSqlite())
        {
            // Write-ahead logging lets readers (queries, subscription fan-out) carry on while a change or an
            // audit row is written; the default rollback journal makes them wait for each other.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;").ConfigureAwait(false);
        }

        if (demoAllowed && !creating && !await db.People.AnyAsync().ConfigureAwait(false))
        {
            await LoadDemoDataAsync(app.Services, Task.CompletedTask).ConfigureAwait(false);
        }
    }

    private static async Task MigrateAsync(CarePlanDbContext db)
    {
        await db.CreateDatabaseIfMissingAsync(CancellationToken.None).ConfigureAwait(false);
        await db.Database.MigrateAsync().ConfigureAwait(false);
    }

    private static async Task LoadDemoDataAsync(IServiceProvider services, Task databaseReady)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CarePlanDbContext>();
        foreach (var dataSet in scope.ServiceProvider.GetServices<IDemoDataSet>())
        {
            await dataSet.LoadAsync(db, databaseReady).ConfigureAwait(false);
        }
    }
}
