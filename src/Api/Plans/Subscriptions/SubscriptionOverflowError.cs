using GraphQL;

namespace CarePlanGraph.Api.Plans.Subscriptions;

/// <summary>
/// Ends a subscription that fell too far behind the changes published for it (its queue filled): the subscriber
/// missed changes, so it should re-read what it shows and subscribe again. Code SUBSCRIPTION_OVERFLOW.
/// </summary>
public sealed class SubscriptionOverflowError : ExecutionError
{
    public SubscriptionOverflowError()
        : base("This subscription fell too far behind the changes published for it and was ended; some changes were not delivered. Re-read the plans you show, then subscribe again.")
    {
        Code = "SUBSCRIPTION_OVERFLOW";
    }
}
