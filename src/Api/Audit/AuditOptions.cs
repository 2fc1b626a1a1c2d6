namespace CarePlanGraph.Api.Audit;

/// <summary>Settings of the audit log's group-commit writer (<see cref="AuditWriter"/>), bound from the section <c>Audit</c>.</summary>
public sealed class AuditOptions
{
    /// <summary>The configuration section these options are bound from.</summary>
    public const string SectionName = "Audit";

    /// <summary>
    /// How many rows the writer commits in one transaction at most (default 1,000). A batch takes whatever is waiting up
    /// to this many rows; one caller's rows are never split, so a batch may exceed it by the last caller's rows.
    /// </summary>
    public int MaxBatch { get; set; } = 1_000;

    /// <summary>
    /// How many writes (one per request, or per subscription delivery) may wait for the writer (default 1,024). When
    /// the queue is full a caller waits for room: rows are never dropped, and requests slow down instead of memory growing.
    /// </summary>
    public int QueueCapacity { get; set; } = 1_024;
}
