using CarePlanGraph.Domain.Common;
using CarePlanGraph.Domain.Organisations;
using CarePlanGraph.Domain.People;

namespace CarePlanGraph.Domain.Audit;

/// <summary>
/// One row of the append-only audit log (R30): who (subject, name, role, organisation) read or changed which
/// person's record, by which operation, when. Rows are only ever added.
/// </summary>
public sealed class AuditEntry
{
    public const int MaxOperationLength = 200;

    private AuditEntry()
    {
        Subject = string.Empty;
        Name = string.Empty;
        Operation = string.Empty;
    }

    public AuditEntry(Actor actor, Id<Organisation>? organisationId, AuditAction action, string operation, Id<Person>? personId, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentException.ThrowIfNullOrWhiteSpace(operation);
        Id = Id<AuditEntry>.New();
        Subject = actor.Subject;
        Name = actor.Name;
        Role = actor.Role;
        OrganisationId = organisationId;
        Action = action;
        Operation = operation.Length > MaxOperationLength ? operation[..MaxOperationLength] : operation;
        PersonId = personId;
        At = at;
    }

    public Id<AuditEntry> Id { get; private set; }

    public DateTimeOffset At { get; private set; }

    public string Subject { get; private set; }

    public string Name { get; private set; }

    public ActorRole Role { get; private set; }

    public Id<Organisation>? OrganisationId { get; private set; }

    public AuditAction Action { get; private set; }

    /// <summary>The GraphQL operation, e.g. "query people" or "mutation agreePlan".</summary>
    public string Operation { get; private set; }

    /// <summary>Whose record it was.</summary>
    public Id<Person>? PersonId { get; private set; }
}
