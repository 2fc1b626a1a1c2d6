using GraphQL;
using GraphQL.Execution;

namespace CarePlanGraph.Api.Graph.Transport.WebSockets;

/// <summary>
/// Lets a subscription field say that its events may be executed once for many subscribers. The field names the
/// subscriber's <em>audience</em> (<see cref="SetAudience"/>): callers who, by the application's rules, always see the
/// same things. For each event, subscribers of one audience that sent the same document, operation name and variables
/// then get the same result, executed once (in a fresh scope acting as one of them) and serialised once. Work that is
/// per subscriber, such as an audit log, is done through <see cref="ISharedEventListener"/>.
/// </summary>
public static class SharedEventResults
{
    /// <summary>The <see cref="IResolveFieldContext.UserContext"/> entry holding the subscriber's audience.</summary>
    public const string AudienceKey = "graph.subscription.audience";

    /// <summary>
    /// Marks the subscription being resolved as one whose events subscribers of <paramref name="audience"/> share. Two
    /// subscribers may share an audience only if every field of the subscription resolves the same for both.
    /// </summary>
    public static void SetAudience(IResolveFieldContext context, string audience)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentException.ThrowIfNullOrEmpty(audience);
        context.UserContext[AudienceKey] = audience;
    }

    /// <summary>The audience the subscription was marked with, or null when its events are executed per subscriber.</summary>
    internal static string? AudienceOf(IExecutionContext context) =>
        context.UserContext.TryGetValue(AudienceKey, out var value) ? value as string : null;
}
