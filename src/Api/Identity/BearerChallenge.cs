using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.IdentityModel.Tokens;

namespace CarePlanGraph.Api.Identity;

/// <summary>Writes a 401 whose WWW-Authenticate header and body say exactly why the token was refused.</summary>
internal static class BearerChallenge
{
    public static async Task WriteAsync(JwtBearerChallengeContext context)
    {
        context.HandleResponse();
        var reason = Describe(context.AuthenticateFailure);
        var response = context.Response;
        response.StatusCode = StatusCodes.Status401Unauthorized;
        response.Headers.WWWAuthenticate = context.AuthenticateFailure is null
            ? "Bearer realm=\"careplangraph\""
            : $"Bearer realm=\"careplangraph\", error=\"invalid_token\", error_description=\"{reason}\"";
        response.ContentType = "application/json; charset=utf-8";
        await response.WriteAsJsonAsync(new
        {
            errors = new[] { new { message = reason, extensions = new { code = "AUTH_INVALID_TOKEN" } } },
        }).ConfigureAwait(false);
    }

    private const string NoScopeOrRole = "The access token carries no scope or role for this API.";

    private static string Describe(Exception? failure) => failure switch
    {
        null => "Send an access token for this API.",
        SecurityTokenExpiredException => "The access token has expired; get a new one.",
        SecurityTokenInvalidAudienceException => "The access token is for another API (wrong audience).",
        SecurityTokenInvalidIssuerException => "The access token comes from an issuer this API does not trust.",
        SecurityTokenSignatureKeyNotFoundException or SecurityTokenInvalidSignatureException => "The access token's signature is not valid.",
        SecurityTokenNotYetValidException => "The access token is not valid yet.",
        UnknownCallerException unknown => unknown.Message,
        // Microsoft.Identity.Web refuses a token with neither scp nor roles (IDW10201).
        UnauthorizedAccessException => NoScopeOrRole,
        _ when failure.Message.Contains("IDW10201", StringComparison.Ordinal) => NoScopeOrRole,
        SecurityTokenMalformedException or ArgumentException => "The access token is malformed.",
        _ => "The access token was refused.",
    };
}
