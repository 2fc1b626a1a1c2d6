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
internal sealed class ClaimsCallerAccessor(IHttpContextAccessor http, IServiceProvider scope, IOptions<IdentityOptions> options) : ICallerAccessor
{
    private readonly IdentityOptions _options = options.Value;

    // The scope's unit of work, taken only when a signed-in caller is looked up: an anonymous request (a health check,
    // a portal's "{ __typename }") then builds no DbContext at all.
    private CarePlanDbContext Db => field ??= scope.GetRequiredService<CarePlanDbContext>();
    private ClaimsPrincipal? _principal;

    /// <summary>Why the last principal resolved to no caller, when there is more to say than "unknown" (an integration not approved).</summary>
    public string? RefusalReason { get; private set; }
    private Task<Caller?>? _caller;

    public Task<Caller?> GetCallerAsync(CancellationToken cancellationToken) =>
        _caller ??= ResolveAsync(_principal ?? http.HttpContext?.User, cancellationToken);

    /// <summary>Uses this principal instead of the request's, e.g. one authenticated from a WebSocket's connection_init.</summary>
    public void UsePrincipal(ClaimsPrincipal principal)
    {
        _principal = principal;
        _caller = null;
        RefusalReason = null;
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

        if (isApplication)
        {
            return await ResolveIntegrationAsync(user, subject, cancellationToken).ConfigureAwait(false);
        }

        var actingAs = user.FindAll("roles").Select(c => CarePlanClaims.ParseRole(c.Value)).FirstOrDefault(r => r is not null)
            ?? ActorRole.Person;

        // R35: a token is only as good as the record it names. A signed token for a person, staff member or
        // organisation the council does not know (or a role claim alone) opens nothing: the caller is unknown.
        var name = user.FindFirst("name")?.Value ?? subject;
        if (actingAs == ActorRole.Person)
        {
            var person = await Db.People.AsNoTracking().FirstOrDefaultAsync(p => p.Reference == subject, cancellationToken).ConfigureAwait(false);
            return person is null ? null : new Caller(subject, person.FullName, actingAs, person.Id, null, null);
        }

        if (actingAs.IsCouncilRole())
        {
            var staff = await Db.StaffMembers.AsNoTracking().FirstOrDefaultAsync(s => s.Username == subject, cancellationToken).ConfigureAwait(false);
            return staff is null || staff.Role != actingAs ? null : new Caller(subject, staff.FullName, actingAs, null, staff.Id, null);
        }

        if (actingAs == ActorRole.Helper)
        {
            // R33: a carer is known only while some person's consent for them is in force.
            var cares = await Db.Carers.AsNoTracking()
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
        var organisation = await Db.Organisations.AsNoTracking().FirstOrDefaultAsync(o => o.Handle == handle, cancellationToken).ConfigureAwait(false);
        return organisation is null || organisation.Kind != KindFor(actingAs) ? null : new Caller(subject, name, actingAs, null, null, organisation.Id);
    }

    /// <summary>
    /// Issue 15: an app-only token is an integration's. Its application (client) id must name an APPROVED integration
    /// (otherwise <see cref="RefusalReason"/> says why), which acts for its organisation in that organisation's role,
    /// or, for the council's own, as <see cref="ActorRole.CouncilApplication"/>, which sees no one's records.
    /// </summary>
    private async Task<Caller?> ResolveIntegrationAsync(ClaimsPrincipal user, string clientAppId, CancellationToken cancellationToken)
    {
        if (!Guid.TryParse(clientAppId, out var appId))
        {
            return null;
        }

        // One round trip for the integration and its organisation: this runs on every request an integration makes.
        var found = await Db.Integrations.AsNoTracking()
            .Where(i => i.ClientAppId == appId)
            .Select(i => new
            {
                Integration = i,
                Organisation = Db.Organisations.Where(o => o.Id == i.OrganisationId).Select(o => new { o.Kind, o.Handle }).FirstOrDefault(),
            })
            .FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        if (found is null)
        {
            RefusalReason = "The access token's application (client) id is not registered as an integration: register it with registerIntegration and wait for approval.";
            return null;
        }

        var integration = found.Integration;
        if (integration.RefusalReason is { } refused)
        {
            RefusalReason = refused;
            return null;
        }

        ActorRole role;
        Id<Organisation>? organisationId = null;
        var subject = clientAppId;
        if (integration.OrganisationId is { } organisation)
        {
            if (found.Organisation is null)
            {
                return null;
            }

            role = RoleFor(found.Organisation.Kind);
            organisationId = organisation;

            // The audit log and `me` know an organisation's applications by the organisation's handle, as before
            // integrations; the caller's name is the integration's, which tells them apart.
            subject = found.Organisation.Handle;
        }
        else
        {
            // The council's own applications (its website) see no one's records: people sign in to it as themselves.
            role = ActorRole.CouncilApplication;
        }

        return new Caller(subject, integration.Name, role, null, null, organisationId)
        {
            IntegrationId = integration.Id,
            IntegrationAccess = integration.Access,
        };
    }

    private static ActorRole RoleFor(OrganisationKind kind) => kind switch
    {
        OrganisationKind.ServiceProvider => ActorRole.Provider,
        OrganisationKind.SupportPlanner => ActorRole.SupportPlanner,
        _ => ActorRole.Advocate,
    };

    private static OrganisationKind KindFor(ActorRole role) => role switch
    {
        ActorRole.Provider => OrganisationKind.ServiceProvider,
        ActorRole.SupportPlanner => OrganisationKind.SupportPlanner,
        _ => OrganisationKind.Advocacy,
    };
}
