using CarePlanGraph.Api.Persistence;
using CarePlanGraph.Domain.Common;
using CarePlanGraph.Domain.People;
using CarePlanGraph.Domain.Plans;
using GraphQL;

namespace CarePlanGraph.Api.Identity;

/// <summary>
/// The one place that decides which records the caller may see. Every list and every node lookup
/// starts from these queries, so a record the caller may not see is simply not there.
/// </summary>
public sealed class AccessScope(ICallerAccessor callers, CarePlanDbContext db)
{
    /// <summary>The caller, or a GraphQL error (code AUTH_NOT_AUTHENTICATED) for anonymous requests.</summary>
    public async Task<Caller> RequireCallerAsync(CancellationToken cancellationToken) =>
        await callers.GetCallerAsync(cancellationToken).ConfigureAwait(false)
        ?? throw new ExecutionError("Sign in to read care records: send an access token in the Authorization header.") { Code = "AUTH_NOT_AUTHENTICATED" };

    public async Task<IQueryable<Person>> PeopleAsync(CancellationToken cancellationToken)
    {
        var caller = await RequireCallerAsync(cancellationToken).ConfigureAwait(false);
        return caller.Role.IsCouncilRole()
            ? db.People
            : db.People.Where(p => caller.PersonId != null && p.Id == caller.PersonId);
    }

    public async Task<IQueryable<CarePlan>> PlansAsync(CancellationToken cancellationToken)
    {
        var people = await PeopleAsync(cancellationToken).ConfigureAwait(false);
        return db.CarePlans.Where(plan => people.Any(person => person.Id == plan.PersonId));
    }
}
