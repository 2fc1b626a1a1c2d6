using CarePlanGraph.Domain.Common;

namespace CarePlanGraph.Domain.Reviews;

/// <summary>A signature on a completed review (R22): who signed, in what role, when, and whether for the person.</summary>
public sealed class ReviewSignature
{
    private ReviewSignature()
    {
        SignedBySubject = string.Empty;
        SignedByName = string.Empty;
    }

    internal ReviewSignature(Actor actor, DateTimeOffset signedAt)
    {
        SignedBySubject = actor.Subject;
        SignedByName = actor.Name;
        SignedByRole = actor.Role;
        SignedAt = signedAt;
    }

    public string SignedBySubject { get; private set; }

    public string SignedByName { get; private set; }

    public ActorRole SignedByRole { get; private set; }

    public DateTimeOffset SignedAt { get; private set; }

    /// <summary>True when an independent advocate signed on the person's behalf.</summary>
    public bool OnBehalfOfPerson => SignedByRole == ActorRole.Advocate;
}
