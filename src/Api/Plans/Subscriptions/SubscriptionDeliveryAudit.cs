using CarePlanGraph.Api.Audit;
using CarePlanGraph.Api.Graph.Transport.WebSockets;
using CarePlanGraph.Api.Identity;
using CarePlanGraph.Api.Persistence;
using CarePlanGraph.Domain.Audit;
using CarePlanGraph.Domain.Common;
using CarePlanGraph.Domain.People;
using GraphQL.Execution;

namespace CarePlanGraph.Api.Plans.Subscriptions;

/// <summary>
/// R30 for changes executed once per audience: every subscriber sent the result has read the records its fields
/// showed, so each gets its own audit rows, naming that subscriber as the one who read. The shared execution's reads
/// are gathered once (the <see cref="AuditListener"/> does not run there: it would name only the subscriber the
/// execution acted as); each delivery's rows go to the one <see cref="AuditWriter"/> (group commit: thousands of
/// deliveries share a few transactions), and the delivery is sent once they are committed.
/// </summary>
internal sealed class SubscriptionDeliveryAudit(AuditWriter writer, TimeProvider time) : ISharedEventListener
{
    public bool ReplacesListener(IDocumentExecutionListener listener) => listener is AuditListener;

    public async Task<object?> AfterSharedExecutionAsync(IExecutionContext execution)
    {
        ArgumentNullException.ThrowIfNull(execution);
        var services = execution.RequestServices ?? throw new InvalidOperationException("A shared execution runs in a scope.");
        var trail = services.GetRequiredService<AuditTrail>();
        if (!trail.HasReads)
        {
            return null;
        }

        // Subscriptions change nothing, so the execution's own unit of work may be read from.
        var people = await trail.PeopleReadAsync(services.GetRequiredService<CarePlanDbContext>()).ConfigureAwait(false);
        return new Reads(AuditTrail.OperationName(execution.Operation), people);
    }

    public async Task DeliveringAsync(object? state, IExecutionContext subscriber, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(subscriber);
        if (state is not Reads reads)
        {
            return;
        }

        // The subscription's own scope: its caller was resolved when it subscribed.
        var callers = subscriber.RequestServices?.GetRequiredService<ICallerAccessor>();
        if (callers is null || await callers.GetCallerAsync(cancellationToken).ConfigureAwait(false) is not { } caller)
        {
            return;
        }

        var now = time.GetUtcNow();
        var actor = caller.ToActor();
        var entries = reads.People.Select(person => new AuditEntry(actor, caller.OrganisationId, AuditAction.Read, reads.Operation, person, now)).ToList();
        await writer.WriteAsync(entries, cancellationToken).ConfigureAwait(false);
    }

    private sealed record Reads(string Operation, IReadOnlyList<Id<Person>> People);
}
