using System.Security.Claims;
using CarePlanGraph.Api.Persistence;
using CarePlanGraph.Domain.Common;
using CarePlanGraph.Domain.Organisations;
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

        // R35: a token is only as good as the record it names. A signed token for a person, staff member or
        // organisation the council does not know (or a role claim alone) opens nothing: the caller is unknown.
        var name = user.FindFirst("name")?.Value ?? subject;
        if (actingAs == ActorRole.Person)
        {
            var person = await db.People.AsNoTracking().FirstOrDefaultAsync(p => p.Reference == subject, cancellationToken).ConfigureAwait(false);
            return person is null ? null : new Caller(subject, person.FullName, actingAs, person.Id, null, null);
        }

        if (actingAs.IsCouncilRole())
        {
            var staff = await db.StaffMembers.AsNoTracking().FirstOrDefaultAsync(s => s.Username == subject, cancellationToken).ConfigureAwait(false);
            return staff is null || staff.Role != actingAs ? null : new Caller(subject, staff.FullName, actingAs, null, staff.Id, null);
        }

        if (actingAs == ActorRole.Helper)
        {
            // R33: a carer is known only while some person's consent for them is in force.
            var cares = await db.Carers.AsNoTracking()
                .Where(c => c.Username == subject && c.ConsentWithdrawnAt == null)
                .OrderBy(c => c.ConsentGivenAt)
                .Select(c => new { c.Id, c.PersonId, c.SeesReviews, c.FullName })
                .ToListAsync(cancellationToken).ConfigureAwait(false);
            return cares.Count == 0
                ? null
                : new Caller(subject, cares[0].FullName, actingAs, null, null, null) { CaresFor = [.. cares.Select(c => new CaredFor(c.Id, c.PersonId, c.SeesReviews))] };
        }

        if (actingAs is not (ActorRole.Provider or ActorRole.SupportPlanner or ActorRole.Advocate))
        {
            return null;
        }

        var handle = user.FindFirst(_options.OrganisationClaim)?.Value ?? subject;
        var organisation = await db.Organisations.AsNoTracking().FirstOrDefaultAsync(o => o.Handle == handle, cancellationToken).ConfigureAwait(false);
        return organisation is null || organisation.Kind != KindFor(actingAs) ? null : new Caller(subject, name, actingAs, null, null, organisation.Id);
    }

    private static OrganisationKind KindFor(ActorRole role) => role switch
    {
        ActorRole.Provider => OrganisationKind.ServiceProvider,
        ActorRole.SupportPlanner => OrganisationKind.SupportPlanner,
        _ => OrganisationKind.Advocacy,
    };
}
