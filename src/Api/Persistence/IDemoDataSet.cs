namespace CarePlanGraph.Api.Persistence;

/// <summary>A data set loaded once into an empty database where demo data is allowed (Development, Testing).</summary>
public interface IDemoDataSet
{
    Task LoadAsync(CarePlanDbContext db);
}
