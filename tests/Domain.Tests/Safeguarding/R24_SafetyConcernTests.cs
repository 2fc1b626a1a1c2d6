using CarePlanGraph.Domain.Common;
using CarePlanGraph.Domain.Safeguarding;
using CarePlanGraph.Domain.Tests.Reviews;

namespace CarePlanGraph.Domain.Tests.Safeguarding;

public class R24_SafetyConcernTests
{
    [Theory]
    [InlineData(ActorRole.Person)]
    [InlineData(ActorRole.Helper)]
    [InlineData(ActorRole.Provider)]
    [InlineData(ActorRole.SupportPlanner)]
    [InlineData(ActorRole.KeyWorker)]
    public void R24_anyone_raises_a_safety_concern_and_gets_an_acknowledgement_with_a_reference(ActorRole role)
    {
        var scenario = PlanScenario.ActivePlan();
        var actor = new Actor("raiser", "Ray Raiser", role);

        var concern = SafetyConcern.Raise(scenario.Plan, "  A carer shouts at her when she is slow.  ", actor, scenario.Now).ShouldSucceed();

        Assert.Equal(SafetyConcernStatus.Open, concern.Status);
        Assert.Equal("A carer shouts at her when she is slow.", concern.Concern);
        Assert.Equal((scenario.Plan.Id, scenario.Plan.PersonId, role), (concern.PlanId, concern.PersonId, concern.RaisedByRole));
        var acknowledgement = concern.Acknowledgement;
        Assert.Matches("^SC-[0-9A-F]{8}$", acknowledgement.Reference);
        Assert.Equal(concern.Reference, acknowledgement.Reference);
        Assert.Equal(scenario.Now, acknowledgement.ReceivedAt);
        Assert.Contains("safeguarding team", acknowledgement.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void R24_a_concern_needs_words()
    {
        var scenario = PlanScenario.ActivePlan();

        Assert.Equal("concern", SafetyConcern.Raise(scenario.Plan, " ", Actors.Person, scenario.Now).ToResult().ShouldFailWith<RequiredTextMissingError>().Field);
    }

    [Fact]
    public void R24_R27_a_concern_is_kept_off_the_plan_and_its_history()
    {
        var scenario = PlanScenario.ActivePlan();
        var history = scenario.Plan.History.Count;
        var status = scenario.Plan.Status;

        SafetyConcern.Raise(scenario.Plan, "Someone is taking her money.", Actors.Provider, scenario.Now).ShouldSucceed();

        Assert.Equal(history, scenario.Plan.History.Count);
        Assert.Equal(status, scenario.Plan.Status);
    }

    [Fact]
    public void R24_only_the_safeguarding_team_closes_a_concern_once()
    {
        var scenario = PlanScenario.ActivePlan();
        var concern = SafetyConcern.Raise(scenario.Plan, "Someone is taking her money.", Actors.Person, scenario.Now).ShouldSucceed();

        concern.Close("Looked into.", Actors.KeyWorker, scenario.Now).ShouldFailWith<ActorNotPermittedError>();
        Assert.Equal("outcome", concern.Close(" ", ReviewScenarios.Safeguarding, scenario.Now).ShouldFailWith<RequiredTextMissingError>().Field);
        concern.Close("Enquiry made; the family member no longer handles her money.", ReviewScenarios.Safeguarding, scenario.Now).ShouldSucceed();

        Assert.Equal((SafetyConcernStatus.Closed, "Tom Reid"), (concern.Status, concern.ClosedByName));
        Assert.Equal(concern.Reference, concern.Close("Again.", ReviewScenarios.Safeguarding, scenario.Now).ShouldFailWith<SafetyConcernClosedError>().Reference);
    }
}
