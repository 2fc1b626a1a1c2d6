using CarePlanGraph.Api.Events;
using CarePlanGraph.Api.Graph.Relay;
using CarePlanGraph.Api.Persistence;
using CarePlanGraph.Api.Tests.Infrastructure;
using CarePlanGraph.Api.Tests.Reviews;
using CarePlanGraph.Api.Webhooks.Delivery;
using CarePlanGraph.Domain.Common;
using CarePlanGraph.Domain.Plans;
using Microsoft.Extensions.DependencyInjection;

namespace CarePlanGraph.Api.Tests.Webhooks;

/// <summary>Issue 16: signatures across a secret's rotation, redirects never followed, and the retry schedule's jitter.</summary>
public sealed class WebhookSigningTests
{
    [Fact]
    public async Task During_a_rotations_overlap_each_delivery_verifies_with_the_old_secret_and_the_new_and_after_it_only_the_new()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        using var factory = CarePlanApiFactory.Create(null, WebhookDeliveryTests.Delivering);
        using var sunrise = factory.CreateClientFor("prov-sunrise");
        await WebhookDeliveryTests.RemoveDemoEndpointAsync(sunrise);
        var endpoint = await WebhookDeliveryTests.RegisterAsync(sunrise, receiver.Url("rotating"));
        var cleo = await factory.PlanIdAsync("p-cleo");

        var rotated = (string)(await sunrise.SucceedAsync("rotateWebhookSecret", new { webhookEndpointId = endpoint.Id, overlapHours = 24 }, "secret"))["secret"]!;
        await WebhookDeliveryTests.CommitEventsAsync(factory, cleo, 1, 1);
        await receiver.WaitForAsync(r => r.Count == 1, TimeSpan.FromSeconds(30), "the first delivery");
        var during = receiver.Requests[0];
        Assert.Equal(2, during.Signature.Split(' ').Length);
        Assert.True(during.VerifiesWith(endpoint.Secret), "the previous secret verifies during the overlap");
        Assert.True(during.VerifiesWith(rotated), "the new secret verifies during the overlap");

        // The overlap ends (the application's clock): only the newest secret signs.
        factory.Clock.Advance(TimeSpan.FromHours(25));
        await WebhookDeliveryTests.CommitEventsAsync(factory, cleo, 2, 1);
        await receiver.WaitForAsync(r => r.Count == 2, TimeSpan.FromSeconds(30), "the second delivery");
        var after = receiver.Requests[1];
        Assert.Single(after.Signature.Split(' '));
        Assert.True(after.VerifiesWith(rotated));
        Assert.False(after.VerifiesWith(endpoint.Secret), "the previous secret no longer verifies");
    }

    [Fact]
    public async Task A_redirect_is_never_followed_and_the_attempt_says_where_it_pointed()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        await using var elsewhere = await WebhookReceiver.StartAsync();
        using var factory = CarePlanApiFactory.Create(null, WebhookDeliveryTests.Delivering);
        using var sunrise = factory.CreateClientFor("prov-sunrise");
        await WebhookDeliveryTests.RemoveDemoEndpointAsync(sunrise);
        receiver.Plan("moved", new WebhookReceiver.Answer(307, Location: elsewhere.Url("hooks")));
        var endpoint = await WebhookDeliveryTests.RegisterAsync(sunrise, receiver.Url("moved"));

        await WebhookDeliveryTests.CommitEventsAsync(factory, await factory.PlanIdAsync("p-cleo"), 1, 1);
        await receiver.WaitForAsync(r => r.Count == 2, TimeSpan.FromSeconds(30), "the redirect and the retry");

        Assert.Empty(elsewhere.Requests);
        var node = await sunrise.DataAsync("query($id: ID!) { node(id: $id) { ... on WebhookEndpoint { deliveries { status attempts { outcome statusCode error } } } } }", new { id = endpoint.Id });
        var attempts = node["node"]!["deliveries"]![0]!["attempts"]!.AsArray();
        var redirected = attempts[^1]!;
        Assert.Equal(("REFUSED", 307), ((string?)redirected["outcome"], (int?)redirected["statusCode"]));
        Assert.Equal($"The receiver answered 307 (a redirect to {elsewhere.Url("hooks")}); webhooks never follow redirects, so register the final address", (string?)redirected["error"]);
    }

    [Fact]
    public void Retries_follow_the_documented_schedule_each_wait_varying_by_at_most_a_fifth_and_end_after_the_eighth_attempt()
    {
        using var factory = new CarePlanApiFactory();
        var worker = factory.Services.GetRequiredService<WebhookDeliveryWorker>();
        TimeSpan[] schedule = [TimeSpan.FromSeconds(10), TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(30), TimeSpan.FromHours(2), TimeSpan.FromHours(6), TimeSpan.FromHours(12)];
        for (var attempt = 1; attempt <= schedule.Length; attempt++)
        {
            var waits = Enumerable.Range(0, 200).Select(_ => worker.RetryWait(attempt)!.Value).ToList();
            Assert.All(waits, wait => Assert.InRange(wait, schedule[attempt - 1] * 0.8, schedule[attempt - 1] * 1.2));
            Assert.True(waits.Distinct().Count() > 100, "the waits vary (jitter)");
        }

        Assert.Null(worker.RetryWait(schedule.Length + 1));
    }
}
