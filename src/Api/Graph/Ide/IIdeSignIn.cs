namespace CarePlanGraph.Api.Graph.Ide;

/// <summary>
/// A development token source the IDE may offer: a list of identities and a token for any of them. Registered only
/// where such tokens are acceptable (a local issuer); without one the IDE asks for a bearer token instead.
/// </summary>
public interface IIdeSignIn
{
    /// <summary>The identities offered, in the order the IDE lists them.</summary>
    IReadOnlyList<IdeIdentity> Identities { get; }

    /// <summary>An access token for the identity, or <see langword="null"/> when there is no such identity.</summary>
    string? IssueToken(string identity);
}

/// <summary>One identity the IDE offers: the id it asks a token for, and the label it shows.</summary>
public sealed record IdeIdentity(string Id, string Label);
