using CarePlanGraph.Api.Tests.Infrastructure;
using CarePlanGraph.Api.Tests.Reviews;

namespace CarePlanGraph.Api.Tests.Complaints;

/// <summary>R17 [B]: the meeting with all key staff Ben asked for after his plan was not agreed is held and recorded.</summary>
public sealed class ResolutionMeetingHeldTests
{
    private const string Meeting = "resolutionMeetingRequest { id status heldOn solution heldRecordedByName attendees { name role } } plan { history { kind reason } }";

    [Fact]
    public async Task R17_the_key_worker_records_the_meeting_held_who_came_and_the_solution_once_it_was_arranged()
    {
        using var factory = new CarePlanApiFactory();
        using var sam = factory.CreateClientFor("kw-sam");
        using var ben = factory.CreateClientFor("p-ben");
        var planId = await factory.PlanIdAsync("p-ben");
        await sam.SucceedAsync("declinePlan", new { planId, reasons = "Over budget.", requiredChanges = new[] { "Reduce the day sessions." }, adviceOffered = "Travel training." }, "__typename");
        var meetingId = (string)(await ben.SucceedAsync("requestResolutionMeeting", new { planId, whatToDiscuss = "The day sessions." }, "resolutionMeetingRequest { id }"))["resolutionMeetingRequest"]!["id"]!;
        var held = new
        {
            resolutionMeetingRequestId = meetingId,
            heldOn = "2026-11-05",
            attendees = new[] { new { name = "Ben Okoro", role = "the person" }, new { name = "Sam Okafor", role = "Key Worker" }, new { name = "Oak Tree Day Services", role = "provider" } },
            solution = "Two day sessions and travel training, within the budget.",
        };

        Assert.Equal(["INVALID_RESOLUTION_MEETING_STATE"], await sam.RefuseAsync("recordResolutionMeeting", held, Meeting));
        await sam.SucceedAsync("arrangeResolutionMeeting", new { resolutionMeetingRequestId = meetingId, meetingOn = "2026-11-05" }, "__typename");
        Assert.Equal(["MEETING_HELD_IN_FUTURE"], await sam.RefuseAsync("recordResolutionMeeting", held, Meeting));
        factory.Clock.Advance(TimeSpan.FromDays(3));
        Assert.Equal(["NO_ATTENDEES", "REQUIRED_TEXT_MISSING"], await sam.RefuseAsync("recordResolutionMeeting", held with { attendees = [], solution = " " }, Meeting));

        var recorded = (await sam.SucceedAsync("recordResolutionMeeting", held, Meeting))!;

        var request = recorded["resolutionMeetingRequest"]!;
        Assert.Equal(("HELD", "2026-11-05", held.solution, "Sam Okafor"), ((string)request["status"]!, (string)request["heldOn"]!, (string)request["solution"]!, (string)request["heldRecordedByName"]!));
        Assert.Equal(["Ben Okoro/the person", "Sam Okafor/Key Worker", "Oak Tree Day Services/provider"], request["attendees"]!.AsArray().Select(a => $"{a!["name"]}/{a["role"]}"));
        var last = recorded["plan"]!["history"]!.AsArray()[^1]!;
        Assert.Equal(("RESOLUTION_MEETING_HELD", "Met all key staff about the decision on 2026-11-05."), ((string)last["kind"]!, (string)last["reason"]!));
        Assert.Equal(["INVALID_RESOLUTION_MEETING_STATE"], await sam.RefuseAsync("recordResolutionMeeting", held, Meeting));

        // Visible exactly as the request is: Ben reads it by ID; a provider or planner does not find it.
        var node = (await ben.DataAsync("query($id: ID!) { node(id: $id) { ... on ResolutionMeetingRequest { status solution attendees { name } } } }", new { id = meetingId }))["node"]!;
        Assert.Equal(("HELD", held.solution), ((string)node["status"]!, (string)node["solution"]!));
        foreach (var persona in new[] { "prov-oak", "sp-lee", "p-cleo" })
        {
            using var client = factory.CreateClientFor(persona);
            Assert.Null((await client.DataAsync("query($id: ID!) { node(id: $id) { id } }", new { id = meetingId }))["node"]);
        }
    }

    [Fact]
    public async Task R17_R29_only_the_key_worker_records_it_other_peoples_requests_are_not_found_and_bad_ids_are_refused()
    {
        using var factory = new CarePlanApiFactory();
        using var sam = factory.CreateClientFor("kw-sam");
        using var ben = factory.CreateClientFor("p-ben");
        var planId = await factory.PlanIdAsync("p-ben");
        await sam.SucceedAsync("declinePlan", new { planId, reasons = "Over budget.", requiredChanges = new[] { "Reduce the day sessions." }, adviceOffered = "Travel training." }, "__typename");
        var meetingId = (string)(await ben.SucceedAsync("requestResolutionMeeting", new { planId }, "resolutionMeetingRequest { id }"))["resolutionMeetingRequest"]!["id"]!;
        await sam.SucceedAsync("arrangeResolutionMeeting", new { resolutionMeetingRequestId = meetingId, meetingOn = "2026-11-02" }, "__typename");
        var held = new { resolutionMeetingRequestId = meetingId, heldOn = "2026-11-02", attendees = new[] { new { name = "Ben Okoro", role = "the person" } }, solution = "Agreed a smaller plan." };

        Assert.Equal("AUTH_FORBIDDEN", await ben.ForbiddenAsync("recordResolutionMeeting", held));
        using (var kim = factory.CreateClientFor("cs-kim"))
        {
            Assert.Equal("AUTH_FORBIDDEN", await kim.ForbiddenAsync("recordResolutionMeeting", held));
        }

        foreach (var persona in new[] { "prov-oak", "sp-lee", "p-cleo", "panel-ravi" })
        {
            using var client = factory.CreateClientFor(persona);
            Assert.Equal(["RESOLUTION_MEETING_REQUEST_NOT_FOUND"], await client.RefuseAsync("recordResolutionMeeting", held));
        }

        var badId = await sam.PostAsync("mutation($input: RecordResolutionMeetingInput!) { recordResolutionMeeting(input: $input) { __typename } }", new { input = held with { resolutionMeetingRequestId = planId } });
        Assert.Equal("INVALID_ID", (string)badId["errors"]![0]!["extensions"]!["code"]!);
        Assert.Equal("ARRANGED", (string)(await ben.DataAsync("query($id: ID!) { node(id: $id) { ... on ResolutionMeetingRequest { status } } }", new { id = meetingId }))["node"]!["status"]!);
    }
}
