using CarePlanGraph.Domain.Common;

namespace CarePlanGraph.Domain.Risks;

/// <summary>
/// The latest referral of a plan to the Risk Management Panel (R23) [B]: by the person or the council, with the
/// reason, pending until the panel records a decision. A new referral may follow a decision (after the plan
/// changes, say); each one is also in the plan's history.
/// </summary>
public sealed class RiskPanelReferral
{
    public const int MaxReasonLength = 4000;

    private RiskPanelReferral()
    {
        Reason = string.Empty;
        ReferredBySubject = string.Empty;
        ReferredByName = string.Empty;
    }

    internal RiskPanelReferral(string reason, int versionNumber, Actor referredBy, DateTimeOffset referredAt)
    {
        Reason = reason;
        VersionNumber = versionNumber;
        ReferredBySubject = referredBy.Subject;
        ReferredByName = referredBy.Name;
        ReferredByRole = referredBy.Role;
        ReferredAt = referredAt;
    }

    /// <summary>Why the panel is asked to consider the plan.</summary>
    public string Reason { get; private set; }

    /// <summary>The version of the plan referred.</summary>
    public int VersionNumber { get; private set; }

    public string ReferredBySubject { get; private set; }

    public string ReferredByName { get; private set; }

    public ActorRole ReferredByRole { get; private set; }

    public DateTimeOffset ReferredAt { get; private set; }

    /// <summary>When the panel recorded its decision on this referral.</summary>
    public DateTimeOffset? DecidedAt { get; private set; }

    public bool IsPending => DecidedAt is null;

    internal void MarkDecided(DateTimeOffset at) => DecidedAt ??= at;
}
