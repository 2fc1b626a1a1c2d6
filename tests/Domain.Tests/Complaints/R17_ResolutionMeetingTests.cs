using CarePlanGraph.Domain.Common;
using CarePlanGraph.Domain.Complaints;
using CarePlanGraph.Domain.Plans;

namespace CarePlanGraph.Domain.Tests.Complaints;

public class R17_ResolutionMeetingTests
{
    [Fact]
    public void R17_after_a_decline_the_person_asks_to_meet_all_key_staff()
    {
        var scenario = PlanScenario.SubmittedPlan().Decline();

        var request = ResolutionMeetingRequest.Create(scenario.Plan, "  Why the day service was cut.  ", Actors.Person, scenario.Now).ShouldSucceed();

        Assert.Equal((ResolutionMeetingStatus.Requested, 1, "Why the day service was cut."), (request.Status, request.VersionNumber, request.WhatToDiscuss));
        var asked = scenario.Plan.History[^1];
        Assert.Equal((PlanEventKind.ResolutionMeetingRequested, PlanStatus.ChangesRequired), (asked.Kind, asked.ToStatus));
    }

    [Fact]
    public void R17_a_meeting_is_for_a_plan_the_council_did_not_agree()
    {
        var submitted = PlanScenario.SubmittedPlan();
        var agreed = PlanScenario.AgreedPlan();

        Assert.Equal(VersionStatus.Submitted, ResolutionMeetingRequest.Create(submitted.Plan, null, Actors.Person, submitted.Now).ToResult().ShouldFailWith<NoDeclineToDiscussError>().VersionStatus);
        ResolutionMeetingRequest.Create(agreed.Plan, null, Actors.Person, agreed.Now).ToResult().ShouldFailWith<NoDeclineToDiscussError>();
    }

    [Fact]
    public void R17_R18_a_declined_revision_can_be_discussed_too()
    {
        var scenario = PlanScenario.ActivePlan().Revise().Submit().Decline();

        ResolutionMeetingRequest.Create(scenario.Plan, null, Actors.Person, scenario.Now).ShouldSucceed();
    }

    [Theory]
    [InlineData(ActorRole.Provider)]
    [InlineData(ActorRole.KeyWorker)]
    public void R17_the_person_or_someone_acting_for_them_asks(ActorRole role)
    {
        var scenario = PlanScenario.SubmittedPlan().Decline();

        ResolutionMeetingRequest.Create(scenario.Plan, null, new Actor("x", "X", role), scenario.Now).ToResult().ShouldFailWith<ActorNotPermittedError>();
    }

    [Fact]
    public void R17_the_key_worker_arranges_the_meeting()
    {
        var scenario = PlanScenario.SubmittedPlan().Decline();
        var request = ResolutionMeetingRequest.Create(scenario.Plan, null, Actors.Person, scenario.Now).ShouldSucceed();

        request.Arrange(Clock.Today.AddDays(5), null, Actors.Person, scenario.Now).ShouldFailWith<ActorNotPermittedError>();
        request.Arrange(Clock.Today.AddDays(-1), null, Actors.KeyWorker, scenario.Now).ShouldFailWith<MeetingDateInPastError>();
        request.Arrange(Clock.Today.AddDays(5), "Sam, the team manager and the day service.", Actors.KeyWorker, scenario.Now).ShouldSucceed();

        Assert.Equal((ResolutionMeetingStatus.Arranged, Clock.Today.AddDays(5)), (request.Status, request.MeetingOn!.Value));
    }
}
