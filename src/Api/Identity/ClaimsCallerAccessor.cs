using System.Security.Claims;
using CarePlanGraph.Api.Persistence;
using CarePlanGraph.Domain.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CarePlanGraph.Api.Identity;

/// <summary>
/// Turns the authenticated principal into a <see cref="Caller"/>: the role from the token's app roles (or the
/// person, for a user token with the API's scope and no role) and the record the subject is. Resolved once per
/// request or connection.
/// </summary>
internal sealed class ClaimsCallerAccessor(IHttpContextAccessor http, CarePlanDbContext db, IOptions<IdentityOptions> options) : ICallerAccessor
{
    private readonly IdentityOptions _options = options.Value;
    private ClaimsPrincipal? _principal;
    private Task<Caller?>? _caller;

    public Task<Caller?> GetCallerAsync(CancellationToken cancellationToken) =>
        _caller ??= ResolveAsync(_principal ?? http.HttpContext?.User, cancellationToken);

    /// <summary>Uses this principal instead of the request's, e.g. one authenticated from a WebSocket's connection_init.</summary>
    public void UsePrincipal(ClaimsPrincipal principal)
    {
        _principal = principal;
        _caller = null;
    }

    private async Task<Caller?> ResolveAsync(ClaimsPrincipal? user, CancellationToken cancellationToken)
    {
        if (user?.Identity?.IsAuthenticated != true)
        {
            return null;
        }

        var isApplication = user.FindFirst("idtyp")?.Value == "app" || !user.HasClaim(c => c.Type == "scp");
        var subject = user.FindFirst(isApplication ? _options.ApplicationClaim : _options.SubjectClaim)?.Value;
        if (string.IsNullOrEmpty(subject))
        {
            return null;
        }

        var role = user.FindAll("roles").Select(c => CarePlanClaims.ParseRole(c.Value)).FirstOrDefault(r => r is not null)
            ?? (isApplication ? null : ActorRole.Person);
        if (role is not { } actingAs)
        {
            return null;
        }

        var name = user.FindFirst("name")?.Value ?? subject;
        if (actingAs == ActorRole.Person)
        {
            var person = await db.People.AsNoTracking().FirstOrDefaultAsync(p => p.Reference == subject, cancellationToken).ConfigureAwait(false);
            return new Caller(subject, person?.FullName ?? name, actingAs, person?.Id, null, null);
        }

        if (actingAs.IsCouncilRole())
        {
            var staff = await db.StaffMembers.AsNoTracking().FirstOrDefaultAsync(s => s.Username == subject, cancellationToken).ConfigureAwait(false);
            return new Caller(subject, staff?.FullName ?? name, actingAs, null, staff?.Id, null);
        }

        var handle = user.FindFirst(_options.OrganisationClaim)?.Value ?? subject;
        var organisation = await db.Organisations.AsNoTracking().FirstOrDefaultAsync(o => o.Handle == handle, cancellationToken).ConfigureAwait(false);
        return new Caller(subject, name, actingAs, null, null, organisation?.Id);
    }
}
