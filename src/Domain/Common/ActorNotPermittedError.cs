using System.ComponentModel;

namespace CarePlanGraph.Domain.Common;

/// <summary>The actor's role may not do this (R29 and the role rules of each command).</summary>
[Description("The rules do not let someone in the caller's role do this (e.g. only the person confirms their own decisions; only council roles end plans). Someone in another role must do it.")]
public sealed record ActorNotPermittedError(
    [property: Description("The role the caller acted in.")] ActorRole Role,
    [property: Description("What the caller tried to do, in words.")] string Action)
    : DomainError("ACTOR_NOT_PERMITTED", $"Someone acting as {PlainEnglish.Describe(Role)} cannot {PlainEnglish.Clause(Action)}.");
