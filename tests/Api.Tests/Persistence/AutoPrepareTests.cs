using CarePlanGraph.Api.Persistence;
using CarePlanGraph.Api.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace CarePlanGraph.Api.Tests.Persistence;

/// <summary>
/// On PostgreSQL the commands every request repeats are prepared once per connection (Npgsql's automatic preparation,
/// off unless asked for), so the server stops parsing and planning them each time; an operator's own setting wins.
/// </summary>
public sealed class AutoPrepareTests
{
    [Theory]
    [InlineData("Host=db;Database=careplan", DataServiceCollectionExtensions.DefaultMaxAutoPrepare)]
    [InlineData("Host=db;Database=careplan;Max Auto Prepare=0", 0)]
    [InlineData("Host=db;Database=careplan;MaxAutoPrepare=5", 5)]
    [InlineData("Host=db;Database=careplan;max auto prepare=12", 12)]
    public void A_connection_string_prepares_automatically_unless_it_says_how_many_itself(string given, int expected)
    {
        var result = new NpgsqlConnectionStringBuilder(DataServiceCollectionExtensions.WithAutoPrepare(given));

        Assert.Equal(expected, result.MaxAutoPrepare);
        Assert.Equal(("db", "careplan"), (result.Host, result.Database));
    }

    [PostgresFact]
    public async Task A_query_run_again_and_again_on_one_connection_is_prepared_on_the_server()
    {
        using var factory = new CarePlanApiFactory();
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<CarePlanDbContext>();
        await db.Database.OpenConnectionAsync();
        try
        {
            for (var i = 0; i < 10; i++)
            {
                _ = await db.People.AsNoTracking().Where(p => p.Reference == "p-ada").Select(p => p.PreferredName).SingleAsync();
            }

            var prepared = await db.Database.SqlQueryRaw<string>("SELECT statement AS \"Value\" FROM pg_prepared_statements").ToListAsync();
            Assert.Contains(prepared, statement => statement.Contains("\"People\"", StringComparison.Ordinal) && statement.Contains("\"Reference\"", StringComparison.Ordinal));
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }
}
