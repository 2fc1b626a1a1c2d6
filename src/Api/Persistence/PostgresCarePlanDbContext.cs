using Microsoft.EntityFrameworkCore;

namespace CarePlanGraph.Api.Persistence;

/// <summary>The store on PostgreSQL: owns the migrations in <c>Persistence/Migrations/Postgres</c>.</summary>
public sealed class PostgresCarePlanDbContext(DbContextOptions<PostgresCarePlanDbContext> options, IServiceProvider? scope = null) : CarePlanDbContext(options, scope)
{
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        ArgumentNullException.ThrowIfNull(configurationBuilder);
        base.ConfigureConventions(configurationBuilder);

        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<PostgresInstantConverter>();

        // Text compares and sorts by code point, as SQLite's default BINARY collation does, whatever locale the server
        // was created with: names list in the same order on both providers and on every deployment.
        configurationBuilder.Properties<string>().UseCollation("C");
    }
}
