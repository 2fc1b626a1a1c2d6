using CarePlanGraph.Api.Persistence;
using CarePlanGraph.Domain.Audit;
using GraphQL.Execution;

namespace CarePlanGraph.Api.Audit;

/// <summary>
/// Names the operation for the audit log before it runs, and writes the reads it made afterwards (R30): the rows are
/// committed, by the group-commit <see cref="AuditWriter"/>, before the response is sent; if they cannot be, the
/// request fails instead of answering.
/// </summary>
/// <remarks>
/// One instance for the process: the request's trail and unit of work are taken from the request's services, so a
/// request does not pay for making a listener (most requests read no one).
/// </remarks>
internal sealed class AuditListener(AuditWriter writer) : IDocumentExecutionListener
{
    public Task AfterValidationAsync(IExecutionContext context, GraphQL.Validation.IValidationResult validationResult) => Task.CompletedTask;

    public Task BeforeExecutionAsync(IExecutionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        TrailOf(context).Operation = AuditTrail.OperationName(context.Operation);
        return Task.CompletedTask;
    }

    public async Task AfterExecutionAsync(IExecutionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var trail = TrailOf(context);
        if (!trail.HasReads)
        {
            return;
        }

        try
        {
            // Whose plans were read: a read-only query on the request's own unit of work (which saves nothing here, even
            // when it holds a refused mutation's changes). The rows themselves are written by the writer, not by this scope.
            var people = await trail.PeopleReadAsync(context.RequestServices!.GetRequiredService<CarePlanDbContext>()).ConfigureAwait(false);
            var entries = await trail.EntriesAsync(AuditAction.Read, people, CancellationToken.None).ConfigureAwait(false);

            // Not the request's token: a read that ran is recorded even if its caller has gone.
            await writer.WriteAsync(entries, CancellationToken.None).ConfigureAwait(false);
        }
        catch
        {
            // The engine turns this into an error; the mark also keeps the data read out of the answer.
            UnauditedReadsWithheld.MarkUnaudited(context.UserContext);
            throw;
        }
    }

    private static AuditTrail TrailOf(IExecutionContext context) => context.RequestServices!.GetRequiredService<AuditTrail>();
}
