using CarePlanGraph.Domain.Common;

namespace CarePlanGraph.Api.Casework;

/// <summary>Someone else saved a change to the same review or complaint at the same moment; theirs was kept.</summary>
public sealed record ConcurrentChangeError()
    : DomainError("CONCURRENT_CHANGE", "Someone else changed this at the same moment, so your change was not saved. Reload it and try again.");
