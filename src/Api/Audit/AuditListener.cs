using CarePlanGraph.Api.Persistence;
using CarePlanGraph.Domain.Audit;
using GraphQL.Execution;

namespace CarePlanGraph.Api.Audit;

/// <summary>
/// Names the operation for the audit log before it runs, and writes the reads it made afterwards (R30): the rows are
/// committed, by the group-commit <see cref="AuditWriter"/>, before the response is sent; if they cannot be, the
/// request fails instead of answering.
/// </summary>
internal sealed class AuditListener(AuditTrail trail, AuditWriter writer, IServiceProvider services) : IDocumentExecutionListener
{
    public Task AfterValidationAsync(IExecutionContext context, GraphQL.Validation.IValidationResult validationResult) => Task.CompletedTask;

    public Task BeforeExecutionAsync(IExecutionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        trail.Operation = AuditTrail.OperationName(context.Operation);
        return Task.CompletedTask;
    }

    public async Task AfterExecutionAsync(IExecutionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!trail.HasReads)
        {
            return;
        }

        try
        {
            // Whose plans were read: a read-only query on the request's own unit of work (which saves nothing here, even
            // when it holds a refused mutation's changes). The rows themselves are written by the writer, not by this scope.
            var people = await trail.PeopleReadAsync(services.GetRequiredService<CarePlanDbContext>()).ConfigureAwait(false);
            var entries = await trail.EntriesAsync(AuditAction.Read, people, CancellationToken.None).ConfigureAwait(false);

            // Not the request's token: a read that ran is recorded even if its caller has gone.
            await writer.WriteAsync(entries, CancellationToken.None).ConfigureAwait(false);
        }
        catch
        {
            // The engine turns this into an error; the flag also keeps the data read out of the answer.
            trail.RecordWriteFailed();
            throw;
        }
    }
}
