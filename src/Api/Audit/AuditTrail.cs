using CarePlanGraph.Api.Identity;
using CarePlanGraph.Api.Persistence;
using CarePlanGraph.Domain.Audit;
using CarePlanGraph.Domain.Common;
using CarePlanGraph.Domain.People;
using CarePlanGraph.Domain.Plans;
using GraphQLParser.AST;
using Microsoft.EntityFrameworkCore;

namespace CarePlanGraph.Api.Audit;

/// <summary>
/// Collects, for one request, whose records were read (R30). Reads are written after the operation runs;
/// changes are written in the same transaction as the change itself (see <see cref="AuditSaveChangesInterceptor"/>).
/// </summary>
public sealed class AuditTrail(ICallerAccessor callers, TimeProvider time)
{
    // Resolvers run in parallel, so the sets are guarded; a lock, not concurrent collections, because most requests
    // read no one and a concurrent dictionary costs more to make (and to ask whether it is empty) than the request.
    private readonly Lock _gate = new();
    private HashSet<Id<Person>>? _people;
    private HashSet<Id<CarePlan>>? _plans;
    private HashSet<Id<CarePlan>>? _plansWithKnownPerson;

    /// <summary>The operation being run, e.g. "query people"; set before execution.</summary>
    public string Operation { get; set; } = "request";

    public bool HasReads
    {
        get
        {
            lock (_gate)
            {
                return _people is { Count: > 0 } || _plans is { Count: > 0 };
            }
        }
    }

    public void RecordPersonRead(Id<Person> person)
    {
        lock (_gate)
        {
            (_people ??= []).Add(person);
        }
    }

    /// <summary>A read of a record that names both its plan and the plan's person: the person's, with the plan's owner remembered.</summary>
    public void RecordPlanRead(Id<CarePlan> plan, Id<Person> person)
    {
        lock (_gate)
        {
            (_people ??= []).Add(person);
            (_plansWithKnownPerson ??= []).Add(plan);
        }
    }

    public void RecordPlanRead(Id<CarePlan> plan)
    {
        lock (_gate)
        {
            (_plans ??= []).Add(plan);
        }
    }

    public IReadOnlyCollection<Id<Person>> PeopleRead
    {
        get
        {
            lock (_gate)
            {
                return _people is null ? [] : [.. _people];
            }
        }
    }

    /// <summary>
    /// Everyone whose record was read: the people read directly and the owners of the plans read (one read-only query
    /// on <paramref name="db"/>, which saves nothing).
    /// </summary>
    public async Task<IReadOnlyList<Id<Person>>> PeopleReadAsync(CarePlanDbContext db)
    {
        ArgumentNullException.ThrowIfNull(db);
        List<Id<CarePlan>> planIds;
        lock (_gate)
        {
            // A plan whose person is known already (its record was read too) needs no lookup: that person is in PeopleRead.
            planIds = _plans is null ? [] : [.. _plans.Where(plan => _plansWithKnownPerson?.Contains(plan) != true)];
        }

        var planPeople = planIds.Count == 0
            ? []
            : await db.CarePlans.AsNoTracking()
                .Where(p => planIds.Contains(p.Id)).Select(p => p.PersonId)
                .ToListAsync(CancellationToken.None).ConfigureAwait(false);
        return [.. PeopleRead.Concat(planPeople).Distinct()];
    }

    /// <summary>How the audit log words an operation, e.g. "query people" or "subscription planStatusChanged".</summary>
    public static string OperationName(GraphQLOperationDefinition operation)
    {
        ArgumentNullException.ThrowIfNull(operation);
        var name = operation.Name?.StringValue
            ?? string.Join(",", operation.SelectionSet.Selections.OfType<GraphQLField>().Select(f => f.Name.StringValue));
        return $"{operation.Operation.ToString().ToLowerInvariant()} {name}";
    }

    /// <summary>Rows for the given people, or none when nobody is signed in (start-up work, demo data).</summary>
    public async Task<IReadOnlyList<AuditEntry>> EntriesAsync(AuditAction action, IEnumerable<Id<Person>> people, CancellationToken cancellationToken)
    {
        var caller = await callers.GetCallerAsync(cancellationToken).ConfigureAwait(false);
        if (caller is null)
        {
            return [];
        }

        var now = time.GetUtcNow();
        return people.Distinct().Select(person => new AuditEntry(caller.ToActor(), caller.OrganisationId, action, Operation, person, now)).ToList();
    }
}
