using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace CarePlanGraph.Api.Persistence;

/// <summary>The store on PostgreSQL: owns the migrations in <c>Persistence/Migrations/Postgres</c>.</summary>
public sealed class PostgresCarePlanDbContext(DbContextOptions<PostgresCarePlanDbContext> options) : CarePlanDbContext(options)
{
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        ArgumentNullException.ThrowIfNull(configurationBuilder);
        base.ConfigureConventions(configurationBuilder);

        // Instants are native `timestamp with time zone`, which holds UTC only: Npgsql refuses any other offset, so an
        // instant given with an offset (a client's +01:00) is stored as the same moment in UTC.
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcInstantConverter>();
    }

    private sealed class UtcInstantConverter() : ValueConverter<DateTimeOffset, DateTimeOffset>(
        instant => instant.ToUniversalTime(),
        stored => stored);
}
