using CarePlanGraph.Domain.Common;

namespace CarePlanGraph.Api.Identity.LocalIssuer;

/// <summary>The personas of DESIGN §6, as the local issuer knows them.</summary>
public static class DemoPersonas
{
    public static IReadOnlyList<Persona> All { get; } =
    [
        new("kw-sam", "Sam Okafor", ActorRole.KeyWorker, false),
        new("cs-kim", "Kim Lewis", ActorRole.CustomerServices, false),
        new("panel-ravi", "Ravi Shah", ActorRole.RiskPanelMember, false),
        new("sg-tom", "Tom Reid", ActorRole.Safeguarding, false),
        new("admin-jo", "Jo Bennett", ActorRole.Administrator, false),
        new("p-ada", "Ada Mensah", ActorRole.Person, false),
        new("p-ben", "Benjamin Hughes", ActorRole.Person, false),
        new("p-cleo", "Cleo Armstrong", ActorRole.Person, false),
        new("p-dev", "Dev Sharma", ActorRole.Person, false),
        new("p-eve", "Eve Thomas", ActorRole.Person, false),
        new("prov-sunrise", "Sunrise Home Care portal", ActorRole.Provider, true) { ClientId = Demo.DemoData.ClientIdOf("prov-sunrise") },
        new("prov-oak", "Oak Tree Day Services portal", ActorRole.Provider, true) { ClientId = Demo.DemoData.ClientIdOf("prov-oak") },
        new("sp-lee", "Lee Chen", ActorRole.SupportPlanner, false),
        new("adv-noor", "Noor Hussain", ActorRole.Advocate, false),
        new("carer-fay", "Fay Armstrong", ActorRole.Helper, false),

        // Issue 15: the council website's integration (approved, read-only; it sees no one's records) and Lee's
        // planning tool (registered, waiting for approval: its tokens are refused).
        new("web-council", "Council website", ActorRole.CouncilApplication, true) { ClientId = Demo.DemoData.ClientIdOf("web-council") },
        new("app-lee-tool", "Lee Chen planning tool", ActorRole.SupportPlanner, true) { ClientId = Demo.DemoData.ClientIdOf("app-lee-tool"), AwaitsApproval = true },
    ];

    /// <summary>The personas the API lets in: all but those whose integration waits for approval.</summary>
    public static IEnumerable<Persona> LetIn => All.Where(p => !p.AwaitsApproval);

    public static Persona? Find(string handle) => All.FirstOrDefault(p => p.Handle == handle);
}
