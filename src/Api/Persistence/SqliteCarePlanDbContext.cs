using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace CarePlanGraph.Api.Persistence;

/// <summary>The store on SQLite (the default): owns the migrations in <c>Persistence/Migrations/Sqlite</c>.</summary>
public sealed class SqliteCarePlanDbContext(DbContextOptions<SqliteCarePlanDbContext> options) : CarePlanDbContext(options)
{
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        ArgumentNullException.ThrowIfNull(configurationBuilder);
        base.ConfigureConventions(configurationBuilder);

        // SQLite cannot compare or order DateTimeOffset text; a sortable integer can.
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToBinaryConverter>();
    }
}
