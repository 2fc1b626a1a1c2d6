namespace CarePlanGraph.Api.Persistence;

/// <summary>A data set loaded once into an empty database where demo data is allowed (Development, Testing).</summary>
public interface IDemoDataSet
{
    /// <summary>
    /// Adds the set's records to <paramref name="db"/> and saves them. Nothing may be read or saved before
    /// <paramref name="databaseReady"/> completes: a new database's demo data is put together while its migrations run.
    /// Sets run in turn, in the order they were registered, each seeing what the ones before it saved.
    /// </summary>
    Task LoadAsync(CarePlanDbContext db, Task databaseReady);
}
