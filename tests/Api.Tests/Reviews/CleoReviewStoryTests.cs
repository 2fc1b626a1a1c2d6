using CarePlanGraph.Api.Events;
using CarePlanGraph.Api.Graph.Relay;
using CarePlanGraph.Api.Tests.Infrastructure;
using CarePlanGraph.Domain.Plans;
using Microsoft.Extensions.DependencyInjection;

namespace CarePlanGraph.Api.Tests.Reviews;

/// <summary>
/// The review story end to end, over HTTP, on the demo data: Cleo's plan is active and her first review falls due
/// between 6 and 12 weeks after her support was in place; Sunrise asks for an early review because her needs have
/// changed; Sam finds she needs an advocate and refers her to Noor; the review is completed, signed by Cleo and Sam,
/// and the changes open a revision of her plan.
/// </summary>
public sealed class CleoReviewStoryTests
{
    private const string ReviewSelection = "review { id kind status reviewOn invitees { kind name } outcomes { description attainment } changes changesStartOn awaitingSignatureFrom personSignature { signedByName } keyWorkerSignature { signedByName } revisionVersionNumber }";

    [Fact]
    public async Task R20_to_R22_Cleos_early_review_asked_for_by_her_provider_with_an_advocate_is_signed_by_both_and_opens_a_revision()
    {
        using var factory = new CarePlanApiFactory();
        using var sam = factory.CreateClientFor("kw-sam");
        using var cleo = factory.CreateClientFor("p-cleo");
        using var sunrise = factory.CreateClientFor("prov-sunrise");
        using var noor = factory.CreateClientFor("adv-noor");
        var planId = await factory.PlanIdAsync("p-cleo");
        using var published = factory.Services.GetRequiredService<IPlanEventBus>().Subscribe(NodeId.DecodeAs(planId, "CarePlan", "planId"));

        // R20: active, and the first review falls due 6 to 12 weeks after support was in place.
        var plan = await sam.PlanAsync(planId, "status supportInPlaceOn nextReviewDue nextReviewKind reviewOverdue assessment { outcomes { id description } }");
        Assert.Equal(("ACTIVE", "2026-08-17", "2026-11-09", "FIRST"), ((string)plan["status"]!, (string)plan["supportInPlaceOn"]!, (string)plan["nextReviewDue"]!, (string)plan["nextReviewKind"]!));
        var inPlace = DateOnly.Parse((string)plan["supportInPlaceOn"]!, System.Globalization.CultureInfo.InvariantCulture);
        var due = DateOnly.Parse((string)plan["nextReviewDue"]!, System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(due.DayNumber - inPlace.DayNumber, 6 * 7, 12 * 7);
        Assert.False((bool)plan["reviewOverdue"]!);
        var dueSoon = (await sam.DataAsync("{ reviewsDue(before: \"2026-11-30\") { person { reference } nextReviewDue } }"))["reviewsDue"]!.AsArray();
        Assert.Equal(["p-cleo", "p-dev"], dueSoon.Select(p => (string)p!["person"]!["reference"]!));

        // R21: the provider asks for an early review because Cleo's needs have changed; Sam accepts it.
        var requested = await sunrise.SucceedAsync("requestReview",
            new { planId, grounds = new[] { "NEEDS_CHANGED" }, details = "Since her fall Cleo needs help in the mornings as well." },
            "reviewRequest { id status grounds requestedByRole }");
        Assert.Equal(("PENDING", "PROVIDER"), ((string)requested["reviewRequest"]!["status"]!, (string)requested["reviewRequest"]!["requestedByRole"]!));
        var accepted = await sam.SucceedAsync("decideReviewRequest",
            new { reviewRequestId = (string)requested["reviewRequest"]!["id"]!, accept = true, reviewOn = "2026-11-06" },
            $"reviewRequest {{ status }} plan {{ status openReview {{ id }} }} {ReviewSelection}");
        var reviewId = (string)accepted["review"]!["id"]!;
        Assert.Equal(("ACCEPTED", "UNDER_REVIEW", "REQUESTED"), ((string)accepted["reviewRequest"]!["status"]!, (string)accepted["plan"]!["status"]!, (string)accepted["review"]!["kind"]!));
        Assert.Equal(reviewId, (string)accepted["plan"]!["openReview"]!["id"]!);

        // R22: Cleo invites her sister and her provider, telling Sam in advance.
        await cleo.SucceedAsync("inviteToReview", new { reviewId, kind = "CARER", name = "Grace Armstrong, her sister" }, "invitee { name }");
        var invited = await cleo.SucceedAsync("inviteToReview",
            new { reviewId, kind = "SERVICE_PROVIDER", name = "Sunrise Home Care", organisationId = await factory.OrganisationIdAsync("prov-sunrise") }, ReviewSelection);
        Assert.Equal(["CARER", "SERVICE_PROVIDER"], invited["review"]!["invitees"]!.AsArray().Select(i => (string)i!["kind"]!));

        // R22: Cleo has significant difficulty expressing her views and no one can speak for her: no completing without an advocate.
        await sam.SucceedAsync("recordAdvocacyNeed", new { planId, hasSignificantDifficulty = true, appropriatePersonAvailable = false }, "advocacy { advocateRequired }");
        var outcomeId = (string)plan["assessment"]!["outcomes"]![0]!["id"]!;
        var completion = new
        {
            reviewId,
            outcomes = new[] { new { outcomeId, attainment = "PARTLY_MET", note = "Working, but mornings are a struggle since the fall." } },
            summary = "Evening care works; Cleo now needs help getting ready for work in the mornings.",
            changes = new[] { "Add a morning personal care visit before work." },
            changesStartOn = "2026-11-16",
        };
        factory.Clock.Advance(TimeSpan.FromDays(4));
        Assert.Equal(["REVIEW_NEEDS_ADVOCATE"], await sam.RefuseAsync("completeReview", completion));
        Assert.Null((await noor.DataAsync("query($id: ID!) { node(id: $id) { id } }", new { id = planId }))["node"]);

        await sam.SucceedAsync("referToAdvocate",
            new { planId, reason = "Cleo finds it very hard to say what she wants since her stroke.", advocateOrganisationId = await factory.OrganisationIdAsync("adv-noor"), advocateName = "Noor Hussain" },
            "advocacy { referred advocateName advocateOrganisation { handle } }");
        var seenByNoor = (await noor.DataAsync("query($id: ID!) { node(id: $id) { ... on Review { status plan { person { reference } } } } }", new { id = reviewId }))["node"]!;
        Assert.Equal("p-cleo", (string)seenByNoor["plan"]!["person"]!["reference"]!);

        // R22: the outcome, the changes and when they start; then both sign.
        var completed = await sam.SucceedAsync("completeReview", completion, ReviewSelection);
        Assert.Equal(("AWAITING_SIGNATURES", "PARTLY_MET", "2026-11-16"), ((string)completed["review"]!["status"]!, (string)completed["review"]!["outcomes"]![0]!["attainment"]!, (string)completed["review"]!["changesStartOn"]!));
        Assert.Equal(["PERSON", "KEY_WORKER"], completed["review"]!["awaitingSignatureFrom"]!.AsArray().Select(p => (string)p!));
        await cleo.SucceedAsync("signReview", new { reviewId }, ReviewSelection);
        var signed = await sam.SucceedAsync("signReview", new { reviewId },
            $"{ReviewSelection} plan {{ status revisionInProgress nextReviewDue nextReviewKind lastReviewCompletedOn openReview {{ id }} currentVersion {{ number status }} agreedVersion {{ number }} history {{ kind fromStatus toStatus }} }}");

        var review = signed["review"]!;
        Assert.Equal(("COMPLETED", "Cleo Armstrong", "Sam Okafor", 2), ((string)review["status"]!, (string)review["personSignature"]!["signedByName"]!, (string)review["keyWorkerSignature"]!["signedByName"]!, (int)review["revisionVersionNumber"]!));
        var after = signed["plan"]!;
        Assert.Equal(("ACTIVE", true, "2027-11-06", "ANNUAL"), ((string)after["status"]!, (bool)after["revisionInProgress"]!, (string)after["nextReviewDue"]!, (string)after["nextReviewKind"]!));
        Assert.Null(after["openReview"]);
        Assert.Equal((2, "DRAFT", 1), ((int)after["currentVersion"]!["number"]!, (string)after["currentVersion"]!["status"]!, (int)after["agreedVersion"]!["number"]!));
        // Events recorded at the same instant (accepting and starting; completing and opening the revision) may list in either order.
        var kinds = after["history"]!.AsArray().Select(e => (string)e!["kind"]!).SkipWhile(k => k != "REVIEW_REQUESTED").ToArray();
        Assert.Equal(["REVIEW_COMPLETED", "REVIEW_OUTCOME_RECORDED", "REVIEW_REQUESTED", "REVIEW_REQUEST_ACCEPTED", "REVIEW_STARTED", "REVISION_STARTED"], kinds.Order(StringComparer.Ordinal));
        Assert.Equal("REVIEW_REQUESTED", kinds[0]);

        // Every status change above went to planStatusChanged subscribers: under review, then active again.
        var changes = new List<PlanStatusChanged>();
        while (published.Reader.TryRead(out var change))
        {
            changes.Add(change);
        }

        Assert.Equal([(PlanStatus.Active, PlanStatus.UnderReview), (PlanStatus.UnderReview, PlanStatus.Active)], changes.Select(c => (c.FromStatus, c.ToStatus)));
        Assert.Equal([PlanEventKind.ReviewStarted, PlanEventKind.ReviewCompleted], changes.Select(c => c.Kind));
    }
}
