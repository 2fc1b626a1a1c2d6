using CarePlanGraph.Domain.Assessments;
using CarePlanGraph.Domain.Common;

namespace CarePlanGraph.Domain.Risks;

/// <summary>
/// How a plan version manages one risk identified in the assessment (R12): what will be done, and who wrote it
/// when. At most one per risk per version; recording again replaces the text.
/// </summary>
public sealed class RiskMitigation
{
    public const int MaxMitigationLength = 4000;

    private RiskMitigation()
    {
        Mitigation = string.Empty;
        RecordedBySubject = string.Empty;
        RecordedByName = string.Empty;
    }

    internal RiskMitigation(Id<RiskMitigation> id, Id<IdentifiedRisk> riskId, string mitigation, string recordedBySubject, string recordedByName, DateTimeOffset recordedAt)
    {
        Id = id;
        RiskId = riskId;
        Mitigation = mitigation;
        RecordedBySubject = recordedBySubject;
        RecordedByName = recordedByName;
        RecordedAt = recordedAt;
    }

    public Id<RiskMitigation> Id { get; private set; }

    /// <summary>The risk in the plan's assessment this mitigates.</summary>
    public Id<IdentifiedRisk> RiskId { get; private set; }

    /// <summary>What will be done to manage the risk, and how the person is aware of any implications [B].</summary>
    public string Mitigation { get; private set; }

    public string RecordedBySubject { get; private set; }

    public string RecordedByName { get; private set; }

    public DateTimeOffset RecordedAt { get; private set; }

    internal void Replace(string mitigation, Actor actor, DateTimeOffset at)
    {
        Mitigation = mitigation;
        RecordedBySubject = actor.Subject;
        RecordedByName = actor.Name;
        RecordedAt = at;
    }

    internal RiskMitigation CopyForRevision() =>
        new(Id<RiskMitigation>.New(), RiskId, Mitigation, RecordedBySubject, RecordedByName, RecordedAt);
}
