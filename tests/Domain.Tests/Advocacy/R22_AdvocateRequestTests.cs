using CarePlanGraph.Domain.Advocacy;
using CarePlanGraph.Domain.Common;
using CarePlanGraph.Domain.Plans;
using CarePlanGraph.Domain.Tests.Reviews;

namespace CarePlanGraph.Domain.Tests.Advocacy;

/// <summary>[A] "you can ask for an independent advocate to support you": the person asks, the Key Worker refers.</summary>
public class R22_AdvocateRequestTests
{
    [Theory]
    [InlineData(ActorRole.Person)]
    [InlineData(ActorRole.Helper)]
    public void R22_the_person_or_someone_acting_for_them_asks_for_an_advocate_and_the_referral_fulfils_it(ActorRole role)
    {
        var scenario = PlanScenario.SubmittedPlan().Decline();
        var history = scenario.Plan.History.Count;
        var actor = new Actor("asker", "Ann Asker", role);

        scenario.Plan.RequestAdvocate("  I want help to challenge the decision.  ", actor, scenario.Now).ShouldSucceed();

        var advocacy = scenario.Plan.Advocacy!;
        Assert.True(advocacy.IsRequestPending);
        Assert.Equal(("I want help to challenge the decision.", "Ann Asker", role, scenario.Now), (advocacy.RequestReason, advocacy.RequestedByName, advocacy.RequestedByRole!.Value, advocacy.RequestedAt!.Value));
        Assert.False(advocacy.IsReferred);

        // An advocacy note: not in the plan's history, which providers see (R27).
        Assert.Equal(history, scenario.Plan.History.Count);

        scenario.Later(TimeSpan.FromDays(2));
        scenario.Plan.ReferToAdvocate("Asked for help to challenge the decision.", null, null, Actors.KeyWorker, scenario.Now).ShouldSucceed();

        Assert.False(advocacy.IsRequestPending);
        Assert.Equal(scenario.Now, advocacy.RequestFulfilledAt);
    }

    [Theory]
    [InlineData(ActorRole.Advocate)]
    [InlineData(ActorRole.KeyWorker)]
    [InlineData(ActorRole.Provider)]
    [InlineData(ActorRole.SupportPlanner)]
    public void R22_the_advocate_the_council_providers_and_planners_do_not_ask_for_the_person(ActorRole role)
    {
        var scenario = PlanScenario.SubmittedPlan();

        scenario.Plan.RequestAdvocate("Needs one.", new Actor("x", "X", role), scenario.Now).ShouldFailWith<ActorNotPermittedError>();

        Assert.Null(scenario.Plan.Advocacy);
    }

    [Fact]
    public void R22_one_request_at_a_time_with_a_reason()
    {
        var scenario = PlanScenario.SubmittedPlan();
        scenario.Plan.RequestAdvocate(" ", Actors.Person, scenario.Now).ShouldFailWith<RequiredTextMissingError>();
        scenario.Plan.RequestAdvocate("To speak for me at the review.", Actors.Person, scenario.Now).ShouldSucceed();

        var again = scenario.Plan.RequestAdvocate("Again.", Actors.FamilyHelper, scenario.Now.AddDays(1));

        Assert.Equal(scenario.Now, again.ShouldFailWith<AdvocateRequestPendingError>().RequestedAt);
        Assert.Equal("To speak for me at the review.", scenario.Plan.Advocacy!.RequestReason);
    }

    [Fact]
    public void R22_there_is_nothing_to_ask_for_once_an_advocate_is_assigned_or_being_assigned()
    {
        var assigned = PlanScenario.SubmittedPlan();
        assigned.Plan.ReferToAdvocate("Needs someone to speak for her.", ReviewScenarios.AdvocacyService, "Noor Hussain", Actors.KeyWorker, assigned.Now).ShouldSucceed();
        var referred = PlanScenario.SubmittedPlan();
        referred.Plan.ReferToAdvocate("Needs someone to speak for her.", null, null, Actors.KeyWorker, referred.Now).ShouldSucceed();

        var withAdvocate = assigned.Plan.RequestAdvocate("I want an advocate.", Actors.Person, assigned.Now).ShouldFailWith<AdvocateAlreadyArrangedError>();
        var waiting = referred.Plan.RequestAdvocate("I want an advocate.", Actors.Person, referred.Now).ShouldFailWith<AdvocateAlreadyArrangedError>();

        Assert.Equal((true, "Noor Hussain is already the person's independent advocate."), (withAdvocate.Assigned, withAdvocate.Message));
        Assert.False(waiting.Assigned);
        Assert.Null(assigned.Plan.Advocacy!.RequestedAt);
    }
}
