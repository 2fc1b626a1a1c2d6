using CarePlanGraph.Domain.Common;

namespace CarePlanGraph.Domain.Risks;

/// <summary>
/// The Risk Management Panel's latest decision on a plan (R12, R23): whether its significant risks can be managed
/// safely, on what conditions, why, and which panel member recorded it when. A new decision replaces the last;
/// each one is also in the plan's history. (Issue 6 adds the referral that leads to it.)
/// </summary>
public sealed class RiskPanelDecision
{
    public const int MaxTextLength = 4000;

    private RiskPanelDecision()
    {
        Rationale = string.Empty;
        DecidedBySubject = string.Empty;
        DecidedByName = string.Empty;
    }

    internal RiskPanelDecision(RiskPanelOutcome outcome, string? conditions, string rationale, int versionNumber, Actor decidedBy, DateTimeOffset decidedAt)
    {
        Outcome = outcome;
        Conditions = conditions;
        Rationale = rationale;
        VersionNumber = versionNumber;
        DecidedBySubject = decidedBy.Subject;
        DecidedByName = decidedBy.Name;
        DecidedAt = decidedAt;
    }

    public RiskPanelOutcome Outcome { get; private set; }

    /// <summary>The conditions on which the risks can be managed safely; set when <see cref="Outcome"/> is ManagedWithConditions.</summary>
    public string? Conditions { get; private set; }

    public string Rationale { get; private set; }

    /// <summary>The version of the plan the panel considered.</summary>
    public int VersionNumber { get; private set; }

    public string DecidedBySubject { get; private set; }

    public string DecidedByName { get; private set; }

    public DateTimeOffset DecidedAt { get; private set; }

    /// <summary>True when the panel found the risks can be managed safely, with or without conditions.</summary>
    public bool IsFavourable => Outcome is RiskPanelOutcome.CanBeManagedSafely or RiskPanelOutcome.ManagedWithConditions;
}
