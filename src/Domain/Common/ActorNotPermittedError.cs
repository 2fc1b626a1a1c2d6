namespace CarePlanGraph.Domain.Common;

/// <summary>The actor's role may not do this (R29 and the role rules of each command).</summary>
public sealed record ActorNotPermittedError(ActorRole Role, string Action)
    : DomainError("ACTOR_NOT_PERMITTED", $"Someone acting as {Role} cannot {Action}.");
