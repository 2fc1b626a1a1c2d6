using System.Data.Common;
using CarePlanGraph.Api.Persistence;
using CarePlanGraph.Api.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace CarePlanGraph.Api.Tests.Persistence;

/// <summary>
/// Start-up's demo data (decision 0018): a new database's is put together while the migrations run and saved after
/// them; a migrated database without people gets it after the migrations; a database with people never again.
/// </summary>
public sealed class DatabaseInitialiserTests
{
    [Fact]
    public async Task A_new_database_has_its_demo_data_put_together_while_the_migrations_run_and_saved_after_them()
    {
        // The factory's SQLite file is new; on PostgreSQL its database is migrated in advance, so this test names one
        // the server does not have yet: the initialiser creates it.
        var missing = PostgresTestServer.IsConfigured ? PostgresTestServer.UnusedDatabaseName() : null;
        try
        {
            var settings = new Dictionary<string, string?>();
            if (missing is not null)
            {
                settings["ConnectionStrings:CarePlan"] = PostgresTestServer.ConnectionStringFor(missing);
            }

            await using var factory = CarePlanApiFactory.Create(null, settings);
            var probe = ProbeFirst(factory);
            var migrations = new HoldMigrationsUntil(probe.Called);
            factory.ConfigureTestServicesWith(services => services.ConfigureDbContext<CarePlanDbContext>(options => options.AddInterceptors(migrations)));

            Assert.Equal(5, await CountPeopleAsync(factory));
            Assert.True(migrations.Held, "The migrations never waited: no CREATE TABLE was seen.");
            Assert.False(probe.DatabaseWasReadyWhenCalled, "The demo data sets were only called once the migrations had finished.");
            Assert.Equal(0, probe.PeopleWhenReady);
        }
        finally
        {
            if (missing is not null)
            {
                PostgresTestServer.Drop(missing);
            }
        }
    }

    [PostgresFact]
    public async Task A_missing_postgres_database_is_created_once_under_its_name_however_it_is_spelt()
    {
        var name = PostgresTestServer.UnusedDatabaseName() + " \"Sunrise\" £";
        try
        {
            var options = new DbContextOptionsBuilder<PostgresCarePlanDbContext>().UseNpgsql(PostgresTestServer.ConnectionStringFor(name)).Options;
            await using var db = new PostgresCarePlanDbContext(options);
            Assert.False(PostgresTestServer.Exists(name));

            await db.CreateDatabaseIfMissingAsync(CancellationToken.None);
            Assert.True(PostgresTestServer.Exists(name));
            await db.CreateDatabaseIfMissingAsync(CancellationToken.None);

            await db.Database.MigrateAsync();
            Assert.Empty(await db.Database.GetPendingMigrationsAsync());
            Assert.Equal(0, await db.People.CountAsync());
        }
        finally
        {
            PostgresTestServer.Drop(name);
        }
    }

    [Fact]
    public async Task A_migrated_database_without_people_gets_the_demo_data_after_the_migrations_and_one_with_people_never_again()
    {
        await using var bare = CarePlanApiFactory.Create(null, new Dictionary<string, string?> { ["Database:SeedDemoData"] = "false" });
        Assert.Equal(0, await CountPeopleAsync(bare));

        await using var seeding = CarePlanApiFactory.Create(bare, new Dictionary<string, string?>());
        var first = ProbeFirst(seeding);
        Assert.Equal(5, await CountPeopleAsync(seeding));
        Assert.True(first.DatabaseWasReadyWhenCalled);
        Assert.Equal(0, first.PeopleWhenReady);

        await using var restarted = CarePlanApiFactory.Create(bare, new Dictionary<string, string?>());
        var again = ProbeFirst(restarted);
        Assert.Equal(5, await CountPeopleAsync(restarted));
        Assert.False(again.Called.Task.IsCompleted, "A database with people was given the demo data again.");
    }

    /// <summary>A probe registered before the application's own demo data sets, so it is called first.</summary>
    private static ProbeDataSet ProbeFirst(CarePlanApiFactory factory)
    {
        var probe = new ProbeDataSet();
        factory.ConfigureTestServicesWith(services => services.Insert(0, ServiceDescriptor.Singleton<IDemoDataSet>(probe)));
        return probe;
    }

    private static async Task<int> CountPeopleAsync(CarePlanApiFactory factory)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<CarePlanDbContext>().People.CountAsync();
    }

    /// <summary>Registered first: records when the initialiser calls the sets, and what the database held once ready.</summary>
    private sealed class ProbeDataSet : IDemoDataSet
    {
        public TaskCompletionSource Called { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public bool? DatabaseWasReadyWhenCalled { get; private set; }

        public int? PeopleWhenReady { get; private set; }

        public async Task LoadAsync(CarePlanDbContext db, Task databaseReady)
        {
            DatabaseWasReadyWhenCalled = databaseReady.IsCompleted;
            Called.TrySetResult();
            await databaseReady;
            PeopleWhenReady = await db.People.CountAsync();
        }
    }

    /// <summary>
    /// Holds the first table's creation until the demo data sets have been called (at most 10 s), so "while the
    /// migrations run" is a fact, not a race: an initialiser that waited for the migrations first gets there late.
    /// It blocks its thread rather than awaiting: SQLite's asynchronous commands complete synchronously, so awaiting
    /// here would hand the initialiser back a running migration that, without the hold, it never gets.
    /// </summary>
    private sealed class HoldMigrationsUntil(TaskCompletionSource called) : DbCommandInterceptor
    {
        public bool Held { get; private set; }

        public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
        {
            if (!Held && command.CommandText.Contains("CREATE TABLE", StringComparison.Ordinal))
            {
                Held = true;
                _ = called.Task.Wait(TimeSpan.FromSeconds(10), cancellationToken);
            }

            return ValueTask.FromResult(result);
        }
    }
}
