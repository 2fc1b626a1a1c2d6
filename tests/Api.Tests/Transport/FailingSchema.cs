using GraphQL;
using GraphQL.Types;

namespace CarePlanGraph.Api.Tests.Transport;

/// <summary>A schema whose fields fail in the two ways a resolver can: unexpectedly, and on purpose.</summary>
internal sealed class FailingSchema : Schema
{
    /// <summary>Text that must never reach a response: it stands for a secret inside an exception message.</summary>
    public const string Secret = "connection string Password=hunter2";

    public FailingSchema(IServiceProvider services)
        : base(services)
    {
        var query = new ObjectGraphType { Name = "Query" };
        query.Field<StringGraphType>("ok").Resolve(_ => "fine");
        query.Field<StringGraphType>("crash").Resolve(_ => throw new InvalidOperationException(Secret));
        // Never answers by itself: it ends only when execution is cancelled (time budget, client gone).
        query.Field<StringGraphType>("slow").ResolveAsync(async context =>
        {
            await Task.Delay(Timeout.Infinite, context.CancellationToken).ConfigureAwait(false);
            return null;
        });
        query.Field<StringGraphType>("refuse").Resolve(_ => throw new ExecutionError("You may not see this plan.") { Code = "ACCESS_DENIED" });
        Query = query;
    }
}
