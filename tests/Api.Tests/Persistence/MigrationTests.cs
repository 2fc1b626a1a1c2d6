using CarePlanGraph.Api.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace CarePlanGraph.Api.Tests.Persistence;

public sealed class MigrationTests
{
    [Fact]
    public async Task All_migrations_apply_to_an_empty_sqlite_file_and_match_the_model()
    {
        var path = Path.Combine(Path.GetTempPath(), $"careplan-migrate-{Guid.NewGuid():N}.db");
        try
        {
            var options = new DbContextOptionsBuilder<CarePlanDbContext>()
                .UseSqlite($"Data Source={path};Pooling=False")
                .Options;
            await using (var db = new CarePlanDbContext(options))
            {
                await db.Database.MigrateAsync();
                Assert.Empty(await db.Database.GetPendingMigrationsAsync());
                Assert.NotEmpty(await db.Database.GetAppliedMigrationsAsync());
                Assert.False(db.Database.HasPendingModelChanges(), "The model has changes no migration captures: add a migration.");
                Assert.Equal(0, await db.CarePlans.CountAsync());
            }

            await using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name IN ('People', 'CarePlans', 'PlanVersions', 'SupportItems', 'PlanEvents', 'Assessments')";
            Assert.Equal(6L, (long)(await command.ExecuteScalarAsync())!);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
