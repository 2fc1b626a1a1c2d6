using CarePlanGraph.Domain.Agreement;
using CarePlanGraph.Domain.Assessments;
using CarePlanGraph.Domain.Common;
using CarePlanGraph.Domain.Plans;
using CarePlanGraph.Domain.Risks;

namespace CarePlanGraph.Domain.Tests.TestData;

/// <summary>
/// An assessment and a plan written against it, moved along step by step. <see cref="ReadyToSubmit"/> gives a draft
/// that passes every agreement check; the steps after it submit, agree and put support in place.
/// The person writes their own plan unless told otherwise; Sam (a Key Worker) is the agreeing officer.
/// </summary>
internal sealed class PlanScenario
{
    private PlanScenario(Assessment assessment, CarePlan plan)
    {
        Assessment = assessment;
        Plan = plan;
    }

    public Assessment Assessment { get; }

    public CarePlan Plan { get; }

    public PlanVersion Version => Plan.CurrentVersion;

    public DateTimeOffset Now { get; private set; } = Clock.Now;

    public static PlanAnswers AllAnswers { get; } = new(
        "Staying in my own home and seeing my friends.",
        "My neighbour checks on me; mornings are hard.",
        "Help in the mornings so I am not rushed.",
        "Washing, dressing and meals; to stay at home and get out.",
        "A mix: the council arranges care, I employ a PA with a Direct Payment.",
        "On personal care, a personal assistant and the community centre.",
        "I choose my PA and can change the times with Sunrise.");

    public static AgreementAttestation GoodAttestation { get; } = new(
        IsLawfulAndSensible: true,
        KeepsPersonHealthySafeAndWell: true,
        IsResponsiblyManaged: true,
        Rationale: "Meets every assessed need within the allocation; risks are managed.",
        AdviceOffered: "Falls prevention classes and the local carers' centre.");

    public static DeclineDetails GoodDecline { get; } = new(
        Reasons: "The plan does not show how evenings will be covered.",
        RequiredChanges: ["Add support for the evening meal"],
        AdviceOffered: "Meals on wheels information leaflet.");

    public static PlanScenario Draft(AssessmentBuilder? assessment = null, PlanPreparer preparedBy = PlanPreparer.Person, Actor? author = null)
    {
        var built = (assessment ?? new AssessmentBuilder()).Build();
        return new PlanScenario(built, CarePlan.Start(built, preparedBy, author ?? Actors.Person, Clock.Now));
    }

    /// <summary>A draft that passes every agreement check, written by the person alone.</summary>
    public static PlanScenario ReadyToSubmit(AssessmentBuilder? assessment = null) =>
        Draft(assessment).AnswerAll().CoverEverything().MitigateAllRisks().PanelApprovesIfNeeded();

    public static PlanScenario SubmittedPlan(AssessmentBuilder? assessment = null) => ReadyToSubmit(assessment).Submit();

    public static PlanScenario AgreedPlan(AssessmentBuilder? assessment = null) => SubmittedPlan(assessment).Agree();

    public static PlanScenario ActivePlan(AssessmentBuilder? assessment = null) => AgreedPlan(assessment).PutInPlace();

    public PlanScenario Later(TimeSpan by)
    {
        Now += by;
        return this;
    }

    public PlanScenario AnswerAll(Actor? actor = null)
    {
        Plan.UpdateAnswers(AllAnswers, null, actor ?? Actors.Person, Now).ShouldSucceed();
        return this;
    }

    public SupportItem Add(SupportItemDetails details, Actor? actor = null) =>
        Plan.AddSupportItem(Assessment, details, actor ?? Actors.Person, Now).ShouldSucceed();

    public PlanScenario CoverEverything()
    {
        Add(Items.PersonalCare);
        Add(Items.MealsAssistant);
        Add(Items.CommunityCentre);
        return this;
    }

    public PlanScenario MitigateAllRisks(Actor? actor = null)
    {
        foreach (var risk in Assessment.Risks)
        {
            Plan.RecordRiskMitigation(Assessment, risk.Id, $"Plan for: {risk.Description}", actor ?? Actors.Person, Now).ShouldSucceed();
        }

        return this;
    }

    public PlanScenario PanelApprovesIfNeeded()
    {
        if (Assessment.Risks.Any(r => r.IsSignificant))
        {
            PanelDecides(RiskPanelOutcome.CanBeManagedSafely, "Pharmacy blister packs and daily calls.").ShouldSucceed();
        }

        return this;
    }

    /// <summary>R23: the Key Worker refers the plan to the Risk Management Panel (unless it is waiting already), which decides on that referral.</summary>
    public Result PanelDecides(RiskPanelOutcome outcome, string rationale, string? conditions = null, DateTimeOffset? at = null)
    {
        if (Plan.RiskPanelReferral is not { IsPending: true })
        {
            Plan.ReferToRiskPanel(Assessment, "Please consider the significant risks.", Actors.KeyWorker, at ?? Now).ShouldSucceed();
        }

        return Plan.RecordRiskPanelDecision(outcome, rationale, conditions, Actors.PanelMember, at ?? Now);
    }

    public PlanScenario Submit(Actor? actor = null)
    {
        Plan.Submit(actor ?? Actors.Person, Now).ShouldSucceed();
        return this;
    }

    public PlanScenario Agree(Actor? officer = null)
    {
        Plan.Agree(Assessment, GoodAttestation, officer ?? Actors.KeyWorker, Now).ShouldSucceed();
        return this;
    }

    public PlanScenario Decline(Actor? officer = null, DeclineDetails? details = null)
    {
        Plan.Decline(details ?? GoodDecline, officer ?? Actors.KeyWorker, Now).ShouldSucceed();
        return this;
    }

    public PlanScenario PutInPlace()
    {
        // Recorded on the day it is in place: support is never marked in place ahead of time (R19).
        Plan.MarkSupportInPlace(Clock.Today.AddDays(7), null, Actors.KeyWorker, Now.AddDays(7)).ShouldSucceed();
        return this;
    }

    public PlanScenario Revise(PlanPreparer preparedBy = PlanPreparer.Person, Actor? actor = null)
    {
        Plan.StartRevision(preparedBy, actor ?? Actors.Person, Now).ShouldSucceed();
        return this;
    }

    public Result AgreeWith(AgreementAttestation attestation, Actor? officer = null) =>
        Plan.Agree(Assessment, attestation, officer ?? Actors.KeyWorker, Now);

    public AgreementEvaluation Evaluate() => Plan.EvaluateAgreement(Assessment);

    public AgreementCheckResult Check(AgreementCheck check) => Evaluate().Result(check);
}
