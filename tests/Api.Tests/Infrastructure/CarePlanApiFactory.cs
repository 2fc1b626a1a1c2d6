using System.Net.Http.Headers;
using CarePlanGraph.Api.Identity.LocalIssuer;
using CarePlanGraph.Api.Persistence;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CarePlanGraph.Api.Tests.Infrastructure;

/// <summary>
/// The real API over real HTTP, in the Testing environment, on its own fresh database with the demo data loaded and
/// the clock fixed at <see cref="FixedTimeProvider.DemoNow"/>: a SQLite file, or a PostgreSQL database of its own when
/// <c>CAREPLAN_TEST_POSTGRES</c> is set (see <see cref="PostgresTestServer"/>); with <c>Events:Redis</c> pointing at
/// <c>CAREPLAN_TEST_REDIS</c> when that is set (<c>tests/redis/start.sh</c>).
/// </summary>
public sealed class CarePlanApiFactory : WebApplicationFactory<Program>
{
    /// <summary>The environment variable holding a test Redis server's connection string (<c>host:port</c>).</summary>
    public const string RedisVariable = "CAREPLAN_TEST_REDIS";

    private readonly string _databasePath = Path.Combine(Path.GetTempPath(), $"careplan-test-{Guid.NewGuid():N}.db");

    private readonly string? _postgresDatabase = PostgresTestServer.IsConfigured ? PostgresTestServer.CreateMigratedDatabase() : null;

    public FixedTimeProvider Clock { get; } = new(FixedTimeProvider.DemoNow);

    public string DatabasePath => _databasePath;

    public SqlCommandCounter Sql { get; } = new();

    /// <summary>A client that signs in as a demo persona with a real token from the local issuer (DESIGN §6).</summary>
    public HttpClient CreateClientFor(string persona)
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", TokenFor(persona));
        return client;
    }

    /// <summary>A real access token for a demo persona; expired, for another audience or without scope on request.</summary>
    public string TokenFor(string persona, TimeSpan? lifetime = null, string? audience = null, bool withScopeOrRole = true)
    {
        var found = DemoPersonas.Find(persona) ?? throw new ArgumentException($"No demo persona '{persona}'.", nameof(persona));
        return Services.GetRequiredService<LocalTokenIssuer>().Issue(found, lifetime, audience, withScopeOrRole);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.UseEnvironment("Testing");
        if (_postgresDatabase is null)
        {
            builder.UseSetting("ConnectionStrings:CarePlan", $"Data Source={_databasePath};Pooling=False");
        }
        else
        {
            builder.UseSetting("Database:Provider", nameof(DatabaseProvider.Postgres));
            builder.UseSetting("ConnectionStrings:CarePlan", PostgresTestServer.ConnectionStringFor(_postgresDatabase));
        }

        if (Environment.GetEnvironmentVariable(RedisVariable) is { Length: > 0 } redis)
        {
            builder.UseSetting("Events:Redis", redis);
        }

        builder.UseSetting("Database:SeedDemoData", "true");
        builder.UseSetting("LocalIssuer:Enabled", "true");
        builder.UseSetting("LocalIssuer:KeyPath", _databasePath + ".key.json");
        builder.ConfigureServices(services =>
        {
            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(Clock);
            services.ConfigureDbContext<CarePlanDbContext>(options => options.AddInterceptors(Sql));
        });
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (_postgresDatabase is not null)
        {
            PostgresTestServer.Drop(_postgresDatabase);
        }

        foreach (var suffix in new[] { string.Empty, "-wal", "-shm", ".key.json" })
        {
            File.Delete(_databasePath + suffix);
        }
    }
}
