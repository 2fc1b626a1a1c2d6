using CarePlanGraph.Api.Identity.LocalIssuer;
using CarePlanGraph.Domain.Common;
using Microsoft.Extensions.Options;

namespace CarePlanGraph.Bench.Seed;

/// <summary>What the seeder made that the scenarios need: who to act as and which plans to use.</summary>
/// <param name="NodePlanIds">Plans on the first Key Worker's caseload with support in place (some with a revision, some under review).</param>
/// <param name="EditPlanIds">Draft plans written with the planner's help: the edit loop's plans.</param>
/// <param name="FanOutPlanIds">Agreed plans naming every provider: one per fan-out run.</param>
/// <param name="Today">The day the data was seeded; markSupportInPlace uses it.</param>
internal sealed record SeededIds(
    IReadOnlyList<string> ProviderHandles,
    string KeyWorker,
    string Planner,
    IReadOnlyList<string> NodePlanIds,
    IReadOnlyList<string> EditPlanIds,
    IReadOnlyList<string> FanOutPlanIds,
    string Today)
{
    /// <summary>The Entra ID application (client) id of a provider's portal: the same on every run for the same handle.</summary>
    public static Guid ClientIdOf(string providerHandle) => Api.Demo.DemoData.ClientIdOf(providerHandle);

    public BenchData WithTokens(BenchTokens tokens) => new(
        [.. ProviderHandles.Select(h => tokens.Issue(new Persona(h, h + " portal", ActorRole.Provider, true) { ClientId = ClientIdOf(h) }))],
        tokens.Issue(new Persona(KeyWorker, KeyWorker, ActorRole.KeyWorker, false)),
        tokens.Issue(new Persona(Planner, Planner, ActorRole.SupportPlanner, false)),
        NodePlanIds,
        EditPlanIds,
        FanOutPlanIds,
        Today);
}

/// <summary>The file the scenarios read (camelCase JSON): tokens signed by the development issuer, and plan IDs.</summary>
internal sealed record BenchData(
    IReadOnlyList<string> ProviderTokens,
    string KeyWorkerToken,
    string PlannerToken,
    IReadOnlyList<string> NodePlanIds,
    IReadOnlyList<string> EditPlanIds,
    IReadOnlyList<string> FanOutPlanIds,
    string Today);

/// <summary>Signs tokens with the key the API will check them against (<c>LocalIssuer:KeyPath</c>), as the token command does.</summary>
internal sealed class BenchTokens(IConfiguration configuration, IHostEnvironment environment)
{
    private readonly LocalTokenIssuer _issuer = new(
        Options.Create(configuration.GetSection(LocalIssuerOptions.Section).Get<LocalIssuerOptions>() ?? new LocalIssuerOptions()),
        environment);

    public string Issue(Persona persona) => _issuer.Issue(persona);
}
