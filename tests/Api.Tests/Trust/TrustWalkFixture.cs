using System.Diagnostics;
using CarePlanGraph.Api.Graph.Authorization;
using CarePlanGraph.Api.Identity;
using CarePlanGraph.Api.Identity.LocalIssuer;
using CarePlanGraph.Api.Tests.Infrastructure;
using CarePlanGraph.Api.Tests.Reviews;
using CarePlanGraph.Domain.Common;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace CarePlanGraph.Api.Tests.Trust;

/// <summary>
/// The demo data plus one record of every kind the demo lacks (a review, a review request, complaints, a request to
/// meet key staff, a safety concern, an advocate's helper entry), walked once by every demo persona.
/// </summary>
public sealed class TrustWalkFixture : IAsyncLifetime
{
    private readonly List<HttpClient> _clients = [];

    public CarePlanApiFactory Factory { get; } = new();

    internal SchemaMap Schema { get; private set; } = null!;

    /// <summary>Each persona's walk, by handle.</summary>
    internal Dictionary<string, NodeWalk> Walks { get; } = [];

    /// <summary>Every record any persona reached: the IDs every persona is asked about.</summary>
    public Dictionary<string, string> Universe { get; } = [];

    public TimeSpan WalkTime { get; private set; }

    /// <summary>Every <c>Type.field</c> the schema keeps from providers (its metadata, as the server enforces it).</summary>
    public HashSet<string> NotForProviders { get; private set; } = [];

    /// <summary>Those of <see cref="NotForProviders"/> that are non-null, so refusing one cannot answer null at its own path.</summary>
    public HashSet<string> NonNullNotForProviders { get; private set; } = [];

    public static bool IsProvider(string persona) => DemoPersonas.Find(persona)!.Role == ActorRole.Provider;

    /// <summary>R27, R33: providers and carers are refused the same money and decision fields.</summary>
    public static bool IsKeptFromMoney(string persona) => DemoPersonas.Find(persona)!.Role is ActorRole.Provider or ActorRole.Helper;

    public HttpClient ClientFor(string persona)
    {
        var client = Factory.CreateClientFor(persona);
        _clients.Add(client);
        return client;
    }

    public async Task InitializeAsync()
    {
        await CreateOneOfEachAsync();
        Schema = await SchemaMap.LoadAsync(ClientFor("admin-jo"));
        var schema = Factory.Services.GetRequiredService<ISchema>();
        schema.Initialize();
        var policied = schema.AllTypes.OfType<IObjectGraphType>()
            .SelectMany(t => t.Fields.Where(f => FieldPolicy.PolicyOf(f) == FieldPolicies.NotForProviders).Select(f => (Name: $"{t.Name}.{f.Name}", NonNull: f.ResolvedType is NonNullGraphType)))
            .ToList();
        NotForProviders = [.. policied.Select(f => f.Name)];
        NonNullNotForProviders = [.. policied.Where(f => f.NonNull).Select(f => f.Name)];

        // A provider's walk leaves out the non-null fields refused to it: refusing one nulls the record holding it (a
        // defect of its own, see NodeAccessTests), which would hide what the rest of the record leads to.
        var clock = Stopwatch.StartNew();
        // Every persona the API lets in: Lee's planning tool waits for approval, so its tokens are refused (IntegrationOnboardingTests).
        foreach (var persona in DemoPersonas.LetIn)
        {
            var walk = new NodeWalk(ClientFor(persona.Handle), IsKeptFromMoney(persona.Handle) ? Schema.Without(NonNullNotForProviders) : Schema);
            await walk.WalkAsync();
            Walks[persona.Handle] = walk;
            foreach (var (id, type) in walk.Reached)
            {
                Universe.TryAdd(id, type);
            }
        }

        WalkTime = clock.Elapsed;
    }

    public Task DisposeAsync()
    {
        foreach (var client in _clients)
        {
            client.Dispose();
        }

        Factory.Dispose();
        return Task.CompletedTask;
    }

    private async Task CreateOneOfEachAsync()
    {
        var sam = ClientFor("kw-sam");
        var ada = ClientFor("p-ada");
        var ben = ClientFor("p-ben");
        var adaPlan = await Factory.PlanIdAsync("p-ada");
        var benPlan = await Factory.PlanIdAsync("p-ben");

        await sam.SucceedAsync("startReview", new { planId = await Factory.PlanIdAsync("p-cleo") }, "__typename");
        await ClientFor("p-dev").SucceedAsync("requestReview", new { planId = await Factory.PlanIdAsync("p-dev"), grounds = new[] { "NEEDS_CHANGED" }, details = "I want to add swimming." }, "__typename");
        await sam.SucceedAsync("declinePlan", new { planId = benPlan, reasons = "Over budget.", requiredChanges = new[] { "Reduce the day sessions." }, adviceOffered = "Travel training." }, "__typename");
        await ben.SucceedAsync("requestResolutionMeeting", new { planId = benPlan, whatToDiscuss = "The day sessions." }, "__typename");
        await ben.SucceedAsync("makeComplaint", new { planId = benPlan, about = "My plan", details = "Nobody explained the budget." }, "__typename");
        await ada.SucceedAsync("addPlanHelper", new { planId = adaPlan, kind = "INDEPENDENT_ADVOCATE", name = "Noor Hussain", organisationId = await Factory.OrganisationIdAsync("adv-noor") }, "__typename");
        await ada.SucceedAsync("makeComplaint", new { planId = adaPlan, about = "Waiting", details = "The plan is taking a long time." }, "__typename");
        await ClientFor("sp-lee").SucceedAsync("raiseSafetyConcern", new { planId = adaPlan, concern = "Ada's stair rail is loose." }, "__typename");
    }
}
