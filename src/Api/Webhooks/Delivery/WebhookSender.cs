using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.Extensions.Options;
using Polly.Timeout;
using StandardWebhooks;

namespace CarePlanGraph.Api.Webhooks.Delivery;

/// <summary>
/// Makes one attempt: posts the body, signed in the Standard Webhooks format with every secret in force (the current
/// one, and the previous during a rotation's overlap, space-separated as the format allows), through the
/// <see cref="IHttpClientFactory"/> client <see cref="ClientName"/>: a timeout from the resilience handler, no
/// redirects followed, the address checked when connecting (<see cref="WebhookAddressGuard"/>).
/// </summary>
internal sealed class WebhookSender(IHttpClientFactory clients, IOptions<WebhookOptions> options)
{
    public const string ClientName = "webhooks";

    private readonly WebhookOptions _options = options.Value;

    /// <summary>Sends <paramref name="body"/> as <paramref name="webhookId"/>; never throws for the receiver's failures.</summary>
    public async Task<AttemptResult> SendAsync(Uri url, string webhookId, string body, IReadOnlyList<string> secrets, CancellationToken cancellationToken)
    {
        // The receiver compares the timestamp with its own clock (five minutes either way), so it is the real time.
        var timestamp = TimeProvider.System.GetUtcNow();
        using var request = new HttpRequestMessage(HttpMethod.Post, url)
        {
            Content = new StringContent(body, Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("webhook-id", webhookId);
        request.Headers.Add("webhook-timestamp", timestamp.ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture));
        request.Headers.Add("webhook-signature", string.Join(' ', secrets.Select(secret => new StandardWebhook(secret).Sign(webhookId, timestamp, body))));
        request.Headers.UserAgent.Add(new ProductInfoHeaderValue("CarePlanGraph-Webhooks", "1"));

        var started = Stopwatch.GetTimestamp();

        // The resilience handler times the request to its headers; this also bounds a body that trickles in.
        using var whole = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        whole.CancelAfter(_options.Timeout);
        try
        {
            using var response = await clients.CreateClient(ClientName).SendAsync(request, HttpCompletionOption.ResponseHeadersRead, whole.Token).ConfigureAwait(false);
            var excerpt = await ExcerptAsync(response, whole.Token).ConfigureAwait(false);
            var status = (int)response.StatusCode;
            var elapsed = Stopwatch.GetElapsedTime(started);
            if (response.IsSuccessStatusCode)
            {
                return new AttemptResult(WebhookAttemptOutcome.Succeeded, status, null, excerpt, elapsed);
            }

            var why = status is >= 300 and < 400
                ? $"The receiver answered {status} (a redirect{(response.Headers.Location is { } to ? " to " + to : string.Empty)}); webhooks never follow redirects, so register the final address"
                : $"The receiver answered {status}";
            return new AttemptResult(WebhookAttemptOutcome.Refused, status, why, excerpt, elapsed);
        }
        catch (Exception exception) when (exception is TimeoutRejectedException || (exception is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            return new AttemptResult(WebhookAttemptOutcome.TimedOut, null, $"No answer within {_options.Timeout.TotalSeconds:0.###} seconds", null, Stopwatch.GetElapsedTime(started));
        }
        catch (HttpRequestException exception) when (Refused(exception) is { } refused)
        {
            return new AttemptResult(WebhookAttemptOutcome.AddressRefused, null, refused.Message, null, Stopwatch.GetElapsedTime(started));
        }
        catch (HttpRequestException exception)
        {
            return new AttemptResult(WebhookAttemptOutcome.Unreachable, null, $"The receiver could not be reached: {exception.HttpRequestError switch
            {
                HttpRequestError.NameResolutionError => "its name was not found",
                HttpRequestError.ConnectionError => "the connection was refused or failed",
                HttpRequestError.SecureConnectionError => "the secure (TLS) connection failed",
                HttpRequestError.ResponseEnded => "it closed the connection without an answer",
                _ => "the request failed",
            }}", null, Stopwatch.GetElapsedTime(started));
        }
    }

    private static WebhookAddressRefusedException? Refused(Exception exception)
    {
        for (var inner = exception.InnerException; inner is not null; inner = inner.InnerException)
        {
            if (inner is WebhookAddressRefusedException refused)
            {
                return refused;
            }
        }

        return null;
    }

    /// <summary>The start of the response body, read no further than needed.</summary>
    private async Task<string?> ExcerptAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var limit = _options.ResponseExcerptLength;
        if (limit <= 0)
        {
            return null;
        }

        try
        {
            var stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
            await using (stream.ConfigureAwait(false))
            {
                using var reader = new StreamReader(stream, Encoding.UTF8);
                var buffer = new char[limit];
                var read = await reader.ReadBlockAsync(buffer.AsMemory(), cancellationToken).ConfigureAwait(false);
                return read == 0 ? null : new string(buffer, 0, read);
            }
        }
        catch (Exception exception) when (exception is HttpRequestException or IOException)
        {
            return null;
        }
    }
}

/// <summary>How one attempt went.</summary>
internal sealed record AttemptResult(WebhookAttemptOutcome Outcome, int? StatusCode, string? Error, string? ResponseExcerpt, TimeSpan Duration);
