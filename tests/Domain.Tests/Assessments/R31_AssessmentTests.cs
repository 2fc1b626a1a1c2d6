using CarePlanGraph.Domain.Agreement;
using CarePlanGraph.Domain.Assessments;
using CarePlanGraph.Domain.Common;
using CarePlanGraph.Domain.People;
using CarePlanGraph.Domain.Plans;

namespace CarePlanGraph.Domain.Tests.Assessments;

public class R31_AssessmentTests
{
    private static readonly Id<Person> Eve = Id<Person>.New();

    private static AssessmentDetails Details(Money? budget = null, Money? contribution = null) => new(
        [new NeedDetails(null, EligibilityOutcome.UsingTheHomeSafely, "Help to get up safely at night.")],
        [new OutcomeDetails(null, "Sleep through the night without worry.")],
        [new RiskDetails(null, "Falls at night", IsSignificant: true)],
        contribution ?? Money.FromPounds(500),
        budget ?? Money.FromPounds(8_000));

    /// <summary>The content of <paramref name="assessment"/> as a revision that keeps every part, with changes applied.</summary>
    private static AssessmentDetails Keep(Assessment assessment) => new(
        [.. assessment.Needs.Select(n => new NeedDetails(n.Id, n.Area, n.Description))],
        [.. assessment.Outcomes.Select(o => new OutcomeDetails(o.Id, o.Description))],
        [.. assessment.Risks.Select(r => new RiskDetails(r.Id, r.Description, r.IsSignificant))],
        assessment.AssessedContribution,
        assessment.IndicativeBudget);

    [Fact]
    public void R31_the_key_worker_records_an_assessment()
    {
        var assessment = Assessment.Record(Eve, Details(), Actors.KeyWorker, Clock.Today).ShouldSucceed();

        Assert.Equal((1, Clock.Today, Eve, true), (assessment.Version, assessment.CompletedOn, assessment.PersonId, assessment.IsCurrent));
        Assert.Equal(Money.FromPounds(8_000), assessment.IndicativeBudget);
        Assert.Equal(Money.FromPounds(500), assessment.AssessedContribution);
        Assert.Equal(EligibilityOutcome.UsingTheHomeSafely, Assert.Single(assessment.Needs).Area);
        Assert.True(Assert.Single(assessment.Risks).IsSignificant);
        Assert.Equal(Actors.KeyWorker.Name, assessment.RecordedBy);
        Assessment.Record(Eve, Details(), Actors.Administrator, Clock.Today).ShouldSucceed();
    }

    [Theory]
    [InlineData(ActorRole.Person)]
    [InlineData(ActorRole.Provider)]
    [InlineData(ActorRole.SupportPlanner)]
    [InlineData(ActorRole.CustomerServices)]
    [InlineData(ActorRole.RiskPanelMember)]
    [InlineData(ActorRole.Advocate)]
    public void R31_only_the_key_worker_or_an_administrator_records_or_reviews_an_assessment(ActorRole role)
    {
        var actor = new Actor("someone", "Someone", role);

        Assert.Equal(role, Assessment.Record(Eve, Details(), actor, Clock.Today).ToResult().ShouldFailWith<ActorNotPermittedError>().Role);
        var assessment = Assessment.Record(Eve, Details(), Actors.KeyWorker, Clock.Today).ShouldSucceed();
        assessment.Revise(Details(), actor, Clock.Today).ToResult().ShouldFailWith<ActorNotPermittedError>();
        Assert.True(assessment.IsCurrent);
    }

    [Fact]
    public void R31_recording_returns_every_error_at_once()
    {
        var details = new AssessmentDetails(
            [],
            [new OutcomeDetails(null, "  ")],
            [new RiskDetails(null, new string('x', AssessmentLimits.MaxDescriptionLength + 1), false)],
            new Money(-1),
            AssessmentLimits.MaxAmount + new Money(1));

        var result = Assessment.Record(Eve, details, Actors.KeyWorker, Clock.Today).ToResult();

        Assert.Equal(5, result.Errors.Count);
        result.ShouldFailWith<NoEligibleNeedsError>();
        Assert.Equal("outcomes[0].description", result.ShouldFailWith<RequiredTextMissingError>().Field);
        Assert.Equal("risks[0].description", result.ShouldFailWith<TextTooLongError>().Field);
        Assert.Equal(
            ["assessedContribution", "indicativeBudget"],
            result.Errors.OfType<AssessmentAmountOutOfRangeError>().Select(e => e.Field).Order());
    }

    [Fact]
    public void R31_a_zero_budget_and_the_largest_amounts_are_accepted_but_not_a_new_assessment_naming_ids()
    {
        Assessment.Record(Eve, Details(Money.Zero, AssessmentLimits.MaxAmount), Actors.KeyWorker, Clock.Today).ShouldSucceed();
        var naming = Details() with { Needs = [new NeedDetails(Id<EligibleNeed>.New(), EligibilityOutcome.ToiletNeeds, "Toilet at night.")] };

        Assert.Equal(("needs", 0), Assessment.Record(Eve, naming, Actors.KeyWorker, Clock.Today).ToResult().ShouldFailWith<UnknownAssessmentPartError>() is var e ? (e.Field, e.Position) : default);
    }

    [Fact]
    public void R31_revising_an_assessment_makes_a_new_version_and_supersedes_the_old()
    {
        var first = Assessment.Record(Eve, Details(), Actors.KeyWorker, Clock.Today).ShouldSucceed();
        var kept = first.Needs[0];
        var revision = Keep(first) with
        {
            Needs = [new NeedDetails(kept.Id, kept.Area, "Help to get up safely at night and in the morning."), new NeedDetails(null, EligibilityOutcome.ManagingNutrition, "Help to cook.")],
            IndicativeBudget = Money.FromPounds(9_000),
        };

        var second = first.Revise(revision, Actors.KeyWorker, Clock.Today.AddDays(3)).ShouldSucceed();

        Assert.Equal((2, first.Id, Clock.Today.AddDays(3), true), (second.Version, second.PreviousVersionId, second.CompletedOn, second.IsCurrent));
        Assert.Equal((second.Id, false), (first.SupersededById, first.IsCurrent));
        Assert.Equal(kept.Id, second.Needs[0].Id);
        Assert.NotEqual(kept.Id, second.Needs[1].Id);
        Assert.Equal(first.Risks[0].Id, second.Risks[0].Id);
        Assert.Equal("Help to get up safely at night.", first.Needs[0].Description);
        Assert.Equal(Money.FromPounds(8_000), first.IndicativeBudget);

        var refused = first.Revise(revision, Actors.KeyWorker, Clock.Today.AddDays(3)).ToResult().ShouldFailWith<AssessmentSupersededError>();
        Assert.Equal(second.Id, refused.SupersededById);
    }

    [Fact]
    public void R31_a_revision_may_keep_only_the_previous_versions_parts_each_once()
    {
        var first = Assessment.Record(Eve, Details(), Actors.KeyWorker, Clock.Today).ShouldSucceed();
        var need = first.Needs[0];
        var revision = Keep(first) with
        {
            Needs = [new NeedDetails(need.Id, need.Area, need.Description), new NeedDetails(need.Id, need.Area, "Twice.")],
            Outcomes = [new OutcomeDetails(Id<DesiredOutcome>.New(), "A stranger.")],
        };

        var result = first.Revise(revision, Actors.KeyWorker, Clock.Today).ToResult();

        Assert.Equal([("needs", 1), ("outcomes", 0)], result.Errors.OfType<UnknownAssessmentPartError>().Select(e => (e.Field, e.Position)));
        Assert.True(first.IsCurrent);
    }

    [Fact]
    public void R31_raising_the_indicative_budget_turns_affordable_from_failing_to_passing()
    {
        var scenario = PlanScenario.ReadyToSubmit(new AssessmentBuilder().WithBudget(Money.FromPounds(10_000)));
        Assert.False(scenario.Check(AgreementCheck.Affordable).Passed);

        var revised = scenario.Assessment.Revise(Keep(scenario.Assessment) with { IndicativeBudget = Items.CoveringTotal }, Actors.KeyWorker, Clock.Today).ShouldSucceed();
        scenario.Plan.FollowRevisedAssessment(revised, Actors.KeyWorker, scenario.Now).ShouldSucceed();

        Assert.Equal(revised.Id, scenario.Plan.AssessmentId);
        Assert.Equal(Items.CoveringTotal, scenario.Plan.IndicativeBudget);
        Assert.True(scenario.Plan.EvaluateAgreement(revised).Result(AgreementCheck.Affordable).Passed);
        Assert.Throws<ArgumentException>(() => scenario.Plan.EvaluateAgreement(scenario.Assessment));
    }

    [Fact]
    public void R31_a_new_need_or_risk_in_the_revised_assessment_must_be_met_and_mitigated()
    {
        var scenario = PlanScenario.ReadyToSubmit();
        var revision = Keep(scenario.Assessment);
        revision = revision with
        {
            Needs = [.. revision.Needs, new NeedDetails(null, EligibilityOutcome.HabitableHome, "Help to keep the kitchen clean.")],
            Risks = [.. revision.Risks, new RiskDetails(null, "Scalds from the kettle.", false)],
        };
        var revised = scenario.Assessment.Revise(revision, Actors.KeyWorker, Clock.Today).ShouldSucceed();
        var revisionBefore = scenario.Plan.Revision;

        scenario.Plan.FollowRevisedAssessment(revised, Actors.KeyWorker, scenario.Now).ShouldSucceed();

        var evaluation = scenario.Plan.EvaluateAgreement(revised);
        Assert.False(evaluation.Result(AgreementCheck.Effective).Passed);
        Assert.False(evaluation.Result(AgreementCheck.RisksConsidered).Passed);
        Assert.True(evaluation.Result(AgreementCheck.Complete).Passed);
        Assert.Equal(revised.Needs[^1].Id, Assert.Single(evaluation.Errors.OfType<UnmetNeedError>()).NeedId);
        var followed = scenario.Plan.History[^1];
        Assert.Equal((PlanEventKind.AssessmentRevised, Actors.KeyWorker.Subject, scenario.Now), (followed.Kind, followed.ActorSubject, followed.OccurredAt));
        Assert.True(scenario.Plan.Revision > revisionBefore);
    }

    [Fact]
    public void R31_R17_a_declined_plan_follows_the_reviewed_assessment_and_is_agreed_when_resubmitted()
    {
        var scenario = PlanScenario.SubmittedPlan(new AssessmentBuilder().WithBudget(Money.FromPounds(20_000)));
        scenario.Decline(details: PlanScenario.GoodDecline with { ReviewAssessmentRequested = true });
        var revised = scenario.Assessment.Revise(
            Keep(scenario.Assessment) with { IndicativeBudget = Money.FromPounds(17_000) }, Actors.KeyWorker, Clock.Today).ShouldSucceed();

        scenario.Plan.FollowRevisedAssessment(revised, Actors.KeyWorker, scenario.Now).ShouldSucceed();
        Assert.Equal(PlanStatus.ChangesRequired, scenario.Plan.Status);
        scenario.Plan.Submit(Actors.Person, scenario.Now).ShouldSucceed();
        scenario.Plan.Agree(revised, PlanScenario.GoodAttestation, Actors.KeyWorker, scenario.Now).ShouldSucceed();

        Assert.Equal(PlanStatus.Agreed, scenario.Plan.Status);
        Assert.Equal(Money.FromPounds(17_000), scenario.Plan.IndicativeBudget);
    }

    [Fact]
    public void R31_a_submitted_plan_is_decided_against_the_revised_assessment_and_a_decision_on_what_was_seen_before_conflicts()
    {
        var scenario = PlanScenario.SubmittedPlan();
        var seen = scenario.Version.EditRevision;
        var revised = scenario.Assessment.Revise(Keep(scenario.Assessment) with { IndicativeBudget = Money.FromPounds(1_000) }, Actors.KeyWorker, Clock.Today).ShouldSucceed();

        scenario.Plan.FollowRevisedAssessment(revised, Actors.KeyWorker, scenario.Now).ShouldSucceed();

        scenario.Plan.Agree(revised, PlanScenario.GoodAttestation, Actors.Administrator, scenario.Now, seen).ShouldFailWith<EditConflictError>();
        scenario.Plan.Agree(revised, PlanScenario.GoodAttestation, Actors.Administrator, scenario.Now).ShouldFailWith<OverBudgetError>();
    }

    [Fact]
    public void R31_an_agreed_plan_stays_in_force_and_the_new_budget_applies_to_its_next_revision()
    {
        var scenario = PlanScenario.ActivePlan();
        var agreed = scenario.Plan.AgreedVersion!;
        var budget = scenario.Plan.PersonalBudget;
        var revised = scenario.Assessment.Revise(Keep(scenario.Assessment) with { IndicativeBudget = Money.FromPounds(30_000) }, Actors.KeyWorker, Clock.Today).ShouldSucceed();

        scenario.Plan.FollowRevisedAssessment(revised, Actors.KeyWorker, scenario.Now).ShouldSucceed();

        Assert.Equal((PlanStatus.Active, agreed, budget), (scenario.Plan.Status, scenario.Plan.AgreedVersion, scenario.Plan.PersonalBudget));
        Assert.Contains("stays in force", scenario.Plan.History[^1].Reason, StringComparison.Ordinal);
        scenario.Revise();
        Assert.Equal(Money.FromPounds(30_000), scenario.Plan.BudgetStatement(scenario.Plan.CurrentVersion).Budget);
    }

    [Fact]
    public void R31_an_ended_plan_stays_with_its_assessment()
    {
        var scenario = PlanScenario.Draft();
        scenario.Plan.EndPlan("Moved away.", Actors.KeyWorker, scenario.Now).ShouldSucceed();
        var revised = scenario.Assessment.Revise(Keep(scenario.Assessment), Actors.KeyWorker, Clock.Today).ShouldSucceed();

        scenario.Plan.FollowRevisedAssessment(revised, Actors.KeyWorker, scenario.Now).ShouldFailWith<InvalidTransitionError>();
        Assert.Equal(scenario.Assessment.Id, scenario.Plan.AssessmentId);
    }
}
