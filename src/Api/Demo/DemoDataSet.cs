using CarePlanGraph.Api.Persistence;

namespace CarePlanGraph.Api.Demo;

/// <summary>Offers the DESIGN §6 demo data to the database initialiser, which loads it only where demo data is allowed.</summary>
internal sealed class DemoDataSet(TimeProvider time) : IDemoDataSet
{
    public Task LoadAsync(CarePlanDbContext db, Task databaseReady) => DemoData.LoadAsync(db, time, databaseReady);
}

/// <summary>Registers the demo data set.</summary>
public static class DemoServiceCollectionExtensions
{
    public static IServiceCollection AddDemoData(this IServiceCollection services) => services.AddSingleton<IDemoDataSet, DemoDataSet>();
}
