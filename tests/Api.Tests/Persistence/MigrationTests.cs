using CarePlanGraph.Api.Persistence;
using CarePlanGraph.Api.Tests.Infrastructure;
using CarePlanGraph.Api.Tests.Reviews;
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

    [Fact]
    public async Task Moving_a_versions_helpers_mitigations_and_decisions_into_its_row_and_back_keeps_every_entry()
    {
        // On the demo data plus Ben's plan declined with required changes (SQLite, or PostgreSQL when CAREPLAN_TEST_POSTGRES
        // is set): back to the tables, where every entry must be a row, and forward into the JSON columns again, where
        // every entry must read back as it was, field by field.
        await using var factory = new CarePlanApiFactory();
        using (var sam = factory.CreateClientFor("kw-sam"))
        {
            var planId = await factory.PlanIdAsync("p-ben");
            await sam.SucceedAsync("declinePlan", new { planId, reasons = "Over budget.", requiredChanges = new[] { "Reduce the day sessions.", "Name the day centre." }, adviceOffered = "Travel training." }, "__typename");
        }

        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CarePlanDbContext>();
        var before = await VersionListsAsync(db);
        Assert.Contains(before.Values, entries => entries.Contains("[Reduce the day sessions.|Name the day centre.]", StringComparison.Ordinal));
        Assert.Contains(before.Values, entries => entries.Contains("helper ", StringComparison.Ordinal));
        Assert.Contains(before.Values, entries => entries.Contains("mitigation ", StringComparison.Ordinal));

        var migrator = db.GetService<IMigrator>();
        await migrator.MigrateAsync("WebhookDeliveries");
        Assert.Equal(Count(before, "helper "), await CountRowsAsync(db, "PlanHelpers"));
        Assert.Equal(Count(before, "mitigation "), await CountRowsAsync(db, "RiskMitigations"));
        Assert.Equal(Count(before, "decision "), await CountRowsAsync(db, "PlanDecisions"));
        await migrator.MigrateAsync();

        Assert.Equal(before, await VersionListsAsync(db));
    }

    // Every version's helpers, mitigations and decisions, each entry with every field (instants to the microsecond, as
    // PostgreSQL keeps them in a column), in a fixed order.
    private static async Task<Dictionary<Guid, string>> VersionListsAsync(CarePlanDbContext db)
    {
        var versions = await db.PlanVersions.AsNoTracking().ToListAsync();
        return versions.ToDictionary(v => v.Id.Value, v => string.Join("\n", [
            .. v.Helpers.OrderBy(h => h.Id.Value).Select(h => $"helper {h.Id} {h.Kind} {h.Name} {h.OrganisationId} {h.AddedAt.UtcTicks / 10}"),
            .. v.RiskMitigations.OrderBy(m => m.Id.Value).Select(m => $"mitigation {m.Id} {m.RiskId} {m.Mitigation} {m.RecordedBySubject} {m.RecordedByName} {m.RecordedAt.UtcTicks / 10}"),
            .. v.Decisions.OrderBy(d => d.Id.Value).Select(d => $"decision {d.Id} {d.Outcome} {d.DecidedBySubject} {d.DecidedByName} {d.DecidedByRole} {d.DecidedAt.UtcTicks / 10} "
                + $"{d.VersionRevision} {d.Rationale} {d.IsLawfulAndSensible} {d.KeepsPersonHealthySafeAndWell} {d.IsResponsiblyManaged} "
                + $"[{string.Join('|', d.RequiredChanges)}] {d.ReviewAssessmentRequested} {d.AdviceOffered}"),
        ]));
    }

    private static int Count(Dictionary<Guid, string> lists, string kind) =>
        lists.Values.Sum(entries => entries.Split('\n').Count(entry => entry.StartsWith(kind, StringComparison.Ordinal)));

    // One constant query a table: EF's analysers refuse a table name put into raw SQL, and a query into a type of its own
    // (all three counts at once) would add that type to the shared model, which CompiledModelTests compares.
    private static Task<int> CountRowsAsync(CarePlanDbContext db, string table) => table switch
    {
        "PlanHelpers" => db.Database.SqlQueryRaw<int>("SELECT CAST(count(*) AS integer) AS \"Value\" FROM \"PlanHelpers\"").SingleAsync(),
        "RiskMitigations" => db.Database.SqlQueryRaw<int>("SELECT CAST(count(*) AS integer) AS \"Value\" FROM \"RiskMitigations\"").SingleAsync(),
        _ => db.Database.SqlQueryRaw<int>("SELECT CAST(count(*) AS integer) AS \"Value\" FROM \"PlanDecisions\"").SingleAsync(),
    };

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
