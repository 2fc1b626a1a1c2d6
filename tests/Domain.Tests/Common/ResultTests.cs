using CarePlanGraph.Domain.Common;

namespace CarePlanGraph.Domain.Tests.Common;

public class ResultTests
{
    [Fact]
    public void A_failure_carries_every_error_and_a_success_none()
    {
        var failure = Result.Fail(new RequiredTextMissingError("a"), new RequiredTextMissingError("b"));

        Assert.False(failure.Succeeded);
        Assert.Equal(2, failure.Errors.Count);
        Assert.True(Result.Success.Succeeded);
        Assert.Empty(Result.Success.Errors);
        Assert.True(Result.From([]).Succeeded);
    }

    [Fact]
    public void A_failure_without_errors_is_a_programmer_error()
    {
        Assert.Throws<ArgumentException>(() => Result.Fail());
        Assert.Throws<ArgumentException>(() => Result<int>.Fail());
    }

    [Fact]
    public void A_valued_result_passes_its_refusal_on()
    {
        var failed = Result<int>.Fail([new RequiredTextMissingError("x")]);

        Assert.IsType<RequiredTextMissingError>(Assert.Single(failed.ToResult().Errors));
        Assert.True(Result<int>.Ok(3).ToResult().Succeeded);
    }

    [Fact]
    public void Every_error_has_a_stable_code_and_a_message()
    {
        DomainError error = new EditConflictError(3, 5);

        Assert.Equal("EDIT_CONFLICT", error.Code);
        Assert.Contains("revision 3", error.Message, StringComparison.Ordinal);
    }
}
