using CarePlanGraph.Api.Changes;
using CarePlanGraph.Api.Integrations.Mutations;
using CarePlanGraph.Api.Organisations;
using CarePlanGraph.Api.Persistence;
using CarePlanGraph.Domain.Common;
using CarePlanGraph.Domain.Integrations;
using Microsoft.EntityFrameworkCore;

namespace CarePlanGraph.Api.Integrations;

/// <summary>
/// Registers an integration: what the domain cannot see for itself — whether the organisation exists, whether the
/// application id is taken, whether this is Development (where http and local URLs are allowed) — then the domain's
/// own checks, every problem reported at once.
/// </summary>
internal sealed class IntegrationRegistrar(CarePlanDbContext db, IHostEnvironment environment)
{
    public async Task<Result<Integration>> RegisterAsync(ChangeContext change, RegisterIntegrationInput input, CancellationToken cancellationToken)
    {
        var errors = new List<DomainError>();
        var clientAppId = Guid.TryParse(input.ClientAppId, out var parsed) ? parsed : Guid.Empty;
        if (clientAppId != Guid.Empty && await db.Integrations.AnyAsync(i => i.ClientAppId == clientAppId, cancellationToken).ConfigureAwait(false))
        {
            errors.Add(new DuplicateIntegrationError(input.ClientAppId));
        }

        if (input.OrganisationId is { } organisation && !await db.Organisations.AnyAsync(o => o.Id == organisation, cancellationToken).ConfigureAwait(false))
        {
            errors.Add(new OrganisationNotFoundError(organisation));
        }

        var registration = new IntegrationRegistration(
            input.Name,
            clientAppId,
            input.OrganisationId,
            [.. input.Contacts.Select(c => new IntegrationContact(c.Name, c.Email))],
            input.Access,
            input.Origins ?? [],
            input.WebhookUrls ?? []);
        var result = Integration.Register(registration, change.Actor, change.Caller.OrganisationId, environment.IsDevelopment(), change.Now);
        if (errors.Count > 0 || !result.Succeeded)
        {
            return Result<Integration>.Fail([.. result.Errors, .. errors]);
        }

        change.Add(result.Value!);
        return result;
    }
}
