using GraphQL;
using GraphQL.DI;
using Microsoft.AspNetCore.Http;

namespace CarePlanGraph.Api.Graph.Execution;

/// <summary>Keeps unexpected exceptions out of responses while keeping them in the logs.</summary>
public static class ErrorMaskingExtensions
{
    /// <summary>
    /// Every exception a resolver did not turn into a GraphQL error on purpose is logged in full
    /// and answered with "Unexpected error." plus <c>extensions.code = INTERNAL_SERVER_ERROR</c>
    /// and <c>extensions.traceId</c>, the id to quote when reporting it. Errors thrown as
    /// <see cref="ExecutionError"/> are meant for the client and pass through unchanged.
    /// </summary>
    public static IGraphQLBuilder AddErrorMasking(this IGraphQLBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);

        builder.Services.TryRegister<IHttpContextAccessor, HttpContextAccessor>(GraphQL.DI.ServiceLifetime.Singleton);
        builder.AddErrorInfoProvider<MaskingErrorInfoProvider>();
        builder.AddUnhandledExceptionHandler(UnexpectedErrorHandler.Handle);
        return builder;
    }
}
