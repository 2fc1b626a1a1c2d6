namespace CarePlanGraph.Domain.Webhooks;

/// <summary>Whether deliveries are made to a webhook endpoint.</summary>
public enum WebhookEndpointStatus
{
    /// <summary>Deliveries are made.</summary>
    Active,

    /// <summary>Paused after too many failed deliveries in a row (see the endpoint's reason); resumed by its owner.</summary>
    Paused,

    /// <summary>Removed by its owner: no deliveries; kept so its delivery history can still be read.</summary>
    Removed,
}
