using System.Collections.Concurrent;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using StandardWebhooks;

namespace CarePlanGraph.Api.Tests.Webhooks;

/// <summary>
/// A real HTTP receiver on 127.0.0.1 (Kestrel), as a provider's portal would run one: it records every request and
/// answers as the test tells it, per path: a queue of planned answers (a status, or a delay that outlasts the sender's
/// timeout), then <see cref="DefaultStatus"/>.
/// </summary>
internal sealed class WebhookReceiver : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<string, ConcurrentQueue<Answer>> _plans = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<Received> _received = new();
    private readonly Lock _gate = new();

    private WebhookReceiver(WebApplication app) => _app = app;

    /// <summary>What the receiver answers once the planned answers are used up (default 204).</summary>
    public int DefaultStatus { get; set; } = StatusCodes.Status204NoContent;

    public string BaseAddress { get; private set; } = string.Empty;

    /// <summary>Every request received, in order.</summary>
    public IReadOnlyList<Received> Requests => [.. _received];

    public static async Task<WebhookReceiver> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel().UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var receiver = new WebhookReceiver(app);
        app.Run(receiver.HandleAsync);
        await app.StartAsync();
        receiver.BaseAddress = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        return receiver;
    }

    /// <summary>The URL of <paramref name="path"/> on this receiver.</summary>
    public string Url(string path) => $"{BaseAddress}/{path.TrimStart('/')}";

    /// <summary>Plans the next answers to <paramref name="path"/>, in order.</summary>
    public void Plan(string path, params Answer[] answers)
    {
        var queue = _plans.GetOrAdd("/" + path.TrimStart('/'), _ => new ConcurrentQueue<Answer>());
        foreach (var answer in answers)
        {
            queue.Enqueue(answer);
        }
    }

    /// <summary>Requests to <paramref name="path"/>, in order.</summary>
    public IReadOnlyList<Received> To(string path) => Requests.Where(r => r.Path == "/" + path.TrimStart('/')).ToList();

    /// <summary>Waits until <paramref name="done"/> holds for the requests so far, or fails after <paramref name="patience"/>.</summary>
    public async Task WaitForAsync(Func<IReadOnlyList<Received>, bool> done, TimeSpan patience, string what)
    {
        var deadline = DateTime.UtcNow + patience;
        while (!done(Requests))
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Waited {patience.TotalSeconds} s for {what}; received: {string.Join("; ", Requests.Select(r => $"{r.Path} {r.WebhookId} → {r.AnsweredStatus}"))}");
            }

            await Task.Delay(50);
        }
    }

    private async Task HandleAsync(HttpContext context)
    {
        using var reader = new StreamReader(context.Request.Body, Encoding.UTF8);
        var body = await reader.ReadToEndAsync();
        // Taking the planned answer and recording the request happen together, so the record's order is the order the
        // answers were given in, even for requests that arrive at once.
        Answer answer;
        lock (_gate)
        {
            answer = _plans.TryGetValue(context.Request.Path.Value ?? "/", out var queue) && queue.TryDequeue(out var planned) ? planned : new Answer(DefaultStatus);
            _received.Enqueue(new Received(
                context.Request.Path.Value ?? "/",
                context.Request.Headers["webhook-id"].ToString(),
                context.Request.Headers["webhook-timestamp"].ToString(),
                context.Request.Headers["webhook-signature"].ToString(),
                body,
                answer.Delay is null ? answer.Status : null));
        }

        if (answer.Delay is { } delay)
        {
            // Outlasts the sender's timeout: the sender gives up; this answer is never read.
            await Task.Delay(delay, context.RequestAborted).ContinueWith(_ => { }, TaskScheduler.Default);
        }

        context.Response.StatusCode = answer.Status;
        if (answer.Location is { } location)
        {
            context.Response.Headers.Location = location;
        }

        await context.Response.WriteAsync(answer.Body ?? string.Empty);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    /// <summary>An answer: a status and body (and a redirect's location), after an optional delay.</summary>
    internal sealed record Answer(int Status, string? Body = null, TimeSpan? Delay = null, string? Location = null)
    {
        public static Answer Hang(TimeSpan delay) => new(StatusCodes.Status204NoContent, null, delay);
    }

    /// <summary>A request as received; <see cref="AnsweredStatus"/> is null when the answer came too late for the sender.</summary>
    internal sealed record Received(string Path, string WebhookId, string Timestamp, string Signature, string Body, int? AnsweredStatus)
    {
        public bool Succeeded => AnsweredStatus is >= 200 and < 300;

        /// <summary>
        /// Whether it verifies with <paramref name="secret"/>, as a receiver using the StandardWebhooks package checks it.
        /// The header may carry several signatures (during a secret's overlap); the specification accepts the message when
        /// any one matches, but the .NET package (1.1.2) compares only the first, so each is checked on its own.
        /// </summary>
        public bool VerifiesWith(string secret) => Signature.Split(' ', StringSplitOptions.RemoveEmptyEntries).Any(signature => VerifiesWith(secret, signature));

        private bool VerifiesWith(string secret, string signature)
        {
            var headers = new HeaderDictionary
            {
                ["webhook-id"] = WebhookId,
                ["webhook-timestamp"] = Timestamp,
                ["webhook-signature"] = signature,
            };
            try
            {
                new StandardWebhook(secret).Verify(Body, headers);
                return true;
            }
            catch (Exception exception) when (exception is StandardWebhooks.Diagnostics.WebhookVerificationException or FormatException)
            {
                return false;
            }
        }
    }
}
