namespace CarePlanGraph.Api.Graph.Mutations;

/// <summary>
/// Implemented by a mutation root whose mutations name their errors by the CLR type of the error values, so that
/// <see cref="MutationFieldBuilder{T}.Errors"/> can find their object graph types without knowing how the application
/// models errors.
/// </summary>
public interface IErrorGraphTypeMapping
{
    /// <summary>The object graph type (implementing <c>Error</c>) that exposes values of <paramref name="errorType"/>.</summary>
    Type GraphTypeOf(Type errorType);
}
