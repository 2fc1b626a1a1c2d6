using CarePlanGraph.Domain.Common;

namespace CarePlanGraph.Domain.Tests.TestData;

/// <summary>Assertions that show every refusal's message when they fail.</summary>
internal static class ResultAssertions
{
    public static void ShouldSucceed(this Result result) =>
        Assert.True(result.Succeeded, Describe(result.Errors));

    public static T ShouldSucceed<T>(this Result<T> result)
    {
        Assert.True(result.Succeeded, Describe(result.Errors));
        return result.Value!;
    }

    public static TError ShouldFailWith<TError>(this Result result)
        where TError : DomainError
    {
        Assert.False(result.Succeeded, "Expected a refusal, but it succeeded.");
        return Assert.Single(result.Errors.OfType<TError>());
    }

    public static string Describe(IEnumerable<DomainError> errors) =>
        string.Join(Environment.NewLine, errors.Select(e => $"{e.Code}: {e.Message}"));
}
