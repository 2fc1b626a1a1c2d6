using CarePlanGraph.Domain.Agreement;
using CarePlanGraph.Domain.Common;
using CarePlanGraph.Domain.Plans;

namespace CarePlanGraph.Domain.Tests.Agreement;

/// <summary>
/// R13 [A]: "If someone else completes your support plan for you, we will need to be satisfied that they have acted in
/// your best interests": the council confirms it, not whoever wrote the plan.
/// </summary>
public class R13_BestInterestsByCouncilTests
{
    public static TheoryData<string> NotCouncil => ["planner", "family", "provider", "person"];

    [Theory]
    [MemberData(nameof(NotCouncil))]
    public void R13_only_the_council_confirms_best_interests(string who)
    {
        var actor = who switch
        {
            "planner" => Actors.Planner,
            "family" => Actors.FamilyHelper,
            "provider" => Actors.Provider,
            _ => Actors.Person,
        };
        var scenario = PlanScenario.Draft(preparedBy: PlanPreparer.IndependentSupportPlanner, author: Actors.Planner).AnswerAll(Actors.Planner);

        var result = scenario.Plan.ConfirmBestInterests("I acted in Ada's best interests.", actor, Clock.Now);

        Assert.Equal(actor.Role, result.ShouldFailWith<ActorNotPermittedError>().Role);
        Assert.Null(scenario.Version.BestInterestsConfirmation);
        Assert.Contains("BEST_INTERESTS_NOT_CONFIRMED", scenario.Check(AgreementCheck.OwnDecisions).Errors.Select(e => e.Code));
    }

    [Fact]
    public void R13_a_key_worker_or_administrator_confirms_a_planners_plan_and_the_check_is_met()
    {
        var byKeyWorker = PlanScenario.Draft(preparedBy: PlanPreparer.IndependentSupportPlanner, author: Actors.Planner).AnswerAll(Actors.Planner);
        var byAdministrator = PlanScenario.Draft(preparedBy: PlanPreparer.IndependentSupportPlanner, author: Actors.Planner).AnswerAll(Actors.Planner);

        byKeyWorker.Plan.ConfirmBestInterests("Lee wrote it with Ada; I checked it with her.", Actors.KeyWorker, Clock.Now).ShouldSucceed();
        byAdministrator.Plan.ConfirmBestInterests("Checked with Ada.", Actors.Administrator, Clock.Now).ShouldSucceed();

        Assert.DoesNotContain("BEST_INTERESTS_NOT_CONFIRMED", byKeyWorker.Check(AgreementCheck.OwnDecisions).Errors.Select(e => e.Code));
        Assert.DoesNotContain("BEST_INTERESTS_NOT_CONFIRMED", byAdministrator.Check(AgreementCheck.OwnDecisions).Errors.Select(e => e.Code));
    }

    [Fact]
    public void R13_an_officer_does_not_vouch_for_a_plan_they_wrote()
    {
        var scenario = PlanScenario.Draft(preparedBy: PlanPreparer.KeyWorker, author: Actors.KeyWorker).AnswerAll(Actors.KeyWorker);

        var own = scenario.Plan.ConfirmBestInterests("I acted in Ada's best interests.", Actors.KeyWorker, Clock.Now);

        Assert.Equal(ActorRole.KeyWorker, own.ShouldFailWith<ActorNotPermittedError>().Role);
        scenario.Plan.ConfirmBestInterests("Sam wrote it with Ada, as she wished.", Actors.OtherKeyWorker, Clock.Now).ShouldSucceed();
    }
}
