using Microsoft.EntityFrameworkCore;

namespace CarePlanGraph.Api.Persistence;

/// <summary>The store on SQLite (the default): owns the migrations in <c>Persistence/Migrations/Sqlite</c>.</summary>
public sealed class SqliteCarePlanDbContext(DbContextOptions<SqliteCarePlanDbContext> options, IServiceProvider? scope = null) : CarePlanDbContext(options, scope)
{
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        ArgumentNullException.ThrowIfNull(configurationBuilder);
        base.ConfigureConventions(configurationBuilder);

        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<SqliteInstantConverter>();
    }
}
