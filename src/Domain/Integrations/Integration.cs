using CarePlanGraph.Domain.Common;
using CarePlanGraph.Domain.Organisations;

namespace CarePlanGraph.Domain.Integrations;

/// <summary>
/// A client application an outside organisation (a provider's portal, a planner's tool) or the council (its website)
/// registered to call the API with app-only tokens. It starts PENDING; an administrator approves it (optionally
/// narrowing its access), refuses it with reasons, and may later suspend and reinstate it. Only an APPROVED
/// integration's tokens are accepted, acting for its organisation with the access it was granted.
/// </summary>
public sealed class Integration
{
    public const int MaxNameLength = 200;
    public const int MaxContacts = 10;
    public const int MaxOrigins = 20;
    public const int MaxWebhookUrls = 10;
    public const int MaxUrlLength = 2000;
    public const int MaxReasonLength = 4000;

    private readonly List<IntegrationContact> _contacts = [];
    private readonly List<string> _origins = [];
    private readonly List<string> _webhookUrls = [];

    private Integration()
    {
        Name = string.Empty;
        RegisteredBySubject = string.Empty;
        RegisteredByName = string.Empty;
    }

    private Integration(IntegrationRegistration registration, Actor actor, DateTimeOffset now)
    {
        Id = Id<Integration>.New();
        Name = registration.Name.Trim();
        ClientAppId = registration.ClientAppId;
        OrganisationId = registration.OrganisationId;
        RequestedAccess = registration.RequestedAccess;
        Access = registration.RequestedAccess;
        _contacts.AddRange(registration.Contacts.Select(c => new IntegrationContact(c.Name.Trim(), c.Email.Trim())));
        _origins.AddRange(registration.Origins.Select(NormaliseOrigin).Distinct(StringComparer.Ordinal));
        _webhookUrls.AddRange(registration.WebhookUrls.Select(u => u.Trim()).Distinct(StringComparer.Ordinal));
        Status = IntegrationStatus.Pending;
        RegisteredAt = now;
        RegisteredBySubject = actor.Subject;
        RegisteredByName = actor.Name;
    }

    public Id<Integration> Id { get; private set; }

    public string Name { get; private set; }

    /// <summary>The Entra ID application (client) id its tokens carry; unique among integrations.</summary>
    public Guid ClientAppId { get; private set; }

    /// <summary>The organisation it acts for; null for the council's own integrations.</summary>
    public Id<Organisation>? OrganisationId { get; private set; }

    public IReadOnlyList<IntegrationContact> Contacts => _contacts;

    public IntegrationAccess RequestedAccess { get; private set; }

    /// <summary>The access granted: as requested until an approval narrows it.</summary>
    public IntegrationAccess Access { get; private set; }

    /// <summary>Browser origins (scheme, host and port) allowed to call the API for it (CORS), once approved.</summary>
    public IReadOnlyList<string> Origins => _origins;

    public IReadOnlyList<string> WebhookUrls => _webhookUrls;

    public IntegrationStatus Status { get; private set; }

    public DateTimeOffset RegisteredAt { get; private set; }

    public string RegisteredBySubject { get; private set; }

    public string RegisteredByName { get; private set; }

    /// <summary>When an administrator last approved, refused, suspended or reinstated it.</summary>
    public DateTimeOffset? DecidedAt { get; private set; }

    public string? DecidedByName { get; private set; }

    /// <summary>The reasons for a refusal or a suspension (cleared when approved or reinstated).</summary>
    public string? Reasons { get; private set; }

    /// <summary>Moves with every change (optimistic concurrency): two administrators deciding at once, one wins.</summary>
    public int EditRevision { get; private set; }

    /// <summary>
    /// Registers a client application, PENDING. The organisation's own staff register for it; an administrator may
    /// register for any organisation or for the council. <paramref name="allowInsecureUrls"/> (Development only)
    /// allows http and local addresses. Every problem is reported at once.
    /// </summary>
    public static Result<Integration> Register(IntegrationRegistration registration, Actor actor, Id<Organisation>? actorOrganisation, bool allowInsecureUrls, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(registration);
        ArgumentNullException.ThrowIfNull(actor);
        if (!IsManagedBy(registration.OrganisationId, actor, actorOrganisation))
        {
            return Result<Integration>.Fail(new ActorNotPermittedError(actor.Role, "register an integration for that organisation; its own staff, or an administrator, do"));
        }

        var errors = FreeText.Require(registration.Name, "name", MaxNameLength).ToList();
        if (registration.ClientAppId == Guid.Empty)
        {
            errors.Add(new InvalidClientAppIdError());
        }

        errors.AddRange(CheckContacts(registration.Contacts));
        errors.AddRange(IntegrationUrls.Check(registration.Origins, "origins", MaxOrigins, allowInsecureUrls, origin: true));
        errors.AddRange(IntegrationUrls.Check(registration.WebhookUrls, "webhookUrls", MaxWebhookUrls, allowInsecureUrls, origin: false));
        return errors.Count > 0 ? Result<Integration>.Fail(errors) : Result<Integration>.Ok(new Integration(registration, actor, now));
    }

    /// <summary>
    /// Whether <paramref name="actor"/> may register or manage (webhooks) an integration acting for
    /// <paramref name="organisation"/>: an administrator, or that organisation's own staff or applications.
    /// </summary>
    public static bool IsManagedBy(Id<Organisation>? organisation, Actor actor, Id<Organisation>? actorOrganisation)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return actor.Role == ActorRole.Administrator
            || (actor.Role is ActorRole.Provider or ActorRole.SupportPlanner or ActorRole.Advocate
                && organisation is { } own && own == actorOrganisation);
    }

    /// <summary>An administrator approves a PENDING integration, granting what it asked for or less.</summary>
    public Result Approve(IntegrationAccess? access, Actor actor, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var granted = access ?? RequestedAccess;
        var errors = new List<DomainError>();
        errors.AddRange(Check(actor, IntegrationStatus.Pending, "be approved"));
        if (granted == IntegrationAccess.ReadWrite && RequestedAccess == IntegrationAccess.ReadOnly)
        {
            errors.Add(new AccessWiderThanRequestedError(RequestedAccess, granted));
        }

        if (errors.Count > 0)
        {
            return Result.Fail(errors);
        }

        Access = granted;
        return Decide(IntegrationStatus.Approved, null, actor, now);
    }

    /// <summary>An administrator refuses a PENDING integration, saying why.</summary>
    public Result Refuse(string reasons, Actor actor, DateTimeOffset now) =>
        DecideWithReasons(IntegrationStatus.Pending, IntegrationStatus.Refused, "be refused", reasons, actor, now);

    /// <summary>An administrator suspends an APPROVED integration, saying why: its tokens are refused from now on.</summary>
    public Result Suspend(string reason, Actor actor, DateTimeOffset now) =>
        DecideWithReasons(IntegrationStatus.Approved, IntegrationStatus.Suspended, "be suspended", reason, actor, now);

    /// <summary>An administrator reinstates a SUSPENDED integration.</summary>
    public Result Reinstate(Actor actor, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var errors = Check(actor, IntegrationStatus.Suspended, "be reinstated").ToList();
        return errors.Count > 0 ? Result.Fail(errors) : Decide(IntegrationStatus.Approved, null, actor, now);
    }

    /// <summary>Why a token of this integration is refused, in words; null when it is APPROVED and accepted.</summary>
    public string? RefusalReason => Status switch
    {
        IntegrationStatus.Approved => null,
        IntegrationStatus.Pending => $"The integration \"{Name}\" is waiting for the council's approval.",
        IntegrationStatus.Refused => $"The integration \"{Name}\" was refused: {PlainEnglish.Clause(Reasons ?? "no reason recorded")}.",
        _ => $"The integration \"{Name}\" is suspended: {PlainEnglish.Clause(Reasons ?? "no reason recorded")}.",
    };

    private Result DecideWithReasons(IntegrationStatus from, IntegrationStatus to, string action, string reasons, Actor actor, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var errors = Check(actor, from, action).Concat(FreeText.Require(reasons, "reasons", MaxReasonLength)).ToList();
        return errors.Count > 0 ? Result.Fail(errors) : Decide(to, reasons.Trim(), actor, now);
    }

    private IEnumerable<DomainError> Check(Actor actor, IntegrationStatus from, string action)
    {
        if (actor.Role != ActorRole.Administrator)
        {
            yield return new ActorNotPermittedError(actor.Role, "decide on an integration; an administrator does");
        }

        if (Status != from)
        {
            yield return new InvalidIntegrationStateError(Status, action);
        }
    }

    private Result Decide(IntegrationStatus to, string? reasons, Actor actor, DateTimeOffset now)
    {
        Status = to;
        Reasons = reasons;
        DecidedAt = now;
        DecidedByName = actor.Name;
        EditRevision++;
        return Result.Success;
    }

    private static IEnumerable<DomainError> CheckContacts(IReadOnlyList<IntegrationContact> contacts)
    {
        if (contacts.Count is 0 or > MaxContacts)
        {
            yield return new InvalidIntegrationContactError("contacts", $"give between 1 and {MaxContacts} contacts ({contacts.Count} given)");
            yield break;
        }

        for (var i = 0; i < contacts.Count; i++)
        {
            foreach (var error in FreeText.Require(contacts[i].Name, $"contacts[{i}].name", MaxNameLength))
            {
                yield return error;
            }

            var email = contacts[i].Email?.Trim() ?? string.Empty;
            var at = email.IndexOf('@', StringComparison.Ordinal);
            if (email.Length > 254 || at <= 0 || at != email.LastIndexOf('@') || !email[(at + 1)..].Contains('.', StringComparison.Ordinal) || email.Any(char.IsWhiteSpace))
            {
                yield return new InvalidIntegrationContactError($"contacts[{i}].email", "give an email address such as someone@example.org");
            }
        }
    }

    private static string NormaliseOrigin(string origin)
    {
        var uri = new Uri(origin.Trim());
        return uri.IsDefaultPort ? $"{uri.Scheme}://{uri.Host}" : $"{uri.Scheme}://{uri.Host}:{uri.Port}";
    }

}
