using CarePlanGraph.Api.Plans.Subscriptions;
using GraphQL.Types;

namespace CarePlanGraph.Api.Root;

/// <summary>
/// Everything a caller may be told about as it happens, over the WebSocket endpoint (<c>graphql-transport-ws</c>).
/// Features declare their own subscription fields.
/// </summary>
public sealed class SubscriptionType : ObjectGraphType
{
    public SubscriptionType()
    {
        Name = "Subscription";
        Description = "What you may be told about as it happens. Subscribe over WebSocket (`graphql-transport-ws`, same path as HTTP); "
            + "you only ever receive events about records you may see.";
        PlanStatusSubscriptions.AddTo(this);
    }
}
