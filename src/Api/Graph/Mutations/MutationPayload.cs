namespace CarePlanGraph.Api.Graph.Mutations;

/// <summary>
/// What a mutation resolver hands to its payload type: the changed object on success, or every reason it was
/// refused. <see cref="Errors"/> is null on success, as in Hot Chocolate's mutation conventions.
/// </summary>
public sealed class MutationPayload<T>
    where T : class
{
    private MutationPayload(T? value, IReadOnlyList<object>? errors)
    {
        Value = value;
        Errors = errors;
    }

    public T? Value { get; }

    public IReadOnlyList<object>? Errors { get; }

    public static MutationPayload<T> Success(T value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return new(value, null);
    }

    /// <summary>A refusal: at least one error, each an instance of a type in the mutation's error union.</summary>
    public static MutationPayload<T> Failure(IEnumerable<object> errors)
    {
        var list = errors?.ToArray() ?? throw new ArgumentNullException(nameof(errors));
        return list.Length == 0
            ? throw new ArgumentException("A refusal needs at least one error.", nameof(errors))
            : new(null, list);
    }
}
