using CarePlanGraph.Api.Persistence;
using CarePlanGraph.Domain.Audit;
using GraphQL.Execution;
using Microsoft.EntityFrameworkCore;

namespace CarePlanGraph.Api.Audit;

/// <summary>Names the operation for the audit log before it runs, and writes the reads it made afterwards (R30).</summary>
internal sealed class AuditListener(AuditTrail trail, IServiceScopeFactory scopes) : IDocumentExecutionListener
{
    public Task AfterValidationAsync(IExecutionContext context, GraphQL.Validation.IValidationResult validationResult) => Task.CompletedTask;

    public Task BeforeExecutionAsync(IExecutionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var operation = context.Operation;
        var name = operation.Name?.StringValue
            ?? string.Join(",", operation.SelectionSet.Selections.OfType<GraphQLParser.AST.GraphQLField>().Select(f => f.Name.StringValue));
        trail.Operation = $"{operation.Operation.ToString().ToLowerInvariant()} {name}";
        return Task.CompletedTask;
    }

    public async Task AfterExecutionAsync(IExecutionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!trail.HasReads)
        {
            return;
        }

        // A fresh unit of work: the request's own DbContext may hold a refused mutation's unsaved changes.
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CarePlanDbContext>();
        var planIds = trail.PlansRead.ToList();
        var planPeople = planIds.Count == 0
            ? []
            : await db.CarePlans.Where(p => planIds.Contains(p.Id)).Select(p => p.PersonId).ToListAsync(CancellationToken.None).ConfigureAwait(false);
        var entries = await trail.EntriesAsync(AuditAction.Read, trail.PeopleRead.Concat(planPeople), CancellationToken.None).ConfigureAwait(false);
        if (entries.Count > 0)
        {
            db.AuditEntries.AddRange(entries);
            await db.SaveChangesAsync(CancellationToken.None).ConfigureAwait(false);
        }
    }
}
