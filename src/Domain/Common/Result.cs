namespace CarePlanGraph.Domain.Common;

/// <summary>
/// The outcome of a state change: success, or every reason it was refused. Refusals are data,
/// not exceptions; exceptions are kept for programmer errors.
/// </summary>
public sealed class Result
{
    private Result(IReadOnlyList<DomainError> errors) => Errors = errors;

    public static Result Success { get; } = new([]);

    public IReadOnlyList<DomainError> Errors { get; }

    public bool Succeeded => Errors.Count == 0;

    public static Result Fail(params DomainError[] errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        return errors.Length == 0
            ? throw new ArgumentException("A failed result needs at least one error.", nameof(errors))
            : new Result(errors);
    }

    public static Result Fail(IEnumerable<DomainError> errors) => Fail(errors.ToArray());

    public static Result From(IEnumerable<DomainError> errors)
    {
        var list = errors.ToArray();
        return list.Length == 0 ? Success : new Result(list);
    }

    /// <summary>The value <paramref name="map"/> builds when this succeeded; the same refusals otherwise.</summary>
    public Result<TOut> Map<TOut>(Func<TOut> map)
    {
        ArgumentNullException.ThrowIfNull(map);
        return Succeeded ? Result<TOut>.Ok(map()) : Result<TOut>.Fail(Errors);
    }
}
