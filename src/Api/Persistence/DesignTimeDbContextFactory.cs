using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace CarePlanGraph.Api.Persistence;

/// <summary>
/// Lets `dotnet ef --context SqliteCarePlanDbContext` build the model without starting the API: the application's
/// context is scoped to a request (its audit interceptor acts for the request's caller), which design-time tools
/// cannot provide.
/// </summary>
internal sealed class SqliteDesignTimeDbContextFactory : IDesignTimeDbContextFactory<SqliteCarePlanDbContext>
{
    public SqliteCarePlanDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteCarePlanDbContext>().UseSqlite(DataServiceCollectionExtensions.DefaultConnectionString).Options);
}

/// <summary>
/// The same for `dotnet ef --context PostgresCarePlanDbContext`. Adding a migration needs no server; commands that
/// touch a database (`database update`, `migrations list`) use <c>ConnectionStrings__CarePlan</c> from the environment.
/// </summary>
internal sealed class PostgresDesignTimeDbContextFactory : IDesignTimeDbContextFactory<PostgresCarePlanDbContext>
{
    public const string PlaceholderConnectionString = "Host=127.0.0.1;Database=careplan;Username=careplan";

    public PostgresCarePlanDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresCarePlanDbContext>()
            .UseNpgsql(Environment.GetEnvironmentVariable("ConnectionStrings__CarePlan") ?? PlaceholderConnectionString)
            .Options);
}
