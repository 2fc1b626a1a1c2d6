using CarePlanGraph.Domain.Common;

namespace CarePlanGraph.Api.Errors;

/// <summary>
/// Which object graph type exposes each error record: the hand-written one where an error loads what it refers to,
/// otherwise <see cref="DomainErrorType{TError}"/>. Features name their errors by record and never by graph type.
/// </summary>
public static class ErrorGraphTypes
{
    // Found rather than listed, so adding a hand-written type is all it takes to use it.
    private static readonly Lazy<IReadOnlyDictionary<Type, Type>> HandWritten = new(FindHandWritten);

    public static Type Of(Type errorType)
    {
        ArgumentNullException.ThrowIfNull(errorType);
        if (!typeof(DomainError).IsAssignableFrom(errorType) || errorType.IsAbstract)
        {
            throw new ArgumentException($"{errorType.Name} is not a concrete DomainError, so it has no error type.", nameof(errorType));
        }

        return HandWritten.Value.TryGetValue(errorType, out var graphType) ? graphType : typeof(DomainErrorType<>).MakeGenericType(errorType);
    }

    private static Dictionary<Type, Type> FindHandWritten() =>
        typeof(ErrorGraphTypes).Assembly.GetTypes()
            .Where(type => !type.IsAbstract && !type.IsGenericTypeDefinition
                && type.BaseType is { IsGenericType: true } baseType && baseType.GetGenericTypeDefinition() == typeof(DomainErrorGraphType<>))
            .ToDictionary(type => type.BaseType!.GetGenericArguments()[0]);
}
