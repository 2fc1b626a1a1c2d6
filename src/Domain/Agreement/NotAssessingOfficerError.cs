using CarePlanGraph.Domain.Common;

namespace CarePlanGraph.Domain.Agreement;

/// <summary>R15, R29: only a Key Worker (or an administrator) acting as assessing officer agrees or declines a plan.</summary>
public sealed record NotAssessingOfficerError(ActorRole Role)
    : DomainError("NOT_ASSESSING_OFFICER", $"Only a Key Worker or administrator acting as assessing officer can agree or decline a plan; not someone acting as {Role}.");
