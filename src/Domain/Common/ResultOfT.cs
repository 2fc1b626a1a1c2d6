namespace CarePlanGraph.Domain.Common;

/// <summary>The outcome of a state change that produces a value when it succeeds.</summary>
public sealed class Result<T>
{
    private Result(T? value, IReadOnlyList<DomainError> errors)
    {
        Value = value;
        Errors = errors;
    }

    public T? Value { get; }

    public IReadOnlyList<DomainError> Errors { get; }

    public bool Succeeded => Errors.Count == 0;

    public static Result<T> Ok(T value) => new(value, []);

    public static Result<T> Fail(params DomainError[] errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        return errors.Length == 0
            ? throw new ArgumentException("A failed result needs at least one error.", nameof(errors))
            : new Result<T>(default, errors);
    }

    public static Result<T> Fail(IEnumerable<DomainError> errors) => Fail(errors.ToArray());

    /// <summary>The same refusal without the value, for commands that pass a failure on.</summary>
    public Result ToResult() => Succeeded ? Result.Success : Result.Fail(Errors);

    /// <summary>The value <paramref name="map"/> builds from this one when this succeeded; the same refusals otherwise.</summary>
    public Result<TOut> Map<TOut>(Func<T, TOut> map)
    {
        ArgumentNullException.ThrowIfNull(map);
        return Succeeded ? Result<TOut>.Ok(map(Value!)) : Result<TOut>.Fail(Errors);
    }
}
