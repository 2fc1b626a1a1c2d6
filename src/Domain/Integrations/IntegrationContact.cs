namespace CarePlanGraph.Domain.Integrations;

/// <summary>Someone the council can contact about an integration (approval, a suspension, a change to the API).</summary>
public sealed record IntegrationContact(string Name, string Email);
