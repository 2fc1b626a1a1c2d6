using CarePlanGraph.Domain.Common;
using CarePlanGraph.Domain.People;
using CarePlanGraph.Domain.Reviews;
using CarePlanGraph.Domain.Tests.Reviews;

namespace CarePlanGraph.Domain.Tests.People;

public class R33_CarerTests
{
    private static readonly CarerConsent[] PlanAndReviews = [CarerConsent.Plan, CarerConsent.Reviews];

    private static Person Ada(Id<Person>? id = null) =>
        new(id ?? Id<Person>.New(), "p-ada", "Ada Lovelace", "Ada", new DateOnly(1950, 1, 1), Id<StaffMember>.New());

    [Fact]
    public void R33_the_person_records_a_carer_with_what_they_consent_to_and_when()
    {
        var ada = Ada();

        var carer = Carer.Record(ada, " Annabella Byron ", "mother", "carer-byron", [CarerConsent.Reviews, CarerConsent.Plan], [], Actors.Person, Clock.Now).ShouldSucceed();

        Assert.Equal((ada.Id, "Annabella Byron", "mother", "carer-byron"), (carer.PersonId, carer.FullName, carer.Relationship, carer.Username));
        Assert.Equal([CarerConsent.Plan, CarerConsent.Reviews], carer.Consents);
        Assert.Equal((Clock.Now, "Ada Lovelace", ActorRole.Person), (carer.ConsentGivenAt, carer.ConsentRecordedByName, carer.ConsentRecordedByRole));
        Assert.True(carer.ConsentInForce);
    }

    [Theory]
    [InlineData(ActorRole.KeyWorker)]
    [InlineData(ActorRole.Administrator)]
    public void R33_the_Key_Worker_may_record_the_consent_the_person_gave_them(ActorRole role)
    {
        var carer = Carer.Record(Ada(), "Annabella Byron", "mother", "carer-byron", [CarerConsent.Plan], [], new Actor("staff", "Staff Member", role), Clock.Now).ShouldSucceed();

        Assert.Equal([CarerConsent.Plan], carer.Consents);
        Assert.Equal(role, carer.ConsentRecordedByRole);
    }

    [Theory]
    [InlineData(ActorRole.Helper)]
    [InlineData(ActorRole.Provider)]
    [InlineData(ActorRole.SupportPlanner)]
    [InlineData(ActorRole.Advocate)]
    [InlineData(ActorRole.CustomerServices)]
    public void R33_nobody_else_records_a_carer_for_the_person(ActorRole role)
    {
        Carer.Record(Ada(), "Annabella Byron", "mother", "carer-byron", [CarerConsent.Plan], [], new Actor("someone", "Someone", role), Clock.Now)
            .ToResult().ShouldFailWith<ActorNotPermittedError>();
    }

    [Fact]
    public void R33_another_person_cannot_record_a_carer_for_someone_else()
    {
        var ben = new Actor("p-ben", "Ben Hughes", ActorRole.Person);

        Carer.Record(Ada(), "Annabella Byron", "mother", "carer-byron", [CarerConsent.Plan], [], ben, Clock.Now)
            .ToResult().ShouldFailWith<ActorNotPermittedError>();
    }

    [Fact]
    public void R33_every_refusal_at_once_missing_details_no_consent_to_the_plan_and_a_username_already_in_force()
    {
        var ada = Ada();
        var existing = Carer.Record(ada, "Annabella Byron", "mother", "carer-byron", [CarerConsent.Plan], [], Actors.Person, Clock.Now).ShouldSucceed();

        var result = Carer.Record(ada, " ", "", "CARER-BYRON", [CarerConsent.Reviews], [existing], Actors.Person, Clock.Now);

        Assert.False(result.Succeeded);
        Assert.Equal(["REQUIRED_TEXT_MISSING", "REQUIRED_TEXT_MISSING", "PLAN_CONSENT_REQUIRED", "CARER_ALREADY_RECORDED"], result.Errors.Select(e => e.Code));
    }

    [Fact]
    public void R33_once_consent_is_withdrawn_the_same_username_may_be_recorded_again()
    {
        var ada = Ada();
        var earlier = Carer.Record(ada, "Annabella Byron", "mother", "carer-byron", [CarerConsent.Plan], [], Actors.Person, Clock.Now).ShouldSucceed();
        earlier.WithdrawConsent(ada, Actors.Person, Clock.Now).ShouldSucceed();

        Carer.Record(ada, "Annabella Byron", "mother", "carer-byron", [CarerConsent.Plan], [earlier], Actors.Person, Clock.Now.AddDays(1)).ShouldSucceed();
    }

    [Fact]
    public void R33_withdrawing_consent_ends_it_at_once_and_cannot_be_done_twice()
    {
        var ada = Ada();
        var carer = Carer.Record(ada, "Annabella Byron", "mother", "carer-byron", [CarerConsent.Plan], [], Actors.Person, Clock.Now).ShouldSucceed();

        carer.WithdrawConsent(ada, Actors.KeyWorker, Clock.Now.AddHours(1)).ShouldSucceed();

        Assert.False(carer.ConsentInForce);
        Assert.Equal((Clock.Now.AddHours(1), "Sam Okafor"), (carer.ConsentWithdrawnAt, carer.ConsentWithdrawnByName));
        Assert.Equal(Clock.Now.AddHours(1), carer.WithdrawConsent(ada, Actors.Person, Clock.Now.AddHours(2)).ShouldFailWith<CarerConsentWithdrawnError>().WithdrawnAt);
    }

    [Theory]
    [InlineData(ActorRole.Helper)]
    [InlineData(ActorRole.Provider)]
    [InlineData(ActorRole.CustomerServices)]
    public void R33_the_carer_and_others_cannot_withdraw_the_persons_consent(ActorRole role)
    {
        var ada = Ada();
        var carer = Carer.Record(ada, "Annabella Byron", "mother", "carer-byron", [CarerConsent.Plan], [], Actors.Person, Clock.Now).ShouldSucceed();

        carer.WithdrawConsent(ada, new Actor("carer-byron", "Annabella Byron", role), Clock.Now).ShouldFailWith<ActorNotPermittedError>();
        Assert.True(carer.ConsentInForce);
    }

    [Fact]
    public void R33_a_recorded_carer_may_request_a_review_as_a_helper()
    {
        var scenario = ReviewScenarios.CouncilManagedActivePlan();
        var fay = new Actor("carer-byron", "Annabella Byron", ActorRole.Helper);

        var request = ReviewRequest.Create(scenario.Plan, [ReviewGround.NeedsChanged], "Evenings are harder now.", fay, scenario.Now).ShouldSucceed();

        Assert.Equal((ActorRole.Helper, "carer-byron"), (request.RequestedByRole, request.RequestedBySubject));
    }

    [Fact]
    public void R33_inviting_a_recorded_carer_links_the_invitation_to_them()
    {
        var scenario = ReviewScenarios.CouncilManagedActivePlan();
        var ada = Ada(scenario.Plan.PersonId);
        var carer = Carer.Record(ada, "Annabella Byron", "mother", "carer-byron", [CarerConsent.Plan], [], Actors.Person, scenario.Now).ShouldSucceed();
        var review = scenario.StartReview();

        var invitee = review.Invite(scenario.Plan, InviteeKind.Carer, "Annabella Byron", null, Actors.Person, scenario.Now, carer).ShouldSucceed();

        Assert.Equal(carer.Id, invitee.CarerId);
    }

    [Fact]
    public void R33_a_carer_whose_consent_was_withdrawn_or_named_as_another_kind_is_not_invited()
    {
        var scenario = ReviewScenarios.CouncilManagedActivePlan();
        var ada = Ada(scenario.Plan.PersonId);
        var carer = Carer.Record(ada, "Annabella Byron", "mother", "carer-byron", [CarerConsent.Plan], [], Actors.Person, scenario.Now).ShouldSucceed();
        carer.WithdrawConsent(ada, Actors.Person, scenario.Now).ShouldSucceed();
        var review = scenario.StartReview();

        var result = review.Invite(scenario.Plan, InviteeKind.Agency, "Annabella Byron", null, Actors.Person, scenario.Now, carer);

        Assert.Equal(["CARER_INVITEE_KIND", "CARER_CONSENT_WITHDRAWN"], result.Errors.Select(e => e.Code));
        Assert.Empty(review.Invitees);
    }
}
