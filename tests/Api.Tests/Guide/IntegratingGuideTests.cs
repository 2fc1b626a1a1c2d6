using CarePlanGraph.Api.Tests.Infrastructure;
using CarePlanGraph.Api.Tests.Webhooks;
using Xunit.Abstractions;

namespace CarePlanGraph.Api.Tests.Guide;

/// <summary>
/// Issue 17: <c>docs/integrating.md</c>, the guide an outside team follows alone. Every GraphQL document, HTTP exchange,
/// event and webhook it shows is a step of a script (<see cref="GuideScript"/>) run here against the demo data, in the
/// guide's order, with the answers compared with what the guide shows.
/// </summary>
public sealed class IntegratingGuideTests(ITestOutputHelper output)
{
    private const string GuidePath = "docs/integrating.md";

    [Fact]
    public async Task The_guide_exists_and_every_block_it_shows_is_a_step_of_its_script()
    {
        var path = RepositoryFiles.PathOf(GuidePath);
        Assert.True(File.Exists(path), $"{GuidePath} is missing");

        var script = GuideScript.Parse(await File.ReadAllTextAsync(path));

        // Each kind of step is there: the guide is a walkthrough, not a list of queries.
        Assert.Contains(script.Steps, s => s is GraphQLStep { OverWebSocket: true });
        Assert.Contains(script.Steps, s => s is ArrivesStep);
        Assert.Contains(script.Steps, s => s is WebhookStep);
        Assert.Contains(script.Steps, s => s is HttpStep { Until: 429 });
        Assert.Contains(script.Steps, s => s is GraphQLStep { AdHoc: true });
    }

    [Fact]
    public async Task Every_example_in_the_guide_answers_as_the_guide_shows()
    {
        var script = GuideScript.Parse(await File.ReadAllTextAsync(RepositoryFiles.PathOf(GuidePath)));
        await using var receiver = await WebhookReceiver.StartAsync();
        await using var runner = new GuideRunner(receiver);

        var problems = await runner.RunAsync(script, output.WriteLine);

        Assert.True(problems.Count == 0, $"{problems.Count} differences between the guide and the API:\n" + string.Join('\n', problems));
    }

    [Theory]
    [InlineData("Some text.\n\n```graphql\n{ me { name } }\n```\n")]
    [InlineData("<!-- example name=a as=kw-sam -->\n```graphql\n{ me { name } }\n```\n\n```json\n{}\n```\n\n```json\n{}\n```\n")]
    [InlineData("<!-- example name=a as=kw-sam -->\n```graphql\n{ me { name } }\n```\n")]
    [InlineData("<!-- http name=a as=kw-sam -->\n```http\nPOST /graphql HTTP/1.1\n```\n")]
    [InlineData("```http\nHTTP/1.1 200 OK\n```\n")]
    public void A_block_that_no_step_runs_or_a_step_without_its_blocks_fails_the_script(string markdown)
    {
        Assert.Throws<FormatException>(() => GuideScript.Parse(markdown));
    }

    [Fact]
    public void A_step_takes_its_blocks_in_order_and_shell_blocks_are_free()
    {
        var script = GuideScript.Parse(
            "<!-- example name=a as=kw-sam variables keep=x:data.me.name -->\n```graphql\nquery { me { name } }\n```\nVariables:\n```json\n{}\n```\n\n```bash\necho hi\n```\n\n```json\n{\"data\":{}}\n```\n");

        var step = Assert.IsType<GraphQLStep>(Assert.Single(script.Steps));
        Assert.Equal(("a", "kw-sam", "query { me { name } }", "{}", "{\"data\":{}}"), (step.Name, step.As, step.Document, step.Variables, step.Answer));
        Assert.Equal([("x", "data.me.name")], step.Keeps);
    }

    [Theory]
    [InlineData("\"…\"", "{\"any\":[1]}", true)]
    [InlineData("\"whsec_…\"", "\"whsec_abc\"", true)]
    [InlineData("\"whsec_…\"", "\"sk_abc\"", false)]
    [InlineData("\"Try again in … seconds.\"", "\"Try again in 20 seconds.\"", true)]
    [InlineData("\"Try again in … seconds.\"", "\"Try again in 1 second.\"", false)]
    [InlineData("\"a…b…c\"", "\"abc\"", true)]
    [InlineData("\"a…b…c\"", "\"ac\"", false)]
    [InlineData("{\"a\":1}", "{\"a\":1,\"b\":2}", false)]
    [InlineData("{\"a\":1,\"b\":2}", "{\"a\":1}", false)]
    [InlineData("[1,2]", "[1,2,3]", false)]
    [InlineData("{\"a\":null}", "{\"a\":0}", false)]
    [InlineData("{\"a\":\"1\"}", "{\"a\":1}", false)]
    [InlineData("{\"a\":[{\"b\":\"…\"}]}", "{\"a\":[{\"b\":null}]}", true)]
    public void The_placeholder_stands_only_for_what_changes(string expected, string actual, bool matches)
    {
        var differences = JsonPattern.Differences(System.Text.Json.Nodes.JsonNode.Parse(expected), System.Text.Json.Nodes.JsonNode.Parse(actual));
        Assert.Equal(matches, differences.Count == 0);
    }

    [Fact]
    public async Task The_readme_sends_integrators_to_the_guide_near_its_top()
    {
        var readme = await File.ReadAllTextAsync(RepositoryFiles.PathOf("README.md"));
        var link = readme.IndexOf("](docs/integrating.md)", StringComparison.Ordinal);
        Assert.InRange(link, 0, readme.IndexOf("## Try it", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_guide_verifies_webhooks_as_the_conformance_receiver_does()
    {
        var guide = await File.ReadAllTextAsync(RepositoryFiles.PathOf(GuidePath));
        var receiver = await File.ReadAllTextAsync(RepositoryFiles.PathOf("tests/Conformance/webhooks.mjs"));
        foreach (var line in new[] { "import { Webhook } from 'standardwebhooks';", "new Webhook(secret).verify(body, request.headers)" })
        {
            Assert.Contains(line, receiver, StringComparison.Ordinal);
            Assert.Contains(line, guide, StringComparison.Ordinal);
        }

        Assert.Contains("tests/Conformance/webhooks.mjs", guide, StringComparison.Ordinal);
    }
}
