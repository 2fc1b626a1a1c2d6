using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.IdentityModel.Tokens;

namespace CarePlanGraph.Api.Identity;

/// <summary>
/// R35: after the token's signature, issuer, audience and scope or role are checked, it must also name a person, staff
/// member or organisation the council knows, in the role it claims; otherwise it is refused (401 over HTTP, 4403 on a
/// WebSocket), so a validly signed token for someone who does not exist opens nothing.
/// </summary>
internal static class KnownCallerCheck
{
    public const string Refusal = "The access token names no person, staff member or organisation this council knows in that role.";

    public static async Task OnTokenValidatedAsync(TokenValidatedContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Principal is not { } principal)
        {
            return;
        }

        // The request's own accessor: the caller it resolves here is the one the request then acts as.
        var callers = context.HttpContext.RequestServices.GetRequiredService<ClaimsCallerAccessor>();
        callers.UsePrincipal(principal);
        if (await callers.GetCallerAsync(context.HttpContext.RequestAborted).ConfigureAwait(false) is null)
        {
            context.Fail(new UnknownCallerException(callers.RefusalReason ?? Refusal));
        }
    }
}

/// <summary>The token was valid but names no one the council knows.</summary>
public sealed class UnknownCallerException : SecurityTokenValidationException, Graph.Transport.IExplainedTokenRefusal
{
    public string Reason => Message;

    public UnknownCallerException()
        : this(KnownCallerCheck.Refusal)
    {
    }

    public UnknownCallerException(string message)
        : base(message)
    {
    }

    public UnknownCallerException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
