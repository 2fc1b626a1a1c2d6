using CarePlanGraph.Api.Graph.Ide;

namespace CarePlanGraph.Api.Identity.LocalIssuer;

/// <summary>
/// Lets the GraphQL IDE sign in as a demo persona with a token from the local issuer, which exists only in Development
/// and Testing (start-up refuses it elsewhere): the IDE's persona picker is the <c>token</c> command in a browser.
/// </summary>
internal sealed class LocalIssuerIdeSignIn(LocalTokenIssuer issuer) : IIdeSignIn
{
    public IReadOnlyList<IdeIdentity> Identities { get; } =
        [.. DemoPersonas.LetIn.Select(persona => new IdeIdentity(persona.Handle, $"{persona.Name} ({persona.Handle})"))];

    public string? IssueToken(string identity) =>
        DemoPersonas.Find(identity) is { AwaitsApproval: false } persona ? issuer.Issue(persona) : null;
}
