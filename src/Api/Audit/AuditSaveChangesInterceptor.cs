using CarePlanGraph.Api.Persistence;
using CarePlanGraph.Domain.Audit;
using CarePlanGraph.Domain.Common;
using CarePlanGraph.Domain.People;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace CarePlanGraph.Api.Audit;

/// <summary>
/// Writes a Change row for each person whose record a save touches, in the same transaction as the change, and
/// refuses to update or delete audit rows: the log is append-only (R30). One for the application; the change is
/// attributed to whoever the context's scope acts for: the HTTP request's caller, or a WebSocket operation's (not the
/// handshake's).
/// </summary>
internal sealed class AuditSaveChangesInterceptor : SaveChangesInterceptor
{
    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        if (eventData.Context is { } context)
        {
            await AddChangeRowsAsync(context, cancellationToken).ConfigureAwait(false);
        }

        return await base.SavingChangesAsync(eventData, result, cancellationToken).ConfigureAwait(false);
    }

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result) =>
        throw new InvalidOperationException("Save asynchronously, so the audit log can be written in the same transaction.");

    private static async Task AddChangeRowsAsync(DbContext context, CancellationToken cancellationToken)
    {
        // As SaveChanges itself does: a unit of work that turned automatic detection off has said its tracked entities
        // are as they were added (the audit writer's batches, thousands of new rows, nothing else).
        if (context.ChangeTracker.AutoDetectChangesEnabled)
        {
            context.ChangeTracker.DetectChanges();
        }

        var entries = context.ChangeTracker.Entries().ToList();
        if (entries.Any(e => e.Entity is AuditEntry && e.State is EntityState.Modified or EntityState.Deleted))
        {
            throw new InvalidOperationException("The audit log is append-only: audit rows are never changed or deleted.");
        }

        var changed = entries.Where(e => e.Entity is not AuditEntry && e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted).ToList();
        if (changed.Count == 0)
        {
            return;
        }

        // Every person whose record is tracked in this save: a command loads the plan it changes, so a change to a
        // part of a plan (a version) is attributed through the plan.
        var people = entries.Select(e => PersonalRecords.Owner(e.Entity).Person).OfType<Id<Person>>();

        // Looked up at save time, in the context's own scope: the trail needs the caller, whose lookup needs this DbContext.
        var scope = (context as CarePlanDbContext)?.Scope
            ?? throw new InvalidOperationException("A change to personal records must be saved through a CarePlanDbContext from a DI scope, so its audit rows name who made it.");
        var trail = scope.GetRequiredService<AuditTrail>();
        var rows = await trail.EntriesAsync(AuditAction.Change, people, cancellationToken).ConfigureAwait(false);
        context.AddRange(rows);
    }
}
