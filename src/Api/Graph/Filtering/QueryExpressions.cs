using System.Linq.Expressions;
using System.Reflection;

namespace CarePlanGraph.Api.Graph.Filtering;

/// <summary>Small pieces for building EF Core expression trees by hand.</summary>
public static class QueryExpressions
{
    private static readonly MethodInfo StringToLower = typeof(string).GetMethod(nameof(string.ToLower), Type.EmptyTypes)!;
    private static readonly MethodInfo StringCompare = typeof(string).GetMethod(nameof(string.Compare), [typeof(string), typeof(string)])!;

    /// <summary>The body of <paramref name="lambda"/> with its parameter replaced by <paramref name="parameter"/>.</summary>
    public static Expression Body(LambdaExpression lambda, ParameterExpression parameter)
    {
        ArgumentNullException.ThrowIfNull(lambda);
        return new Replacer(lambda.Parameters[0], parameter).Visit(lambda.Body);
    }

    /// <summary>
    /// A value the database receives as a parameter (EF Core parameterises a captured member), never inlined as a
    /// literal: one cached plan for every value, and no SQL built from client text.
    /// </summary>
    public static Expression Value(object? value, Type type)
    {
        ArgumentNullException.ThrowIfNull(type);
        var box = Activator.CreateInstance(typeof(Box<>).MakeGenericType(type), value)!;
        return Expression.Property(Expression.Constant(box), "Value");
    }

    /// <summary>
    /// Lower-cases A–Z only, as SQLite's <c>lower()</c> and PostgreSQL's under the C collation do, so matching ignores
    /// case in the same way on both databases (docs/decisions/0014).
    /// </summary>
    public static string AsciiLower(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return string.Create(text.Length, text, (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                span[i] = source[i] is >= 'A' and <= 'Z' ? (char)(source[i] + 32) : source[i];
            }
        });
    }

    /// <summary><c>text.ToLower()</c>, which EF Core sends as <c>lower(text)</c> to both databases.</summary>
    public static Expression Lower(Expression text) => Expression.Call(text, StringToLower);

    /// <summary><paramref name="left"/> &gt; <paramref name="right"/> (or &lt; when <paramref name="less"/>), for strings through <c>string.Compare</c>, which EF Core translates to a plain comparison.</summary>
    public static Expression Beyond(Expression left, Expression right, bool less)
    {
        ArgumentNullException.ThrowIfNull(left);
        ArgumentNullException.ThrowIfNull(right);
        if (left.Type == typeof(string))
        {
            var compare = Expression.Call(StringCompare, left, right);
            return less ? Expression.LessThan(compare, Expression.Constant(0)) : Expression.GreaterThan(compare, Expression.Constant(0));
        }

        return less ? Expression.LessThan(left, right) : Expression.GreaterThan(left, right);
    }

    /// <summary>Whether <paramref name="type"/> can hold null.</summary>
    public static bool IsNullable(Type type)
    {
        ArgumentNullException.ThrowIfNull(type);
        return !type.IsValueType || Nullable.GetUnderlyingType(type) is not null;
    }

    private sealed class Replacer(ParameterExpression from, ParameterExpression to) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : base.VisitParameter(node);
    }

    private sealed class Box<TValue>(TValue value)
    {
        public TValue Value { get; } = value;
    }
}
