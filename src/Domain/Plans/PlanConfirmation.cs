using CarePlanGraph.Domain.Common;

namespace CarePlanGraph.Domain.Plans;

/// <summary>
/// A confirmation recorded on a version (R13): that whoever completed the plan acted in the person's best
/// interests, or the person's own statement that the decisions are theirs. Who, in what role, when, and what
/// they confirmed. Changing the plan's content afterwards withdraws it: a confirmation covers what was confirmed.
/// </summary>
public sealed class PlanConfirmation
{
    public const int MaxStatementLength = 2000;

    private PlanConfirmation()
    {
        ConfirmedBySubject = string.Empty;
        ConfirmedByName = string.Empty;
        Statement = string.Empty;
    }

    internal PlanConfirmation(Actor actor, DateTimeOffset confirmedAt, string statement)
    {
        ConfirmedBySubject = actor.Subject;
        ConfirmedByName = actor.Name;
        ConfirmedByRole = actor.Role;
        ConfirmedAt = confirmedAt;
        Statement = statement;
    }

    public string ConfirmedBySubject { get; private set; }

    public string ConfirmedByName { get; private set; }

    public ActorRole ConfirmedByRole { get; private set; }

    public DateTimeOffset ConfirmedAt { get; private set; }

    /// <summary>What was confirmed, in the words recorded.</summary>
    public string Statement { get; private set; }
}
