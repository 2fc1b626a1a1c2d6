using CarePlanGraph.Domain.Common;
using CarePlanGraph.Domain.Complaints;
using CarePlanGraph.Domain.Plans;

namespace CarePlanGraph.Domain.Tests.Complaints;

/// <summary>R17 [B]: the meeting with all key staff is held, and who came and the solution found are recorded.</summary>
public class R17_ResolutionMeetingHeldTests
{
    private static readonly ResolutionMeetingAttendee[] Attendees =
    [
        new("  Ada Lovelace ", " the person "),
        new("Sam Okafor", "Key Worker"),
    ];

    [Fact]
    public void R17_the_key_worker_records_the_meeting_held_who_came_and_the_solution_found()
    {
        var (scenario, request) = Arranged();
        scenario.Later(TimeSpan.FromDays(3));
        var heldOn = DateOnly.FromDateTime(scenario.Now.UtcDateTime);

        request.RecordHeld(scenario.Plan, heldOn, Attendees, " Two day sessions, and a carer's break fund. ", Actors.KeyWorker, scenario.Now).ShouldSucceed();

        Assert.Equal((ResolutionMeetingStatus.Held, heldOn, "Two day sessions, and a carer's break fund.", Actors.KeyWorker.Name), (request.Status, request.HeldOn!.Value, request.Solution, request.HeldRecordedByName));
        Assert.Equal([("Ada Lovelace", "the person"), ("Sam Okafor", "Key Worker")], request.Attendees.Select(a => (a.Name, a.Role)));
        var held = scenario.Plan.History[^1];
        Assert.Equal((PlanEventKind.ResolutionMeetingHeld, PlanStatus.ChangesRequired, PlanStatus.ChangesRequired), (held.Kind, held.FromStatus, held.ToStatus));
        Assert.DoesNotContain("carer", held.Reason, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void R17_a_meeting_is_recorded_once_after_it_was_arranged()
    {
        var scenario = PlanScenario.SubmittedPlan().Decline();
        var requested = ResolutionMeetingRequest.Create(scenario.Plan, null, Actors.Person, scenario.Now).ShouldSucceed();
        var today = DateOnly.FromDateTime(scenario.Now.UtcDateTime);

        Assert.Equal(ResolutionMeetingStatus.Requested, requested.RecordHeld(scenario.Plan, today, Attendees, "Agreed.", Actors.KeyWorker, scenario.Now).ShouldFailWith<InvalidResolutionMeetingStateError>().Status);

        var (arrangedScenario, arranged) = Arranged();
        var day = DateOnly.FromDateTime(arrangedScenario.Now.UtcDateTime);
        arranged.RecordHeld(arrangedScenario.Plan, day, Attendees, "Agreed.", Actors.KeyWorker, arrangedScenario.Now).ShouldSucceed();
        arranged.RecordHeld(arrangedScenario.Plan, day, Attendees, "Agreed again.", Actors.KeyWorker, arrangedScenario.Now).ShouldFailWith<InvalidResolutionMeetingStateError>();
        arranged.Arrange(day.AddDays(7), null, Actors.KeyWorker, arrangedScenario.Now).ShouldFailWith<InvalidResolutionMeetingStateError>();
        Assert.Equal("Agreed.", arranged.Solution);
    }

    [Fact]
    public void R17_a_meeting_held_is_not_in_the_future_names_who_came_and_says_the_solution_all_at_once()
    {
        var (scenario, request) = Arranged();
        var tomorrow = DateOnly.FromDateTime(scenario.Now.UtcDateTime).AddDays(1);

        var result = request.RecordHeld(scenario.Plan, tomorrow, [], " ", Actors.KeyWorker, scenario.Now);

        Assert.Equal(["MEETING_HELD_IN_FUTURE", "NO_ATTENDEES", "REQUIRED_TEXT_MISSING"], result.Errors.Select(e => e.Code));
        var unnamed = request.RecordHeld(scenario.Plan, tomorrow.AddDays(-1), [new ResolutionMeetingAttendee(" ", "Key Worker")], "Agreed.", Actors.KeyWorker, scenario.Now);
        Assert.Equal("attendees[0].name", unnamed.ShouldFailWith<RequiredTextMissingError>().Field);
        Assert.Equal(ResolutionMeetingStatus.Arranged, request.Status);
        Assert.Empty(request.Attendees);
    }

    [Theory]
    [InlineData(ActorRole.Person)]
    [InlineData(ActorRole.CustomerServices)]
    [InlineData(ActorRole.RiskPanelMember)]
    public void R17_only_the_key_worker_or_an_administrator_records_the_meeting(ActorRole role)
    {
        var (scenario, request) = Arranged();

        request.RecordHeld(scenario.Plan, DateOnly.FromDateTime(scenario.Now.UtcDateTime), Attendees, "Agreed.", new Actor("x", "X", role), scenario.Now).ShouldFailWith<ActorNotPermittedError>();
    }

    private static (PlanScenario Scenario, ResolutionMeetingRequest Request) Arranged()
    {
        var scenario = PlanScenario.SubmittedPlan().Decline();
        var request = ResolutionMeetingRequest.Create(scenario.Plan, "The day sessions.", Actors.Person, scenario.Now).ShouldSucceed();
        request.Arrange(DateOnly.FromDateTime(scenario.Now.UtcDateTime), "Everyone at the day centre.", Actors.KeyWorker, scenario.Now).ShouldSucceed();
        return (scenario, request);
    }
}
