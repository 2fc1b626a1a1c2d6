using System.ComponentModel;
using CarePlanGraph.Domain.Common;

namespace CarePlanGraph.Domain.Integrations;

/// <summary>A registration carries too many documents, or would take the integration over its total.</summary>
[Description("Too many trusted documents: one registration may carry at most `perRegistration`, and an integration may hold at most `perIntegration` in all. Register fewer, or ask the council.")]
public sealed record TooManyTrustedDocumentsError(
    [property: Description("The most one integration may hold.")] int PerIntegration,
    [property: Description("The most one registration may carry.")] int PerRegistration)
    : DomainError("TOO_MANY_TRUSTED_DOCUMENTS", $"Too many trusted documents: at most {PerRegistration} a registration and {PerIntegration} an integration.");
