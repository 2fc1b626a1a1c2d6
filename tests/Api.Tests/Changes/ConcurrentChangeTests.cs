using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using CarePlanGraph.Api.Persistence;
using CarePlanGraph.Api.Tests.Assessments;
using CarePlanGraph.Api.Tests.Infrastructure;
using CarePlanGraph.Api.Tests.Reviews;
using CarePlanGraph.Domain.Assessments;
using CarePlanGraph.Domain.Complaints;
using CarePlanGraph.Domain.Reviews;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace CarePlanGraph.Api.Tests.Changes;

/// <summary>
/// Two changes to the same review or complaint made at once: one is saved, the other is refused with
/// EDIT_CONFLICT and nothing of it is saved. The race is made certain rather than hoped for: just before the first
/// change saves, the second is sent as a real request and commits.
/// (Plan versions: see <see cref="Plans.ConcurrencyTests"/>.)
/// </summary>
public sealed class ConcurrentChangeTests
{
    private const string Outcome = "errors { ... on Error { code } ... on EditConflictError { expectedRevision actualRevision } }";

    [Fact]
    public async Task R22_the_person_and_the_key_worker_signing_at_once_one_signature_is_saved_and_the_other_is_an_edit_conflict()
    {
        using var factory = new CarePlanApiFactory();
        var race = new SaveRace<Review>();
        using var host = Racing(factory, race);
        using var sam = ClientFor(host, factory, "kw-sam");
        using var cleo = ClientFor(host, factory, "p-cleo");
        var reviewId = await ReviewConductTests.StartAsync(factory, sam);
        await sam.SucceedAsync("completeReview", ReviewConductTests.Findings(reviewId, await ReviewConductTests.OutcomeIdAsync(factory, sam)), "review { id }");

        race.Arm(() => cleo.MutateAsync("signReview", new { reviewId }, "review { id }"));
        var samsSignature = await sam.MutateAsync("signReview", new { reviewId }, "review { id } " + Outcome);

        Assert.True(race.Winner.IsCompleted, "The other change never ran: the first change saved nothing to race with.");
        Assert.Null((await race.Winner)["errors"]);
        AssertEditConflict(samsSignature, "review");
        var review = (await sam.DataAsync("query($id: ID!) { node(id: $id) { ... on Review { status awaitingSignatureFrom personSignature { signedByName } keyWorkerSignature { signedByName } } } }", new { id = reviewId }))["node"]!;
        Assert.Equal(("AWAITING_SIGNATURES", "Cleo Armstrong", true), ((string)review["status"]!, (string)review["personSignature"]!["signedByName"]!, review["keyWorkerSignature"] is null));
        Assert.Equal(["KEY_WORKER"], review["awaitingSignatureFrom"]!.AsArray().Select(p => (string)p!));

        // Signing again, now that Sam sees Cleo's signature, completes the review.
        var retried = await sam.SucceedAsync("signReview", new { reviewId }, "review { status }");
        Assert.Equal("COMPLETED", (string)retried["review"]!["status"]!);
    }

    [Fact]
    public async Task R25_two_officers_acknowledging_a_complaint_at_once_one_acknowledgement_is_saved_and_the_other_is_an_edit_conflict()
    {
        using var factory = new CarePlanApiFactory();
        var race = new SaveRace<Complaint>();
        using var host = Racing(factory, race);
        using var ben = ClientFor(host, factory, "p-ben");
        using var kim = ClientFor(host, factory, "cs-kim");
        using var jo = ClientFor(host, factory, "admin-jo");
        var made = await ben.SucceedAsync("makeComplaint", new { planId = await factory.PlanIdAsync("p-ben"), about = "My plan", details = "Nobody has explained the budget." }, "complaint { id }");
        var complaintId = (string)made["complaint"]!["id"]!;

        race.Arm(() => jo.MutateAsync("acknowledgeComplaint", new { complaintId, message = "Jo will reply." }, "complaint { id }"));
        var kimsAcknowledgement = await kim.MutateAsync("acknowledgeComplaint", new { complaintId, message = "Kim will reply." }, "complaint { id } " + Outcome);

        Assert.True(race.Winner.IsCompleted, "The other change never ran: the first change saved nothing to race with.");
        Assert.Null((await race.Winner)["errors"]);
        AssertEditConflict(kimsAcknowledgement, "complaint");
        var complaint = (await kim.DataAsync("query($id: ID!) { node(id: $id) { ... on Complaint { status acknowledgedByName acknowledgementMessage } } }", new { id = complaintId }))["node"]!;
        Assert.Equal(("ACKNOWLEDGED", "Jo Bennett", "Jo will reply."), ((string)complaint["status"]!, (string)complaint["acknowledgedByName"]!, (string)complaint["acknowledgementMessage"]!));
    }

    [Fact]
    public async Task R31_two_officers_reviewing_one_assessment_at_once_one_new_version_is_saved_and_the_other_is_an_edit_conflict()
    {
        using var factory = new CarePlanApiFactory();
        var race = new SaveRace<Assessment>();
        using var host = Racing(factory, race);
        using var sam = ClientFor(host, factory, "kw-sam");
        using var jo = ClientFor(host, factory, "admin-jo");
        var assessmentId = (string)(await sam.PlanAsync(await factory.PlanIdAsync("p-ben"), "assessment { id }"))["assessment"]!["id"]!;
        var content = await AssessmentTests.KeepAllAsync(sam, assessmentId, budget: 18_000_00);

        race.Arm(() => jo.MutateAsync("reviseAssessment", content with { IndicativeBudgetPence = 19_000_00 }, "assessment { id }"));
        var samsReview = await sam.MutateAsync("reviseAssessment", content, "assessment { id } " + Outcome);

        Assert.True(race.Winner.IsCompleted, "The other change never ran: the first change saved nothing to race with.");
        Assert.Null((await race.Winner)["errors"]);
        AssertEditConflict(samsReview, "assessment");
        var versions = (await sam.DataAsync("{ people(first: 10) { nodes { reference assessments { version } currentAssessment { indicativeBudget { pence } } } } }"))["people"]!["nodes"]!.AsArray().Single(p => (string)p!["reference"]! == "p-ben")!;
        Assert.Equal([1, 2], versions["assessments"]!.AsArray().Select(a => (int)a!["version"]!));
        Assert.Equal(19_000_00L, (long)versions["currentAssessment"]!["indicativeBudget"]!["pence"]!);
    }

    /// <summary>The loser's payload: nothing but one EDIT_CONFLICT, from the revision it loaded to the one the winner saved.</summary>
    private static void AssertEditConflict(JsonNode payload, string record)
    {
        Assert.Null(payload[record]);
        var error = Assert.Single(payload["errors"]!.AsArray())!;
        Assert.Equal(("EDIT_CONFLICT", 1), ((string)error["code"]!, (int)error["actualRevision"]! - (int)error["expectedRevision"]!));
    }

    /// <summary>The API as <paramref name="factory"/> runs it, with <paramref name="race"/> watching every save.</summary>
    private static WebApplicationFactory<Program> Racing(CarePlanApiFactory factory, SaveChangesInterceptor race) =>
        factory.WithWebHostBuilder(builder => builder.ConfigureServices(services =>
            services.ConfigureDbContext<CarePlanDbContext>(options => options.AddInterceptors(race))));

    private static HttpClient ClientFor(WebApplicationFactory<Program> host, CarePlanApiFactory factory, string persona)
    {
        var client = host.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", factory.TokenFor(persona));
        return client;
    }

    /// <summary>
    /// Once armed, runs the other change to completion just before the next save that changes a
    /// <typeparamref name="TRecord"/> row: that other change loads, commits and answers while the first waits to save.
    /// </summary>
    private sealed class SaveRace<TRecord> : SaveChangesInterceptor
        where TRecord : class
    {
        private readonly TaskCompletionSource<JsonNode> _winner = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private Func<Task<JsonNode>>? _before;

        /// <summary>The other change, as a request; it runs once.</summary>
        public void Arm(Func<Task<JsonNode>> other) => _before = other;

        /// <summary>The other change's payload, once it has run.</summary>
        public Task<JsonNode> Winner => _winner.Task;

        public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
        {
            // The record's own columns, or those of what it owns in its table (a review's signature is added, not modified).
            if (eventData.Context is { } db
                && db.Model.FindEntityType(typeof(TRecord))?.GetTableName() is { } table
                && db.ChangeTracker.Entries().Any(e => e.State is EntityState.Modified or EntityState.Added && e.Metadata.GetTableName() == table)
                && Interlocked.Exchange(ref _before, null) is { } other)
            {
                _winner.SetResult(await other());
            }

            return await base.SavingChangesAsync(eventData, result, cancellationToken);
        }
    }
}
