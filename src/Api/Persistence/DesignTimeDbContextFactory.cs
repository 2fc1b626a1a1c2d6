using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace CarePlanGraph.Api.Persistence;

/// <summary>
/// Lets `dotnet ef` build the model without starting the API: the application's context is scoped to a request (its
/// audit interceptor acts for the request's caller), which design-time tools cannot provide.
/// </summary>
internal sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<CarePlanDbContext>
{
    public CarePlanDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<CarePlanDbContext>().UseSqlite(DataServiceCollectionExtensions.DefaultConnectionString).Options);
}
