using System.Globalization;
using System.Security.Claims;
using System.Text.Json;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;

namespace CarePlanGraph.Api.Graph.Transport.WebSockets;

/// <summary>
/// Checks the access token a client sends in <c>connection_init</c> (browsers cannot set headers on a WebSocket) with
/// the same authentication handler HTTP requests use. The payload may carry <c>{"Authorization": "Bearer …"}</c> or
/// <c>{"token": "…"}</c>. Without a token the connection has the handshake's user: the one its own Authorization
/// header signed in, or anonymous, which like an anonymous HTTP request may run only what anonymous callers may.
/// </summary>
internal sealed class ConnectionInitAuthenticator(IServiceScopeFactory scopes, IOptions<GraphQLWebSocketOptions> options)
{
    private const string BearerPrefix = "Bearer ";

    private readonly string? _scheme = options.Value.AuthenticationScheme;

    public async Task<ConnectionAuthentication> AuthenticateAsync(JsonElement payload, HttpContext handshake, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(handshake);
        if (!TryReadToken(payload, out var token, out var refusal))
        {
            return ConnectionAuthentication.Refused(refusal!);
        }

        if (token is null)
        {
            var user = handshake.User;
            if (user.Identity?.IsAuthenticated != true)
            {
                return ConnectionAuthentication.Accepted(user, null);
            }

            var handshakeResult = await handshake.AuthenticateAsync(_scheme).ConfigureAwait(false);
            return Accept(user, ExpiryOf(handshakeResult));
        }

        // A fresh scope and request: authentication results are cached per request, and the handshake's (anonymous)
        // result must not be reused for the token.
        cancellationToken.ThrowIfCancellationRequested();
        var scope = scopes.CreateAsyncScope();
        await using (scope.ConfigureAwait(false))
        {
            var context = new DefaultHttpContext { RequestServices = scope.ServiceProvider };
            context.Request.Scheme = handshake.Request.Scheme;
            context.Request.Host = handshake.Request.Host;
            context.Request.Headers.Authorization = BearerPrefix + token;
            var result = await context.AuthenticateAsync(_scheme).ConfigureAwait(false);
            if (!result.Succeeded || result.Principal is null)
            {
                return ConnectionAuthentication.Refused(Describe(result.Failure));
            }

            return Accept(result.Principal, ExpiryOf(result));
        }
    }

    private static ConnectionAuthentication Accept(ClaimsPrincipal user, DateTimeOffset? expiresAt) =>
        expiresAt is { } expires && expires <= TimeProvider.System.GetUtcNow()
            ? ConnectionAuthentication.Refused("token expired")
            : ConnectionAuthentication.Accepted(user, expiresAt);

    private static bool TryReadToken(JsonElement payload, out string? token, out string? refusal)
    {
        token = null;
        refusal = null;
        if (payload.ValueKind != JsonValueKind.Object)
        {
            return true;
        }

        foreach (var property in payload.EnumerateObject())
        {
            var isAuthorization = property.NameEquals("Authorization") || property.NameEquals("authorization");
            if (!isAuthorization && !property.NameEquals("token"))
            {
                continue;
            }

            if (property.Value.ValueKind != JsonValueKind.String)
            {
                refusal = $"'{property.Name}' must be a string";
                return false;
            }

            var value = property.Value.GetString()!.Trim();
            if (isAuthorization && value.StartsWith(BearerPrefix, StringComparison.OrdinalIgnoreCase))
            {
                value = value[BearerPrefix.Length..].Trim();
            }

            if (value.Length == 0)
            {
                refusal = $"'{property.Name}' is empty";
                return false;
            }

            token = value;
            return true;
        }

        return true;
    }

    /// <summary>When the token expires: from the handler's result, else from its <c>exp</c> claim.</summary>
    private static DateTimeOffset? ExpiryOf(AuthenticateResult result)
    {
        if (result.Properties?.ExpiresUtc is { } expires)
        {
            return expires;
        }

        var exp = result.Principal?.FindFirst("exp")?.Value;
        return long.TryParse(exp, NumberStyles.Integer, CultureInfo.InvariantCulture, out var seconds)
            ? DateTimeOffset.FromUnixTimeSeconds(seconds)
            : null;
    }

    private static string Describe(Exception? failure) => failure switch
    {
        null => "token not accepted",
        SecurityTokenExpiredException => "token expired",
        SecurityTokenInvalidAudienceException => "token is for another audience",
        SecurityTokenInvalidIssuerException => "token issuer not trusted",
        SecurityTokenSignatureKeyNotFoundException or SecurityTokenInvalidSignatureException => "token signature not valid",
        SecurityTokenNotYetValidException => "token not valid yet",
        UnauthorizedAccessException => "token has no scope or role for this API",
        _ when failure.Message.Contains("IDW10201", StringComparison.Ordinal) => "token has no scope or role for this API",
        IExplainedTokenRefusal explained => explained.Reason,
        _ => "token not accepted",
    };
}
