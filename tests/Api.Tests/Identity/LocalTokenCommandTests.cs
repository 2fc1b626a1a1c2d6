using CarePlanGraph.Api.Identity.LocalIssuer;

namespace CarePlanGraph.Api.Tests.Identity;

/// <summary>
/// <c>… token &lt;persona&gt;</c> prints a token wherever the host's own settings are put, and never mistakes a
/// setting's value for the command (which would start the server instead, or print a token instead of serving).
/// </summary>
public sealed class LocalTokenCommandTests
{
    [Theory]
    [InlineData("token", "kw-sam")]
    [InlineData("--contentRoot", ".", "token", "kw-sam")]
    [InlineData("--urls=http://127.0.0.1:5080", "token", "kw-sam")]
    [InlineData("token", "kw-sam", "--environment", "Development")]
    public void The_token_command_is_recognised_before_or_after_the_host_s_settings(params string[] args) =>
        Assert.True(LocalTokenCommand.IsInvoked(args));

    [Theory]
    [InlineData]
    [InlineData("--urls", "http://127.0.0.1:5080")]
    [InlineData("--environment", "token")]
    [InlineData("--contentRoot=token")]
    [InlineData("serve", "token")]
    public void A_server_s_arguments_start_the_server(params string[] args) =>
        Assert.False(LocalTokenCommand.IsInvoked(args));
}
