using System.Net.Http.Headers;
using CarePlanGraph.Api.Identity.LocalIssuer;
using CarePlanGraph.Api.Tests.Infrastructure;
using CarePlanGraph.Api.Tests.Reviews;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace CarePlanGraph.Api.Tests.Complaints;

/// <summary>
/// R25 (and R17, R27): complaints to Customer Services, acknowledged within 3 working days (weekends and configured
/// bank holidays excluded), answered with the right to go to the Ombudsman, closed; who may make and see them.
/// The demo clock starts on Monday 2 November 2026 at 09:00.
/// </summary>
public sealed class ComplaintTests
{
    private const string Complaint = "complaint { id status about matterOccurredOn outsideTimeLimit madeByRole madeOnBehalfOfPerson acknowledgementDue acknowledgementOverdue acknowledgedLate conclusions actions ombudsmanAdvice }";

    [Fact]
    public async Task R17_R25_Bens_plan_is_declined_he_complains_it_is_acknowledged_on_the_3rd_working_day_and_responded_to()
    {
        using var factory = new CarePlanApiFactory();
        using var sam = factory.CreateClientFor("kw-sam");
        using var ben = factory.CreateClientFor("p-ben");
        using var kim = factory.CreateClientFor("cs-kim");
        var planId = await factory.PlanIdAsync("p-ben");
        await DeclineBensPlanAsync(sam, planId);

        var made = await ben.SucceedAsync("makeComplaint",
            new { planId, about = "The decision not to agree my plan", details = "The council will not pay for the three day-service sessions I need to volunteer." }, Complaint);
        var complaint = made["complaint"]!;
        var complaintId = (string)complaint["id"]!;
        Assert.Equal(("RECEIVED", "2026-11-02", "2026-11-05", false), ((string)complaint["status"]!, (string)complaint["matterOccurredOn"]!, (string)complaint["acknowledgementDue"]!, (bool)complaint["outsideTimeLimit"]!));
        Assert.Equal(("PERSON", false), ((string)complaint["madeByRole"]!, (bool)complaint["madeOnBehalfOfPerson"]!));

        var queue = (await kim.DataAsync("{ complaints(first: 10, status: RECEIVED) { totalCount nodes { id acknowledgementOverdue plan { person { reference } } } } }"))["complaints"]!;
        Assert.Equal(complaintId, (string)Assert.Single(queue["nodes"]!.AsArray())!["id"]!);

        // Thursday 5 November: the 3rd working day after Monday.
        factory.Clock.Advance(TimeSpan.FromDays(3));
        var acknowledged = await kim.SucceedAsync("acknowledgeComplaint",
            new { complaintId, message = "We have your complaint and will reply within 20 working days." }, Complaint);
        Assert.Equal(("ACKNOWLEDGED", false, false), ((string)acknowledged["complaint"]!["status"]!, (bool)acknowledged["complaint"]!["acknowledgedLate"]!, (bool)acknowledged["complaint"]!["acknowledgementOverdue"]!));

        factory.Clock.Advance(TimeSpan.FromDays(7));
        var responded = await kim.SucceedAsync("respondToComplaint", new
        {
            complaintId,
            conclusions = "The plan was over budget, so the decision stands, but the reasons were not explained clearly enough.",
            actions = new[] { "Sam will meet Ben to explain the budget and look at travel training." },
        }, Complaint);
        Assert.Equal("RESPONDED", (string)responded["complaint"]!["status"]!);
        Assert.Equal(["Sam will meet Ben to explain the budget and look at travel training."], responded["complaint"]!["actions"]!.AsArray().Select(a => (string)a!));
        Assert.Contains("Local Government and Social Care Ombudsman", (string)responded["complaint"]!["ombudsmanAdvice"]!, StringComparison.Ordinal);

        var closed = await kim.SucceedAsync("closeComplaint", new { complaintId }, Complaint);
        Assert.Equal("CLOSED", (string)closed["complaint"]!["status"]!);
        var bensView = await ben.PlanAsync(planId, "complaints { id status conclusions }");
        Assert.Equal(("CLOSED", responded["complaint"]!["conclusions"]!.GetValue<string>()), ((string)bensView["complaints"]![0]!["status"]!, (string)bensView["complaints"]![0]!["conclusions"]!));
    }

    [Fact]
    public async Task R25_an_acknowledgement_not_made_by_the_3rd_working_day_is_flagged_overdue_in_queries()
    {
        using var factory = new CarePlanApiFactory();
        using var sam = factory.CreateClientFor("kw-sam");
        using var ben = factory.CreateClientFor("p-ben");
        using var kim = factory.CreateClientFor("cs-kim");
        var planId = await factory.PlanIdAsync("p-ben");
        await DeclineBensPlanAsync(sam, planId);
        var complaintId = (string)(await ben.SucceedAsync("makeComplaint", new { planId, about = "The decline", details = "I disagree." }, Complaint))["complaint"]!["id"]!;
        const string Overdue = "{ complaints(first: 10, overdueOnly: true) { totalCount nodes { id acknowledgementOverdue } } }";

        Assert.Equal(0, (int)(await kim.DataAsync(Overdue))["complaints"]!["totalCount"]!);
        factory.Clock.Advance(TimeSpan.FromDays(4));
        var overdue = (await kim.DataAsync(Overdue))["complaints"]!["nodes"]!.AsArray();

        Assert.Equal(complaintId, (string)Assert.Single(overdue)!["id"]!);
        Assert.True((bool)overdue[0]!["acknowledgementOverdue"]!);
        var late = await kim.SucceedAsync("acknowledgeComplaint", new { complaintId }, Complaint);
        Assert.True((bool)late["complaint"]!["acknowledgedLate"]!);
        Assert.Equal(0, (int)(await kim.DataAsync(Overdue))["complaints"]!["totalCount"]!);
    }

    [Fact]
    public async Task R25_configured_bank_holidays_are_not_working_days()
    {
        using var factory = new CarePlanApiFactory();
        using var withHoliday = factory.WithWebHostBuilder(builder => builder.UseSetting("Complaints:BankHolidays:0", "2026-11-04"));
        using var ben = withHoliday.CreateClient();
        ben.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", withHoliday.Services.GetRequiredService<LocalTokenIssuer>().Issue(DemoPersonas.Find("p-ben")!));
        using var sam = withHoliday.CreateClient();
        sam.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", withHoliday.Services.GetRequiredService<LocalTokenIssuer>().Issue(DemoPersonas.Find("kw-sam")!));
        var planId = (string)(await ben.DataAsync("{ plans(first: 1) { nodes { id } } }"))["plans"]!["nodes"]![0]!["id"]!;
        await DeclineBensPlanAsync(sam, planId);

        var made = await ben.SucceedAsync("makeComplaint", new { planId, about = "The decline", details = "I disagree." }, Complaint);

        Assert.Equal("2026-11-06", (string)made["complaint"]!["acknowledgementDue"]!);
    }

    [Fact]
    public async Task R25_a_complaint_made_more_than_12_months_after_the_matter_is_flagged_and_the_matter_cannot_be_in_the_future()
    {
        using var factory = new CarePlanApiFactory();
        using var ben = factory.CreateClientFor("p-ben");
        var planId = await factory.PlanIdAsync("p-ben");

        var late = await ben.SucceedAsync("makeComplaint", new { planId, about = "My assessment", details = "It missed my travel needs.", matterOccurredOn = "2025-11-01" }, Complaint);
        var inTime = await ben.SucceedAsync("makeComplaint", new { planId, about = "My assessment", details = "It missed my travel needs.", matterOccurredOn = "2025-11-02" }, Complaint);

        Assert.True((bool)late["complaint"]!["outsideTimeLimit"]!);
        Assert.False((bool)inTime["complaint"]!["outsideTimeLimit"]!);
        Assert.Equal(["MATTER_DATE_IN_FUTURE"], await ben.RefuseAsync("makeComplaint", new { planId, about = "Tomorrow", details = "Not yet.", matterOccurredOn = "2026-11-03" }));
        Assert.Equal(["REQUIRED_TEXT_MISSING", "REQUIRED_TEXT_MISSING"], await ben.RefuseAsync("makeComplaint", new { planId, about = " ", details = "" }));
    }

    [Fact]
    public async Task R25_R27_R29_the_person_or_their_advocate_complains_customer_services_handles_it_and_providers_and_planners_never_see_it()
    {
        using var factory = new CarePlanApiFactory();
        using var sam = factory.CreateClientFor("kw-sam");
        using var kim = factory.CreateClientFor("cs-kim");
        using var noor = factory.CreateClientFor("adv-noor");
        using var sunrise = factory.CreateClientFor("prov-sunrise");
        using var lee = factory.CreateClientFor("sp-lee");
        var cleoPlan = await factory.PlanIdAsync("p-cleo");
        var devPlan = await factory.PlanIdAsync("p-dev");
        var complaint = new { planId = cleoPlan, about = "My review", details = "Cleo was not listened to." };

        Assert.Equal("AUTH_FORBIDDEN", await kim.ForbiddenAsync("makeComplaint", complaint));
        Assert.Equal("AUTH_FORBIDDEN", await sam.ForbiddenAsync("makeComplaint", complaint));
        Assert.Equal("AUTH_FORBIDDEN", await sunrise.ForbiddenAsync("makeComplaint", complaint));
        Assert.Equal(["PLAN_NOT_FOUND"], await noor.RefuseAsync("makeComplaint", complaint));

        await sam.SucceedAsync("referToAdvocate", new { planId = cleoPlan, reason = "To help Cleo challenge a decision.", advocateOrganisationId = await factory.OrganisationIdAsync("adv-noor") }, "advocacy { referred }");
        var made = await noor.SucceedAsync("makeComplaint", complaint, Complaint);
        var complaintId = (string)made["complaint"]!["id"]!;
        Assert.Equal(("ADVOCATE", true), ((string)made["complaint"]!["madeByRole"]!, (bool)made["complaint"]!["madeOnBehalfOfPerson"]!));
        using (var devPerson = factory.CreateClientFor("p-dev"))
        {
            await devPerson.SucceedAsync("makeComplaint", new { planId = devPlan, about = "My Key Worker", details = "Calls are not returned." }, Complaint);
        }

        Assert.Equal("AUTH_FORBIDDEN", await sam.ForbiddenAsync("acknowledgeComplaint", new { complaintId }));
        Assert.Equal(["INVALID_COMPLAINT_STATE"], await kim.RefuseAsync("respondToComplaint", new { complaintId, conclusions = "Too soon." }));
        Assert.Equal(["INVALID_COMPLAINT_STATE"], await kim.RefuseAsync("closeComplaint", new { complaintId }));

        const string All = "{ complaints(first: 10) { totalCount } }";
        Assert.Equal(2, (int)(await kim.DataAsync(All))["complaints"]!["totalCount"]!);
        Assert.Equal(2, (int)(await sam.DataAsync(All))["complaints"]!["totalCount"]!);
        Assert.Equal(1, (int)(await noor.DataAsync(All))["complaints"]!["totalCount"]!);
        foreach (var persona in new[] { "prov-sunrise", "prov-oak", "sp-lee", "panel-ravi", "sg-tom", "p-ada" })
        {
            using var client = factory.CreateClientFor(persona);
            Assert.Equal(0, (int)(await client.DataAsync(All))["complaints"]!["totalCount"]!);
            Assert.Null((await client.DataAsync("query($id: ID!) { node(id: $id) { id } }", new { id = complaintId }))["node"]);
        }

        var providerView = await sunrise.PostAsync("query($id: ID!) { node(id: $id) { ... on CarePlan { status complaints { id } } } }", new { id = cleoPlan });
        Assert.Equal("AUTH_FIELD_FORBIDDEN", (string)providerView["errors"]![0]!["extensions"]!["code"]!);
        Assert.Null(providerView["data"]!["node"]!["complaints"]);
        Assert.Empty((await lee.PlanAsync(devPlan, "complaints { id }"))["complaints"]!.AsArray());
    }

    [Fact]
    public async Task R17_after_a_decline_the_person_asks_to_meet_all_key_staff_and_the_key_worker_arranges_it()
    {
        using var factory = new CarePlanApiFactory();
        using var sam = factory.CreateClientFor("kw-sam");
        using var ben = factory.CreateClientFor("p-ben");
        using var cleo = factory.CreateClientFor("p-cleo");
        var planId = await factory.PlanIdAsync("p-ben");
        const string Meeting = "resolutionMeetingRequest { id status versionNumber whatToDiscuss meetingOn arrangements }";

        Assert.Equal(["NO_DECLINE_TO_DISCUSS"], await ben.RefuseAsync("requestResolutionMeeting", new { planId }, Meeting));
        await DeclineBensPlanAsync(sam, planId);
        Assert.Equal("AUTH_FORBIDDEN", await sam.ForbiddenAsync("requestResolutionMeeting", new { planId }, Meeting));
        Assert.Equal(["NO_DECLINE_TO_DISCUSS"], await cleo.RefuseAsync("requestResolutionMeeting", new { planId = await factory.PlanIdAsync("p-cleo") }, Meeting));

        factory.Clock.Advance(TimeSpan.FromHours(2));
        var asked = await ben.SucceedAsync("requestResolutionMeeting", new { planId, whatToDiscuss = "How I can still volunteer three days a week." }, Meeting + " plan { history { kind } }");
        var meetingId = (string)asked["resolutionMeetingRequest"]!["id"]!;
        Assert.Equal(("REQUESTED", 1), ((string)asked["resolutionMeetingRequest"]!["status"]!, (int)asked["resolutionMeetingRequest"]!["versionNumber"]!));
        Assert.Equal("RESOLUTION_MEETING_REQUESTED", (string)asked["plan"]!["history"]!.AsArray().Last()!["kind"]!);

        Assert.Equal("AUTH_FORBIDDEN", await ben.ForbiddenAsync("arrangeResolutionMeeting", new { resolutionMeetingRequestId = meetingId, meetingOn = "2026-11-10" }, Meeting));
        Assert.Equal(["MEETING_DATE_IN_PAST"], await sam.RefuseAsync("arrangeResolutionMeeting", new { resolutionMeetingRequestId = meetingId, meetingOn = "2026-11-01" }, Meeting));
        var arranged = await sam.SucceedAsync("arrangeResolutionMeeting",
            new { resolutionMeetingRequestId = meetingId, meetingOn = "2026-11-10", arrangements = "Sam, the team manager and Oak Tree Day Services, at the civic centre." }, Meeting);

        Assert.Equal(("ARRANGED", "2026-11-10"), ((string)arranged["resolutionMeetingRequest"]!["status"]!, (string)arranged["resolutionMeetingRequest"]!["meetingOn"]!));
        Assert.Single((await ben.PlanAsync(planId, "resolutionMeetingRequests { id }"))["resolutionMeetingRequests"]!.AsArray());
    }

    private static Task<System.Text.Json.Nodes.JsonNode> DeclineBensPlanAsync(HttpClient sam, string planId) => sam.SucceedAsync("declinePlan", new
    {
        planId,
        reasons = "The plan is £1,450.00 a year over the personal budget.",
        requiredChanges = new[] { "Bring the total within £17,000.00 a year." },
        adviceOffered = "Free travel training from the bus company.",
    }, "plan { status }");
}
