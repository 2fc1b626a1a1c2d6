using System.Collections.Concurrent;
using GraphQL;
using GraphQL.Types;

namespace CarePlanGraph.Api.Tests.Transport;

/// <summary>A schema whose fields fail in the two ways a resolver can: unexpectedly, and on purpose.</summary>
internal sealed class FailingSchema : Schema
{
    /// <summary>Text that must never reach a response: it stands for a secret inside an exception message.</summary>
    public const string Secret = "connection string Password=hunter2";

    private static readonly ConcurrentDictionary<string, TaskCompletionSource> Cancellations = new(StringComparer.Ordinal);

    /// <summary>Completes when the <c>slow</c> field asked with this key has been cancelled.</summary>
    public static TaskCompletionSource SlowCancelled(string key) =>
        Cancellations.GetOrAdd(key, _ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));

    public FailingSchema(IServiceProvider services)
        : base(services)
    {
        var query = new ObjectGraphType { Name = "Query" };
        query.Field<StringGraphType>("ok").Resolve(_ => "fine");
        query.Field<StringGraphType>("crash").Resolve(_ => throw new InvalidOperationException(Secret));
        // Never answers by itself: it ends only when execution is cancelled (time budget, client gone), and then
        // tells a test waiting on its key.
        query.Field<StringGraphType>("slow")
            .Argument<StringGraphType>("key")
            .ResolveAsync(async context =>
            {
                try
                {
                    await Task.Delay(Timeout.Infinite, context.CancellationToken).ConfigureAwait(false);
                    return null;
                }
                finally
                {
                    if (context.GetArgument<string?>("key") is { } key)
                    {
                        SlowCancelled(key).TrySetResult();
                    }
                }
            });
        query.Field<StringGraphType>("refuse").Resolve(_ => throw new ExecutionError("You may not see this plan.") { Code = "ACCESS_DENIED" });
        Query = query;
    }
}
