using CarePlanGraph.Api.Audit;
using CarePlanGraph.Api.Identity;
using GraphQL.Execution;
using GraphQL.Validation;

namespace CarePlanGraph.Api.Integrations;

/// <summary>Counts every request an integration makes, by operation, and whether it was answered with errors.</summary>
internal sealed class IntegrationUsageListener(IntegrationUsageRecorder recorder) : DocumentExecutionListenerBase
{
    public override async Task AfterValidationAsync(IExecutionContext context, IValidationResult validationResult)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(validationResult);
        if (!validationResult.IsValid && await IntegrationAsync(context).ConfigureAwait(false) is { } integration)
        {
            recorder.Request(integration, AuditTrail.OperationName(context.Operation), failed: true);
        }
    }

    public override async Task AfterExecutionAsync(IExecutionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (await IntegrationAsync(context).ConfigureAwait(false) is { } integration)
        {
            recorder.Request(integration, AuditTrail.OperationName(context.Operation), failed: context.Errors.Count > 0);
        }
    }

    // An integration always signs in: an anonymous request is not looked up at all.
    private static async Task<Domain.Common.Id<Domain.Integrations.Integration>?> IntegrationAsync(IExecutionContext context) =>
        context.User?.Identity?.IsAuthenticated == true
            ? (await context.RequestServices!.GetRequiredService<ICallerAccessor>().GetCallerAsync(context.CancellationToken).ConfigureAwait(false))?.IntegrationId
            : null;
}
