using System.Text.Json.Nodes;
using CarePlanGraph.Api.Events;
using CarePlanGraph.Api.Graph.Relay;
using CarePlanGraph.Api.Tests.Infrastructure;
using CarePlanGraph.Domain.Plans;
using Microsoft.Extensions.DependencyInjection;

namespace CarePlanGraph.Api.Tests.Reviews;

/// <summary>R20, R22: starting a planned review, invitations, recording the outcome and signing, with every refusal.</summary>
public sealed class ReviewConductTests
{
    private const string Review = "review { id kind status reviewOn awaitingSignatureFrom disagreements { text } personSignature { onBehalfOfPerson } revisionVersionNumber } plan { status revisionInProgress }";

    [Fact]
    public async Task R20_R29_the_key_worker_starts_the_planned_review_that_is_due_and_nobody_else_does()
    {
        using var factory = new CarePlanApiFactory();
        using var sam = factory.CreateClientFor("kw-sam");
        var planId = await factory.PlanIdAsync("p-cleo");

        foreach (var persona in new[] { "p-cleo", "prov-sunrise", "cs-kim", "sg-tom" })
        {
            using var client = factory.CreateClientFor(persona);
            Assert.Equal("AUTH_FORBIDDEN", await client.ForbiddenAsync("startReview", new { planId }));
        }

        Assert.Equal(["REVIEW_DATE_IN_PAST"], await sam.RefuseAsync("startReview", new { planId, reviewOn = "2026-11-01" }));
        Assert.Equal(["INVALID_TRANSITION"], await sam.RefuseAsync("startReview", new { planId = await factory.PlanIdAsync("p-ada") }));

        using var published = factory.Services.GetRequiredService<IPlanEventBus>().Subscribe(NodeId.DecodeAs(planId, "CarePlan", "planId"));
        var started = await sam.SucceedAsync("startReview", new { planId, reviewOn = "2026-11-09" }, Review);

        Assert.True(published.Reader.TryRead(out var change));
        Assert.Equal((PlanStatus.Active, PlanStatus.UnderReview, PlanEventKind.ReviewStarted), (change.FromStatus, change.ToStatus, change.Kind));

        Assert.Equal(("FIRST", "IN_PROGRESS", "2026-11-09", "UNDER_REVIEW"), ((string)started["review"]!["kind"]!, (string)started["review"]!["status"]!, (string)started["review"]!["reviewOn"]!, (string)started["plan"]!["status"]!));
        Assert.Equal(["INVALID_TRANSITION"], await sam.RefuseAsync("startReview", new { planId }));
    }

    [Fact]
    public async Task R22_the_person_invites_people_before_the_review_date_and_providers_do_not_invite_for_them()
    {
        using var factory = new CarePlanApiFactory();
        using var sam = factory.CreateClientFor("kw-sam");
        using var cleo = factory.CreateClientFor("p-cleo");
        using var sunrise = factory.CreateClientFor("prov-sunrise");
        var reviewId = await StartAsync(factory, sam, "2026-11-04");

        var invited = await cleo.SucceedAsync("inviteToReview", new { reviewId, kind = "SUPPORT_NETWORK", name = "Friends from the running club" }, "invitee { kind name invitedByName invitedAt }");
        Assert.Equal(("Friends from the running club", "Cleo Armstrong"), ((string)invited["invitee"]!["name"]!, (string)invited["invitee"]!["invitedByName"]!));

        Assert.Equal("AUTH_FORBIDDEN", await sunrise.ForbiddenAsync("inviteToReview", new { reviewId, kind = "SERVICE_PROVIDER", name = "Sunrise" }));
        Assert.Equal(["ORGANISATION_NOT_FOUND"], await cleo.RefuseAsync("inviteToReview", new { reviewId, kind = "AGENCY", name = "Who?", organisationId = NodeId.Encode("Organisation", Guid.NewGuid()) }));
        Assert.Equal(["REVIEW_NOT_FOUND"], await cleo.RefuseAsync("inviteToReview", new { reviewId = NodeId.Encode("Review", Guid.NewGuid()), kind = "CARER", name = "Grace" }));

        factory.Clock.Advance(TimeSpan.FromDays(3));
        Assert.Equal(["INVITATION_AFTER_REVIEW_DATE"], await cleo.RefuseAsync("inviteToReview", new { reviewId, kind = "CARER", name = "Grace" }));
    }

    [Fact]
    public async Task R22_the_outcome_rates_every_outcome_and_changes_say_when_they_start_and_only_the_key_worker_records_it()
    {
        using var factory = new CarePlanApiFactory();
        using var sam = factory.CreateClientFor("kw-sam");
        using var cleo = factory.CreateClientFor("p-cleo");
        var reviewId = await StartAsync(factory, sam);
        var outcomeId = await OutcomeIdAsync(factory, sam);

        Assert.Equal("AUTH_FORBIDDEN", await cleo.ForbiddenAsync("completeReview", Findings(reviewId, outcomeId)));
        Assert.Equal(["INVALID_REVIEW_STATE"], await cleo.RefuseAsync("signReview", new { reviewId }));
        Assert.Equal(["OUTCOME_NOT_RATED"], await sam.RefuseAsync("completeReview", new { reviewId, outcomes = Array.Empty<object>(), summary = "Fine." }));
        Assert.Equal(["UNKNOWN_OUTCOME", "CHANGES_START_DATE_REQUIRED"], await sam.RefuseAsync("completeReview", new
        {
            reviewId,
            outcomes = new[] { new { outcomeId, attainment = "FULLY_MET" }, new { outcomeId = NodeId.Encode("DesiredOutcome", Guid.NewGuid()), attainment = "NOT_MET" } },
            summary = "Fine.",
            changes = new[] { "More help." },
        }));

        var completed = await sam.SucceedAsync("completeReview", Findings(reviewId, outcomeId), Review);

        Assert.Equal("AWAITING_SIGNATURES", (string)completed["review"]!["status"]!);
        Assert.Equal(["PERSON", "KEY_WORKER"], completed["review"]!["awaitingSignatureFrom"]!.AsArray().Select(p => (string)p!));
    }

    [Fact]
    public async Task R22_the_outcome_of_a_review_cannot_be_recorded_before_the_review_takes_place()
    {
        using var factory = new CarePlanApiFactory();
        using var sam = factory.CreateClientFor("kw-sam");
        var reviewId = await StartAsync(factory, sam, "2026-11-15");
        var outcomeId = await OutcomeIdAsync(factory, sam);

        var refused = await sam.MutateAsync("completeReview", Findings(reviewId, outcomeId), "review { status } errors { ... on ReviewNotYetHeldError { reviewOn today } }");

        Assert.True(refused["errors"] is JsonArray, $"completeReview was not refused: {refused.ToJsonString()}");
        var error = Assert.Single(refused["errors"]!.AsArray())!;
        Assert.Equal(("ReviewNotYetHeldError", "REVIEW_NOT_YET_HELD", "2026-11-15", "2026-11-02"), ((string)error["__typename"]!, (string)error["code"]!, (string)error["reviewOn"]!, (string)error["today"]!));
        Assert.Equal("The review takes place on 2026-11-15; its outcome can be recorded from that day, not before (today is 2026-11-02).", (string)error["message"]!);
        Assert.Null(refused["review"]);

        factory.Clock.Advance(TimeSpan.FromDays(13));
        var completed = await sam.SucceedAsync("completeReview", Findings(reviewId, outcomeId), Review);
        Assert.Equal("AWAITING_SIGNATURES", (string)completed["review"]!["status"]!);
    }

    [Fact]
    public async Task R22_the_person_and_the_key_worker_each_sign_once_and_providers_and_other_advocates_do_not_sign()
    {
        using var factory = new CarePlanApiFactory();
        using var sam = factory.CreateClientFor("kw-sam");
        using var cleo = factory.CreateClientFor("p-cleo");
        using var sunrise = factory.CreateClientFor("prov-sunrise");
        using var noor = factory.CreateClientFor("adv-noor");
        var reviewId = await StartAsync(factory, sam);
        await sam.SucceedAsync("completeReview", Findings(reviewId, await OutcomeIdAsync(factory, sam)), Review);

        Assert.Equal("AUTH_FORBIDDEN", await sunrise.ForbiddenAsync("signReview", new { reviewId }));
        Assert.Equal(["REVIEW_NOT_FOUND"], await noor.RefuseAsync("signReview", new { reviewId }));
        await sam.SucceedAsync("signReview", new { reviewId }, Review);
        Assert.Equal(["REVIEW_ALREADY_SIGNED"], await sam.RefuseAsync("signReview", new { reviewId }));

        var signed = await cleo.SucceedAsync("signReview", new { reviewId }, Review);

        Assert.Equal(("COMPLETED", "ACTIVE", false), ((string)signed["review"]!["status"]!, (string)signed["plan"]!["status"]!, (bool)signed["plan"]!["revisionInProgress"]!));
        Assert.False((bool)signed["review"]!["personSignature"]!["onBehalfOfPerson"]!);
        Assert.Null(signed["review"]!["revisionVersionNumber"]);
    }

    [Fact]
    public async Task R22_R27_the_person_may_record_disagreement_instead_which_stays_visible_but_not_to_providers()
    {
        using var factory = new CarePlanApiFactory();
        using var sam = factory.CreateClientFor("kw-sam");
        using var cleo = factory.CreateClientFor("p-cleo");
        using var sunrise = factory.CreateClientFor("prov-sunrise");
        var reviewId = await StartAsync(factory, sam);
        var outcomeId = await OutcomeIdAsync(factory, sam);
        await sam.SucceedAsync("completeReview", Findings(reviewId, outcomeId), Review);

        Assert.Equal(["REQUIRED_TEXT_MISSING"], await cleo.RefuseAsync("signReview", new { reviewId, disagreement = " " }));
        var disputed = await cleo.SucceedAsync("signReview", new { reviewId, disagreement = "The evening visits are still too short." }, Review + " plan { history { kind reason } }");

        Assert.Equal(("DISPUTED", "UNDER_REVIEW"), ((string)disputed["review"]!["status"]!, (string)disputed["plan"]!["status"]!));
        var prompt = disputed["plan"]!["history"]!.AsArray().Last()!;
        Assert.Equal("REVIEW_DISAGREEMENT_RECORDED", (string)prompt["kind"]!);
        Assert.Contains("Key Worker will contact them", (string)prompt["reason"]!, StringComparison.Ordinal);
        var hidden = await sunrise.PostAsync("query($id: ID!) { node(id: $id) { ... on Review { status disagreements { text } } } }", new { id = reviewId });
        Assert.Equal("AUTH_FIELD_FORBIDDEN", (string)hidden["errors"]![0]!["extensions"]!["code"]!);
        Assert.Equal("DISPUTED", (string)hidden["data"]!["node"]!["status"]!);

        await sam.SucceedAsync("completeReview", Findings(reviewId, outcomeId, "Lengthen the evening visits to an hour."), Review);
        await cleo.SucceedAsync("signReview", new { reviewId }, Review);
        var completed = await sam.SucceedAsync("signReview", new { reviewId }, Review);

        Assert.Equal(("COMPLETED", 2), ((string)completed["review"]!["status"]!, (int)completed["review"]!["revisionVersionNumber"]!));
        Assert.Equal("The evening visits are still too short.", (string)completed["review"]!["disagreements"]![0]!["text"]!);
    }

    [Fact]
    public async Task R20_R26_R27_reviews_due_lists_the_key_workers_caseload_by_due_date_and_reviews_follow_the_plan()
    {
        using var factory = new CarePlanApiFactory();
        using var sam = factory.CreateClientFor("kw-sam");
        using var ada = factory.CreateClientFor("p-ada");
        using var oak = factory.CreateClientFor("prov-oak");
        const string Due = "query($before: Date!) { reviewsDue(before: $before) { person { reference } nextReviewDue nextReviewKind } }";

        var soon = (await sam.DataAsync(Due, new { before = "2026-11-10" }))["reviewsDue"]!.AsArray();
        var month = (await sam.DataAsync(Due, new { before = "2026-11-30" }))["reviewsDue"]!.AsArray();

        Assert.Equal([("p-cleo", "2026-11-09", "FIRST")], soon.Select(p => ((string)p!["person"]!["reference"]!, (string)p["nextReviewDue"]!, (string)p["nextReviewKind"]!)));
        Assert.Equal(["p-cleo", "p-dev"], month.Select(p => (string)p!["person"]!["reference"]!));
        Assert.Empty((await ada.DataAsync(Due, new { before = "2026-11-30" }))["reviewsDue"]!.AsArray());
        Assert.Equal(["p-dev"], (await oak.DataAsync(Due, new { before = "2026-11-30" }))["reviewsDue"]!.AsArray().Select(p => (string)p!["person"]!["reference"]!));

        var reviewId = await StartAsync(factory, sam);
        Assert.Null((await oak.DataAsync("query($id: ID!) { node(id: $id) { id } }", new { id = reviewId }))["node"]);
        Assert.Null((await ada.DataAsync("query($id: ID!) { node(id: $id) { id } }", new { id = reviewId }))["node"]);
        using var sunrise = factory.CreateClientFor("prov-sunrise");
        Assert.Equal("IN_PROGRESS", (string)(await sunrise.DataAsync("query($id: ID!) { node(id: $id) { ... on Review { status } } }", new { id = reviewId }))["node"]!["status"]!);
    }

    /// <summary>Sam starts Cleo's first review on <paramref name="reviewOn"/> (today when not given) and returns its ID.</summary>
    internal static async Task<string> StartAsync(CarePlanApiFactory factory, HttpClient sam, string? reviewOn = null)
    {
        var planId = await factory.PlanIdAsync("p-cleo");
        var payload = await sam.SucceedAsync("startReview", reviewOn is null ? new { planId } : new { planId, reviewOn }, "review { id }");
        return (string)payload["review"]!["id"]!;
    }

    /// <summary>The ID of Cleo's one desired outcome.</summary>
    internal static async Task<string> OutcomeIdAsync(CarePlanApiFactory factory, HttpClient client)
    {
        var plan = await client.PlanAsync(await factory.PlanIdAsync("p-cleo"), "assessment { outcomes { id } }");
        return (string)plan["assessment"]!["outcomes"]![0]!["id"]!;
    }

    internal static object Findings(string reviewId, string outcomeId, params string[] changes) => new
    {
        reviewId,
        outcomes = new[] { new { outcomeId, attainment = "FULLY_MET" } },
        summary = "Cleo's evening care is working.",
        changes,
        changesStartOn = changes.Length > 0 ? "2026-11-09" : null,
    };
}
