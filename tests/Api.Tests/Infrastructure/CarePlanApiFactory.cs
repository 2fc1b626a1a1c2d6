using System.Net.Http.Headers;
using CarePlanGraph.Api.Identity.LocalIssuer;
using CarePlanGraph.Api.Persistence;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
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

    private readonly string _databasePath;

    private readonly string? _postgresDatabase;

    private readonly bool _ownsDatabase;

    private readonly IReadOnlyDictionary<string, string?> _settings;

    public CarePlanApiFactory()
        : this(null, new Dictionary<string, string?>())
    {
    }

    // One public constructor only: xUnit builds class fixtures with it.
    private CarePlanApiFactory(CarePlanApiFactory? sharesDatabaseWith, IReadOnlyDictionary<string, string?> settings)
    {
        _settings = settings;
        _ownsDatabase = sharesDatabaseWith is null;
        _databasePath = sharesDatabaseWith?._databasePath ?? Path.Combine(Path.GetTempPath(), $"careplan-test-{Guid.NewGuid():N}.db");
        _postgresDatabase = sharesDatabaseWith is not null ? sharesDatabaseWith._postgresDatabase
            : PostgresTestServer.IsConfigured ? PostgresTestServer.CreateMigratedDatabase() : null;
    }

    private readonly List<Action<IServiceCollection>> _testServices = [];

    public FixedTimeProvider Clock { get; } = new(FixedTimeProvider.DemoNow);

    public string DatabasePath => _databasePath;

    public SqlCommandCounter Sql { get; } = new();

    /// <summary>
    /// Another API instance on the database of <paramref name="sharesDatabaseWith"/> (which keeps owning it), or a host
    /// on its own database, with extra <paramref name="settings"/>.
    /// </summary>
    public static CarePlanApiFactory Create(CarePlanApiFactory? sharesDatabaseWith, IReadOnlyDictionary<string, string?> settings) =>
        new(sharesDatabaseWith, settings);

    /// <summary>Replaces services after the application registered its own (call before the host starts).</summary>
    public void ConfigureTestServicesWith(Action<IServiceCollection> configure) => _testServices.Add(configure);

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

            // Every host of one run shares the one Redis server: each database gets its own stream, as each deployment
            // would, so one test's changes never reach another's subscribers (hosts sharing a database share it).
            builder.UseSetting("Events:RedisKeyPrefix", "careplan-test-" + Path.GetFileNameWithoutExtension(_databasePath));
        }

        builder.UseSetting("Database:SeedDemoData", "true");
        builder.UseSetting("LocalIssuer:Enabled", "true");
        builder.UseSetting("LocalIssuer:KeyPath", _databasePath + ".key.json");
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureServices(services =>
        {
            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(Clock);
            services.ConfigureDbContext<CarePlanDbContext>(options => options.AddInterceptors(Sql));
        });
        builder.ConfigureTestServices(services => _testServices.ForEach(configure => configure(services)));
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (!_ownsDatabase)
        {
            return;
        }

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
