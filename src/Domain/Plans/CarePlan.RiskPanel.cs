using CarePlanGraph.Domain.Assessments;
using CarePlanGraph.Domain.Common;
using CarePlanGraph.Domain.Risks;

namespace CarePlanGraph.Domain.Plans;

/// <summary>Referring a plan with significant risks to the Risk Management Panel (R23) [B].</summary>
public sealed partial class CarePlan
{
    /// <summary>The latest referral to the Risk Management Panel, pending until it decides (R23).</summary>
    public RiskPanelReferral? RiskPanelReferral { get; private set; }

    /// <summary>
    /// R23: the person (or their advocate for them) or the council asks the Risk Management Panel to consider a plan
    /// whose assessment identifies significant risks. Refused while a referral is waiting for the panel.
    /// </summary>
    public Result ReferToRiskPanel(Assessment assessment, string reason, Actor actor, DateTimeOffset now)
    {
        EnsureOwnAssessment(assessment);
        ArgumentNullException.ThrowIfNull(actor);
        if (actor.Role is not (ActorRole.Person or ActorRole.Advocate) && !actor.Role.IsCouncilRole())
        {
            return Result.Fail(new ActorNotPermittedError(actor.Role, "refer a plan to the Risk Management Panel; the person or the council does"));
        }

        if (Status == PlanStatus.Ended)
        {
            return Result.Fail(new InvalidTransitionError(Status, "referred to the Risk Management Panel"));
        }

        var errors = new List<DomainError>();
        if (!assessment.Risks.Any(r => r.IsSignificant))
        {
            errors.Add(new NoSignificantRisksError());
        }

        if (RiskPanelReferral is { IsPending: true } pending)
        {
            errors.Add(new RiskPanelReferralPendingError(pending.ReferredAt));
        }

        errors.AddRange(FreeText.Require(reason, "reason", RiskPanelReferral.MaxReasonLength));
        if (errors.Count > 0)
        {
            return Result.Fail(errors);
        }

        RiskPanelReferral = new RiskPanelReferral(reason.Trim(), CurrentVersion.Number, actor, now);
        Record(PlanEventKind.RiskPanelReferred, Status, Status, actor, now, reason.Trim());
        return Result.Success;
    }
}
