using CarePlanGraph.Api.Persistence;
using CarePlanGraph.Api.Tests.Infrastructure;
using CarePlanGraph.Domain.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;

namespace CarePlanGraph.Api.Tests.Persistence;

/// <summary>Each provider's migrations set builds today's model from an empty database.</summary>
public sealed class MigrationTests
{
    private const string CoreTables = "'People', 'CarePlans', 'PlanVersions', 'SupportItems', 'PlanEvents', 'Assessments', 'AuditEntries'";

    [Fact]
    public async Task All_sqlite_migrations_apply_to_an_empty_file_and_match_the_model()
    {
        var path = Path.Combine(Path.GetTempPath(), $"careplan-migrate-{Guid.NewGuid():N}.db");
        try
        {
            var options = new DbContextOptionsBuilder<SqliteCarePlanDbContext>()
                .UseSqlite($"Data Source={path};Pooling=False")
                .Options;
            await using var db = new SqliteCarePlanDbContext(options);
            await AssertMigratesAsync(db);
            Assert.Equal(7, await db.Database
                .SqlQueryRaw<int>("SELECT count(*) AS \"Value\" FROM sqlite_master WHERE type = 'table' AND name IN (" + CoreTables + ")")
                .SingleAsync());
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task Adding_the_stored_version_total_works_it_out_from_the_items_already_there()
    {
        // On the demo data (SQLite, or PostgreSQL when CAREPLAN_TEST_POSTGRES is set): go back to before the column,
        // forward again, and every version's stored total is the domain's sum of its items.
        await using var factory = new CarePlanApiFactory();
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CarePlanDbContext>();
        var migrator = db.GetService<IMigrator>();
        await migrator.MigrateAsync("SupportItemVersionProviderIndex");
        await migrator.MigrateAsync();

        var versions = (await db.CarePlans.AsNoTracking().Include(p => p.Versions).ThenInclude(v => v.SupportItems).ToListAsync())
            .SelectMany(p => p.Versions).ToList();
        Assert.Contains(versions, v => v.TotalAnnualCost > Money.Zero);
        Assert.All(versions, v => Assert.Equal(v.SupportItems.Aggregate(Money.Zero, (sum, item) => sum + item.AnnualCost), v.TotalAnnualCost));
    }

    [PostgresFact]
    public async Task All_postgres_migrations_apply_to_an_empty_database_and_match_the_model()
    {
        var database = PostgresTestServer.CreateEmptyDatabase();
        try
        {
            var options = new DbContextOptionsBuilder<PostgresCarePlanDbContext>()
                .UseNpgsql(PostgresTestServer.ConnectionStringFor(database))
                .Options;
            await using var db = new PostgresCarePlanDbContext(options);
            await AssertMigratesAsync(db);
            Assert.Equal(7, await db.Database
                .SqlQueryRaw<int>("SELECT count(*)::int AS \"Value\" FROM information_schema.tables WHERE table_schema = 'public' AND table_name IN (" + CoreTables + ")")
                .SingleAsync());
        }
        finally
        {
            PostgresTestServer.Drop(database);
        }
    }

    [Fact]
    public void Each_provider_has_its_own_migrations_and_the_sqlite_ids_are_unchanged()
    {
        using var sqlite = new SqliteCarePlanDbContext(new DbContextOptionsBuilder<SqliteCarePlanDbContext>().UseSqlite("Data Source=:memory:").Options);
        using var postgres = new PostgresCarePlanDbContext(new DbContextOptionsBuilder<PostgresCarePlanDbContext>().UseNpgsql("Host=127.0.0.1;Database=unused").Options);
        var sqliteIds = sqlite.Database.GetMigrations().ToList();
        var postgresIds = postgres.Database.GetMigrations().ToList();

        // Databases made before the split recorded these IDs in __EFMigrationsHistory; renaming one re-runs it.
        Assert.Equal(["20261122142045_Initial", "20261122145156_ReviewsAndComplaints", "20261201215951_PlanRevision", "20261201222244_SupportItemPlan"], sqliteIds.Take(4));
        Assert.NotEmpty(postgresIds);
        Assert.Empty(sqliteIds.Intersect(postgresIds));
    }

    private static async Task AssertMigratesAsync(CarePlanDbContext db)
    {
        await db.Database.MigrateAsync();
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        Assert.NotEmpty(await db.Database.GetAppliedMigrationsAsync());
        Assert.False(db.Database.HasPendingModelChanges(), "The model has changes no migration captures: add a migration for this provider (see README).");
        Assert.Equal(0, await db.CarePlans.CountAsync());
    }
}
