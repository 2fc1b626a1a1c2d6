namespace CarePlanGraph.Domain.Common;

/// <summary>
/// Optimistic concurrency: the caller edited what they saw at <see cref="ExpectedRevision"/>, but someone
/// else has changed it since. Reload, then try again.
/// </summary>
public sealed record EditConflictError(int ExpectedRevision, int ActualRevision)
    : DomainError("EDIT_CONFLICT", $"Someone else changed this since you opened it (you had revision {ExpectedRevision}, it is now {ActualRevision}). Reload it and try again.");
