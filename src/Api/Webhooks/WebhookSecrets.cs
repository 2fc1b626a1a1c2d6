using System.Security.Cryptography;

namespace CarePlanGraph.Api.Webhooks;

/// <summary>New signing secrets in the Standard Webhooks form: <c>whsec_</c> and 32 random bytes in base64.</summary>
public static class WebhookSecrets
{
    public static string Create() => "whsec_" + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
}
