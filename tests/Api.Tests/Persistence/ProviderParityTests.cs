using CarePlanGraph.Api.Persistence;
using CarePlanGraph.Api.Tests.Infrastructure;
using CarePlanGraph.Domain.Audit;
using CarePlanGraph.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace CarePlanGraph.Api.Tests.Persistence;

/// <summary>
/// What the application relies on from the database answers the same on SQLite and PostgreSQL: instants given with
/// any offset, text order and equality, enum filters and ID order (the pager's tie-break).
/// </summary>
public sealed class ProviderParityTests
{
    private static readonly DateTimeOffset Nine = new(2026, 11, 2, 9, 0, 0, TimeSpan.Zero);

    // Mixed case, accents and offsets on purpose: each would sort or compare differently under another rule.
    private static readonly (string Subject, ActorRole Role, DateTimeOffset At)[] Rows =
    [
        ("zed", ActorRole.KeyWorker, Nine.AddMinutes(30)),
        ("Adams", ActorRole.Person, new DateTimeOffset(2026, 11, 2, 9, 45, 0, TimeSpan.FromHours(1))), // 08:45 UTC
        ("adams", ActorRole.Provider, Nine.AddMinutes(-5)),
        ("Ó Briain", ActorRole.KeyWorker, new DateTimeOffset(2026, 11, 2, 4, 10, 0, TimeSpan.FromHours(-5))), // 09:10 UTC
        ("O'Brien", ActorRole.Administrator, Nine),
    ];

    [Fact]
    public async Task On_sqlite_instants_text_enums_and_ids_answer_as_the_application_expects()
    {
        var path = Path.Combine(Path.GetTempPath(), $"careplan-parity-{Guid.NewGuid():N}.db");
        try
        {
            await using var db = new SqliteCarePlanDbContext(new DbContextOptionsBuilder<SqliteCarePlanDbContext>().UseSqlite($"Data Source={path};Pooling=False").Options);
            await db.Database.MigrateAsync();
            var answers = await AnswersAsync(db, NewEntries());

            Assert.Equal(["Adams", "O'Brien", "adams", "zed", "Ó Briain"], answers.BySubject);
            Assert.Equal(["Adams", "adams", "O'Brien", "Ó Briain", "zed"], answers.ByInstant); // by the moment, not the wall clock
            Assert.Equal([1, 2, 2, 3], answers.Counts);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [PostgresFact]
    public async Task On_postgres_every_answer_matches_sqlite()
    {
        var path = Path.Combine(Path.GetTempPath(), $"careplan-parity-{Guid.NewGuid():N}.db");
        var database = PostgresTestServer.CreateMigratedDatabase();
        try
        {
            await using var sqlite = new SqliteCarePlanDbContext(new DbContextOptionsBuilder<SqliteCarePlanDbContext>().UseSqlite($"Data Source={path};Pooling=False").Options);
            await sqlite.Database.MigrateAsync();
            await using var postgres = new PostgresCarePlanDbContext(new DbContextOptionsBuilder<PostgresCarePlanDbContext>().UseNpgsql(PostgresTestServer.ConnectionStringFor(database)).Options);

            var entries = NewEntries(); // the same rows, IDs included, in both
            var expected = await AnswersAsync(sqlite, entries);
            var actual = await AnswersAsync(postgres, entries);

            Assert.Equal(expected.BySubject, actual.BySubject);
            Assert.Equal(expected.ByInstant, actual.ByInstant);
            Assert.Equal(expected.ById, actual.ById);
            Assert.Equal(expected.Counts, actual.Counts);
            Assert.Equal(expected.Instants, actual.Instants);
        }
        finally
        {
            File.Delete(path);
            PostgresTestServer.Drop(database);
        }
    }

    private static List<AuditEntry> NewEntries() =>
        [.. Rows.Select(row => new AuditEntry(new Actor(row.Subject, row.Subject, row.Role), null, AuditAction.Read, "query parity", null, row.At))];

    private static async Task<Answers> AnswersAsync(CarePlanDbContext db, List<AuditEntry> entries)
    {
        // No audit interceptor here (it is added by the application's services), so plain rows can be written.
        db.AuditEntries.AddRange(entries);
        await db.SaveChangesAsync();
        db.ChangeTracker.Clear();

        var rows = db.AuditEntries.AsNoTracking();
        var read = await rows.ToListAsync();
        Assert.All(read, r => Assert.Equal(Rows.Single(row => row.Subject == r.Subject).At, r.At)); // the same instant
        return new Answers(
            await rows.OrderBy(e => e.Subject).ThenBy(e => e.Id).Select(e => e.Subject).ToListAsync(),
            await rows.OrderBy(e => e.At).ThenBy(e => e.Id).Select(e => e.Subject).ToListAsync(),
            await rows.OrderBy(e => e.Id).Select(e => e.Subject).ToListAsync(),
            [
                await rows.CountAsync(e => e.Subject == "adams"),
                await rows.CountAsync(e => e.Role == ActorRole.KeyWorker),
                await rows.CountAsync(e => e.At > Nine),
                await rows.CountAsync(e => e.At >= new DateTimeOffset(2026, 11, 2, 10, 0, 0, TimeSpan.FromHours(1))),
            ],
            read.OrderBy(r => r.Subject, StringComparer.Ordinal).Select(r => r.At.UtcDateTime).ToList());
    }

    private sealed record Answers(List<string> BySubject, List<string> ByInstant, List<string> ById, int[] Counts, List<DateTime> Instants);
}
