using CarePlanGraph.Api.Plans.Errors;

namespace CarePlanGraph.Api.Casework;

public sealed class ConcurrentChangeErrorType() : DomainErrorGraphType<ConcurrentChangeError>(
    "ConcurrentChangeError",
    "Someone else changed the same review or complaint at the same moment (two people signing at once, say), so nothing of your change was saved and theirs was kept. Reload it and try again.");
