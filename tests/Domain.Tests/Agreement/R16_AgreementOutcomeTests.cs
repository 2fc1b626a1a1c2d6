using CarePlanGraph.Domain.Common;
using CarePlanGraph.Domain.Plans;

namespace CarePlanGraph.Domain.Tests.Agreement;

public class R16_AgreementOutcomeTests
{
    [Fact]
    public void R16_agreed_version_is_frozen_in_force_with_the_final_budget()
    {
        var scenario = PlanScenario.AgreedPlan();

        Assert.Equal(PlanStatus.Agreed, scenario.Plan.Status);
        Assert.Equal(VersionStatus.Agreed, scenario.Version.Status);
        Assert.Same(scenario.Version, scenario.Plan.AgreedVersion);
        Assert.False(scenario.Version.IsEditable);
        Assert.Equal(Items.CoveringTotal, scenario.Plan.PersonalBudget);
        scenario.Plan.UpdateAnswers(PlanAnswers.Empty, null, Actors.Person, Clock.Now).ShouldFailWith<VersionNotEditableError>();
    }

    [Fact]
    public void R16_persons_copy_sets_out_exactly_how_the_budget_will_be_spent()
    {
        var scenario = PlanScenario.AgreedPlan();

        var copy = scenario.Plan.PersonsCopy(scenario.Assessment).ShouldSucceed();

        Assert.Equal(1, copy.VersionNumber);
        Assert.Equal(Actors.KeyWorker.Name, copy.AgreedByName);
        Assert.Equal(ManagementOption.Combination, copy.ManagementOption);
        Assert.Equal(3, copy.Lines.Count);
        var care = copy.Lines[0];
        Assert.Equal("Personal care each morning", care.Description);
        Assert.Equal("Sunrise Care", care.ProvidedBy);
        Assert.Equal(SupportArrangement.CouncilArranged, care.Arrangement);
        Assert.Equal("arranged and paid for by the council", care.HowArranged);
        Assert.Equal("7 hours a week at £25.00 an hour", care.HowOften);
        Assert.Equal(Money.FromPounds(175), care.WeeklyCost);
        Assert.Equal(Money.FromPounds(9_100), care.AnnualCost);
        Assert.Equal([AssessmentBuilder.Washing.Description], care.NeedsMet);
        Assert.Equal(Items.CoveringTotal, copy.Budget.TotalAnnualCost);
        Assert.Equal(Money.FromPounds(2_080), copy.Budget.PersonContribution);
        Assert.Equal(Money.FromPounds(14_040), copy.Budget.CouncilShare);
        Assert.Equal(PlanScenario.GoodAttestation.AdviceOffered, copy.AdviceOffered);

        Assert.Contains("Version 1, agreed on 2 March 2026 by Sam Okafor.", copy.Text, StringComparison.Ordinal);
        Assert.Contains("Who provides it: Sunrise Care", copy.Text, StringComparison.Ordinal);
        Assert.Contains("Cost: £175.00 a week, £9,100.00 a year", copy.Text, StringComparison.Ordinal);
        Assert.Contains("In total your support costs £310.00 a week, £16,120.00 a year.", copy.Text, StringComparison.Ordinal);
        Assert.Contains("You pay £40.00 a week (£2,080.00 a year) towards it. The council pays £270.00 a week (£14,040.00 a year).", copy.Text, StringComparison.Ordinal);
        Assert.Contains("Advice and information offered to you: Falls prevention classes", copy.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void R16_persons_copy_shows_the_first_review_once_support_is_in_place()
    {
        var scenario = PlanScenario.ActivePlan();

        var copy = scenario.Plan.PersonsCopy(scenario.Assessment).ShouldSucceed();

        Assert.Equal(scenario.Plan.NextReviewDue, copy.NextReviewDue);
        Assert.Contains("Your first review is due by 1 June 2026.", copy.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void R16_there_is_no_persons_copy_before_agreement()
    {
        var scenario = PlanScenario.SubmittedPlan();

        var result = scenario.Plan.PersonsCopy(scenario.Assessment).ToResult();

        Assert.Equal(scenario.Plan.Id, result.ShouldFailWith<NoAgreedVersionError>().PlanId);
    }

    [Fact]
    public void R16_person_is_sent_their_copy_when_the_plan_is_agreed()
    {
        var scenario = PlanScenario.AgreedPlan();

        var notified = scenario.Plan.History[^1];

        Assert.Equal(PlanEventKind.PersonNotified, notified.Kind);
        Assert.Contains("copy of the agreed plan", notified.Reason, StringComparison.Ordinal);
        Assert.Contains(PlanScenario.GoodAttestation.AdviceOffered, notified.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void R16_advice_and_information_offered_is_required_whatever_the_decision()
    {
        var scenario = PlanScenario.SubmittedPlan();

        var agree = scenario.AgreeWith(PlanScenario.GoodAttestation with { AdviceOffered = " " });
        var decline = scenario.Plan.Decline(PlanScenario.GoodDecline with { AdviceOffered = "" }, Actors.KeyWorker, Clock.Now);

        Assert.Equal("adviceOffered", agree.ShouldFailWith<RequiredTextMissingError>().Field);
        Assert.Equal("adviceOffered", decline.ShouldFailWith<RequiredTextMissingError>().Field);
        Assert.Equal(VersionStatus.Submitted, scenario.Version.Status);
    }

    [Fact]
    public void R16_advice_offered_is_recorded_on_a_decline_too()
    {
        var scenario = PlanScenario.SubmittedPlan().Decline();

        Assert.Equal(PlanScenario.GoodDecline.AdviceOffered, scenario.Version.LatestDecision!.AdviceOffered);
    }
}
