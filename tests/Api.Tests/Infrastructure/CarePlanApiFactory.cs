using CarePlanGraph.Api.Persistence;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CarePlanGraph.Api.Tests.Infrastructure;

/// <summary>
/// The real API over real HTTP, in the Testing environment, on its own fresh SQLite file with the demo data
/// loaded and the clock fixed at <see cref="FixedTimeProvider.DemoNow"/>.
/// </summary>
public sealed class CarePlanApiFactory : WebApplicationFactory<Program>
{
    private readonly string _databasePath = Path.Combine(Path.GetTempPath(), $"careplan-test-{Guid.NewGuid():N}.db");

    public FixedTimeProvider Clock { get; } = new(FixedTimeProvider.DemoNow);

    public string DatabasePath => _databasePath;

    public SqlCommandCounter Sql { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.UseEnvironment("Testing");
        builder.UseSetting("ConnectionStrings:CarePlan", $"Data Source={_databasePath};Pooling=False");
        builder.UseSetting("Database:SeedDemoData", "true");
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
        foreach (var suffix in new[] { string.Empty, "-wal", "-shm" })
        {
            File.Delete(_databasePath + suffix);
        }
    }
}
