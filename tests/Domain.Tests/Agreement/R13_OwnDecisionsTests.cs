using CarePlanGraph.Domain.Agreement;
using CarePlanGraph.Domain.Common;
using CarePlanGraph.Domain.Organisations;
using CarePlanGraph.Domain.Plans;

namespace CarePlanGraph.Domain.Tests.Agreement;

public class R13_OwnDecisionsTests
{
    private static readonly PlanHelperDetails Daughter = new(HelperKind.FamilyOrFriend, "Annabella Byron");

    [Fact]
    public void R13_plan_written_by_the_person_alone_needs_no_confirmation()
    {
        var version = PlanScenario.ReadyToSubmit().Version;

        Assert.False(version.RequiresBestInterestsConfirmation);
        Assert.False(version.RequiresOwnDecisionsConfirmation);
        Assert.True(PlanScenario.ReadyToSubmit().Check(AgreementCheck.OwnDecisions).Passed);
    }

    [Fact]
    public void R13_the_people_who_helped_are_recorded()
    {
        var scenario = PlanScenario.Draft();
        var planner = Id<Organisation>.New();

        var daughter = scenario.Plan.AddHelper(Daughter, Actors.Person, Clock.Now).ShouldSucceed();
        var lee = scenario.Plan.AddHelper(new PlanHelperDetails(HelperKind.IndependentSupportPlanner, "Lee Carter", planner), Actors.Person, Clock.Now).ShouldSucceed();
        scenario.Plan.AddHelper(new PlanHelperDetails(HelperKind.KeyWorker, "Sam Okafor"), Actors.Person, Clock.Now).ShouldSucceed();
        scenario.Plan.AddHelper(new PlanHelperDetails(HelperKind.ServiceProvider, "Sunrise Care", Items.Sunrise), Actors.Person, Clock.Now).ShouldSucceed();
        scenario.Plan.AddHelper(new PlanHelperDetails(HelperKind.OnBehalfOfPerson, "Mo Byron"), Actors.Person, Clock.Now).ShouldSucceed();

        Assert.Equal(5, scenario.Version.Helpers.Count);
        Assert.Equal(HelperKind.FamilyOrFriend, daughter.Kind);
        Assert.Equal(planner, lee.OrganisationId);
        scenario.Plan.RemoveHelper(daughter.Id, Actors.Person, Clock.Now).ShouldSucceed();
        Assert.Equal(4, scenario.Version.Helpers.Count);
    }

    [Fact]
    public void R13_support_planner_helper_needs_their_organisation_and_every_helper_a_name()
    {
        var scenario = PlanScenario.Draft();

        var noOrganisation = scenario.Plan.AddHelper(new PlanHelperDetails(HelperKind.IndependentSupportPlanner, "Lee Carter"), Actors.Person, Clock.Now).ToResult();
        var noName = scenario.Plan.AddHelper(new PlanHelperDetails(HelperKind.FamilyOrFriend, "  "), Actors.Person, Clock.Now).ToResult();
        var unknown = scenario.Plan.RemoveHelper(Id<PlanHelper>.New(), Actors.Person, Clock.Now);

        Assert.Equal(HelperKind.IndependentSupportPlanner, noOrganisation.ShouldFailWith<HelperOrganisationRequiredError>().Kind);
        Assert.Equal("name", noName.ShouldFailWith<RequiredTextMissingError>().Field);
        unknown.ShouldFailWith<HelperNotFoundError>();
        Assert.Empty(scenario.Version.Helpers);
    }

    [Fact]
    public void R13_when_others_helped_the_persons_confirmation_that_the_decisions_are_their_own_is_needed()
    {
        var scenario = PlanScenario.ReadyToSubmit();
        scenario.Plan.AddHelper(Daughter, Actors.Person, Clock.Now).ShouldSucceed();
        scenario.Submit();

        var refused = scenario.AgreeWith(PlanScenario.GoodAttestation);

        var error = refused.ShouldFailWith<OwnDecisionsNotConfirmedError>();
        Assert.Equal(["Annabella Byron"], error.Helpers);
        Assert.DoesNotContain(refused.Errors, e => e is BestInterestsNotConfirmedError);
    }

    [Fact]
    public void R13_the_persons_own_confirmation_lets_a_helped_plan_be_agreed()
    {
        var scenario = PlanScenario.ReadyToSubmit();
        scenario.Plan.AddHelper(Daughter, Actors.Person, Clock.Now).ShouldSucceed();

        scenario.Plan.ConfirmOwnDecisions(Actors.Person, Clock.Now).ShouldSucceed();

        var confirmation = scenario.Version.OwnDecisionsConfirmation!;
        Assert.Equal(Actors.Person.Subject, confirmation.ConfirmedBySubject);
        Assert.Equal(ActorRole.Person, confirmation.ConfirmedByRole);
        Assert.Equal(Clock.Now, confirmation.ConfirmedAt);
        Assert.Equal("The decisions in this plan are my own.", confirmation.Statement);
        scenario.Submit().Agree();
    }

    [Theory]
    [InlineData(ActorRole.Helper)]
    [InlineData(ActorRole.SupportPlanner)]
    [InlineData(ActorRole.KeyWorker)]
    public void R13_only_the_person_confirms_the_decisions_are_their_own(ActorRole role)
    {
        var scenario = PlanScenario.Draft(preparedBy: PlanPreparer.PersonWithHelp);

        var result = scenario.Plan.ConfirmOwnDecisions(new Actor("someone", "Someone", role), Clock.Now);

        Assert.Equal(role, result.ShouldFailWith<ActorNotPermittedError>().Role);
        Assert.Null(scenario.Version.OwnDecisionsConfirmation);
    }

    [Fact]
    public void R13_plan_completed_on_the_persons_behalf_needs_a_best_interests_confirmation()
    {
        var scenario = PlanScenario.Draft(preparedBy: PlanPreparer.SomeoneElseOnBehalf, author: Actors.FamilyHelper)
            .AnswerAll(Actors.FamilyHelper).CoverEverything().MitigateAllRisks().Submit(Actors.FamilyHelper);

        var result = scenario.AgreeWith(PlanScenario.GoodAttestation);

        Assert.Equal(PlanPreparer.SomeoneElseOnBehalf, result.ShouldFailWith<BestInterestsNotConfirmedError>().PreparedBy);
        Assert.DoesNotContain(result.Errors, e => e is OwnDecisionsNotConfirmedError);
    }

    [Fact]
    public void R13_best_interests_confirmation_lets_a_plan_completed_for_the_person_be_agreed()
    {
        var scenario = PlanScenario.Draft(preparedBy: PlanPreparer.SomeoneElseOnBehalf, author: Actors.FamilyHelper)
            .AnswerAll(Actors.FamilyHelper).CoverEverything().MitigateAllRisks();

        scenario.Plan.ConfirmBestInterests("  Her family followed Ada's wishes as she told them.  ", Actors.KeyWorker, Clock.Now).ShouldSucceed();

        Assert.Equal("Her family followed Ada's wishes as she told them.", scenario.Version.BestInterestsConfirmation!.Statement);
        Assert.Equal(Actors.KeyWorker.Name, scenario.Version.BestInterestsConfirmation.ConfirmedByName);
        scenario.Submit(Actors.FamilyHelper).Agree();
    }

    [Fact]
    public void R13_the_person_cannot_confirm_someone_else_acted_in_their_best_interests_and_a_statement_is_needed()
    {
        var scenario = PlanScenario.Draft(preparedBy: PlanPreparer.SomeoneElseOnBehalf);

        var byPerson = scenario.Plan.ConfirmBestInterests("Yes", Actors.Person, Clock.Now);
        var blank = scenario.Plan.ConfirmBestInterests(" ", Actors.KeyWorker, Clock.Now);

        byPerson.ShouldFailWith<ActorNotPermittedError>();
        Assert.Equal("statement", blank.ShouldFailWith<RequiredTextMissingError>().Field);
        Assert.Null(scenario.Version.BestInterestsConfirmation);
    }

    [Fact]
    public void R13_plan_completed_by_family_needs_both_confirmations()
    {
        var scenario = PlanScenario.Draft(preparedBy: PlanPreparer.FamilyOrFriend, author: Actors.FamilyHelper).AnswerAll(Actors.FamilyHelper);

        var errors = scenario.Check(AgreementCheck.OwnDecisions).Errors;

        Assert.Equal(["BEST_INTERESTS_NOT_CONFIRMED", "OWN_DECISIONS_NOT_CONFIRMED"], errors.Select(e => e.Code));
        scenario.Plan.ConfirmBestInterests("Acted as Ada asked", Actors.KeyWorker, Clock.Now).ShouldSucceed();
        scenario.Plan.ConfirmOwnDecisions(Actors.Person, Clock.Now).ShouldSucceed();
        Assert.True(scenario.Check(AgreementCheck.OwnDecisions).Passed);
    }

    [Fact]
    public void R13_changing_the_plan_after_confirming_withdraws_the_confirmations()
    {
        var scenario = PlanScenario.Draft(preparedBy: PlanPreparer.FamilyOrFriend, author: Actors.FamilyHelper).AnswerAll(Actors.FamilyHelper);
        scenario.Plan.ConfirmBestInterests("Acted as Ada asked", Actors.KeyWorker, Clock.Now).ShouldSucceed();
        scenario.Plan.ConfirmOwnDecisions(Actors.Person, Clock.Now).ShouldSucceed();

        scenario.Add(Items.PersonalCare, Actors.FamilyHelper);

        Assert.Null(scenario.Version.BestInterestsConfirmation);
        Assert.Null(scenario.Version.OwnDecisionsConfirmation);
        Assert.False(scenario.Check(AgreementCheck.OwnDecisions).Passed);
    }

    [Fact]
    public void R13_confirmations_are_not_carried_into_a_revision()
    {
        var scenario = PlanScenario.ReadyToSubmit();
        scenario.Plan.AddHelper(Daughter, Actors.Person, Clock.Now).ShouldSucceed();
        scenario.Plan.ConfirmOwnDecisions(Actors.Person, Clock.Now).ShouldSucceed();
        scenario.Submit().Agree().PutInPlace().Revise();

        Assert.Single(scenario.Version.Helpers);
        Assert.Null(scenario.Version.OwnDecisionsConfirmation);
        Assert.False(scenario.Check(AgreementCheck.OwnDecisions).Passed);
    }
}
