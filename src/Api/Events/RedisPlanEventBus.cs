using StackExchange.Redis;

namespace CarePlanGraph.Api.Events;

/// <summary>
/// The bus between API instances. The outbox dispatcher of whichever instance claimed an event appends it to one
/// Redis stream (<c>XADD</c>, trimmed to about <see cref="PlanEventsOptions.RedisStreamLength"/> entries) and rings a
/// pub/sub bell. Every instance reads the stream from the last entry it read (<c>XREAD</c>), when the bell rings and
/// every <see cref="PlanEventsOptions.RedisPollInterval"/>, and hands each change, in order, to its own
/// <see cref="PlanEventFanOut"/> (which drops repeats).
/// </summary>
/// <remarks>
/// Why a stream and not plain pub/sub: pub/sub forgets a message sent while a listener is disconnected. When Redis
/// comes back, the instance that publishes the waiting outbox events may reconnect before another has re-subscribed,
/// and that instance's subscribers would never hear of them. With the stream, a reconnecting instance reads everything
/// appended since its last entry. The connection never aborts and does not queue while Redis is down: an append then
/// fails at once, the event stays in the outbox, and the dispatcher retries until Redis is back.
/// </remarks>
public sealed partial class RedisPlanEventBus : IPlanEventBus, IDisposable
{
    /// <summary>The stream every instance appends to and reads (under <see cref="PlanEventsOptions.RedisKeyPrefix"/>).</summary>
    private readonly RedisKey _stream;

    /// <summary>The channel that tells readers the stream has grown; a lost ring only costs one poll interval.</summary>
    private readonly RedisChannel _bell;

    private const string Field = "change";
    private const int ReadBatch = 500;

    private readonly ConnectionMultiplexer _redis;
    private readonly PlanEventFanOut _fanOut;
    private readonly ILogger<RedisPlanEventBus> _logger;
    private readonly PlanEventsOptions _options;
    private readonly SemaphoreSlim _rung = new(0, 1);

    // One reader at a time (the loop, or a publish catching up), so entries are delivered once and in stream order.
    private readonly SemaphoreSlim _reader = new(1, 1);
    private readonly CancellationTokenSource _stopping = new();
    private readonly Task _reading;
    private RedisValue? _lastRead;

    public RedisPlanEventBus(string connectionString, PlanEventFanOut fanOut, PlanEventsOptions options, ILogger<RedisPlanEventBus> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        var configuration = ConfigurationOptions.Parse(connectionString);
        configuration.AbortOnConnectFail = false;
        configuration.BacklogPolicy = BacklogPolicy.FailFast;
        _fanOut = fanOut;
        _logger = logger;
        _options = options;
        var stream = options.RedisKeyPrefix + ":plan-events";
        _stream = stream;
        _bell = RedisChannel.Literal(stream + ":appended");
        _redis = ConnectionMultiplexer.Connect(configuration);

        // The bell subscription is re-established by the client after a reconnect; the poll covers the gap.
        _redis.GetSubscriber().Subscribe(_bell, (_, _) => Ring(), CommandFlags.FireAndForget);

        // Where this instance starts reading: the end of the stream now, so that a change published after the
        // instance is up reaches its subscribers even if the reader loop has not run yet. Redis down at start: the
        // loop finds the end when it can.
        _lastRead = TryFindEnd();
        _reading = Task.Run(() => ReadAsync(_stopping.Token));
    }

    public async ValueTask PublishAsync(PlanStatusChanged change, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        await _reader.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            // Know where this instance reads from before appending, so the catch-up below includes this event.
            _lastRead ??= TryFindEnd();
            var id = await _redis.GetDatabase().StreamAddAsync(
                    _stream, Field, PlanEventJson.Serialize(change), maxLength: _options.RedisStreamLength, useApproximateMaxLength: true)
                .WaitAsync(cancellationToken).ConfigureAwait(false);
            await _redis.GetSubscriber().PublishAsync(_bell, RedisValue.EmptyString, CommandFlags.FireAndForget).ConfigureAwait(false);

            // This instance's own subscribers hear of the event now, in the stream's order, so a mutation that waits
            // for its events to be published answers after they have them. Failing here is not failing to publish:
            // the event is in the stream and the reader loop delivers it.
            try
            {
                while (_lastRead is { } read && !AtOrAfter(read, id) && await ReadBatchAsync().ConfigureAwait(false) > 0)
                {
                }
            }
            catch (RedisException exception)
            {
                LogNotListening(_logger, exception);
            }
        }
        finally
        {
            _reader.Release();
        }
    }

    public PlanEventSubscription Subscribe(Guid? planId) => _fanOut.Subscribe(planId);

    public void Dispose()
    {
        _stopping.Cancel();
        try
        {
            _reading.Wait(TimeSpan.FromSeconds(5));
        }
        catch (AggregateException)
        {
            // The reader ends by cancellation; anything else was logged by it.
        }

        _redis.Dispose();
        _stopping.Dispose();
        _rung.Dispose();
        _reader.Dispose();
    }

    private void Ring()
    {
        try
        {
            _rung.Release();
        }
        catch (SemaphoreFullException)
        {
            // Already rung: the reader will read everything appended so far.
        }
        catch (ObjectDisposedException)
        {
            // Shutting down.
        }
    }

    private RedisValue? TryFindEnd()
    {
        try
        {
            var last = _redis.GetDatabase().StreamRange(_stream, count: 1, messageOrder: Order.Descending);
            return last.Length == 0 ? "0-0" : last[0].Id;
        }
        catch (RedisException exception)
        {
            LogNotListening(_logger, exception);
            return null;
        }
    }

    private async Task ReadAsync(CancellationToken stoppingToken)
    {
        var failing = false;
        while (!stoppingToken.IsCancellationRequested)
        {
            var more = false;
            try
            {
                await _reader.WaitAsync(stoppingToken).ConfigureAwait(false);
                try
                {
                    more = await ReadBatchAsync().ConfigureAwait(false) == ReadBatch;
                }
                finally
                {
                    _reader.Release();
                }

                if (failing)
                {
                    LogListeningAgain(_logger);
                    failing = false;
                }
            }
            catch (RedisException exception)
            {
                if (!failing)
                {
                    LogNotListening(_logger, exception);
                    failing = true;
                }
            }
            catch (OperationCanceledException)
            {
                return;
            }

            if (more)
            {
                continue;
            }

            try
            {
                await _rung.WaitAsync(_options.RedisPollInterval, stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    /// <summary>Reads and delivers the next entries after the last one read; the caller holds <see cref="_reader"/>.</summary>
    private async Task<int> ReadBatchAsync()
    {
        _lastRead ??= TryFindEnd();
        if (_lastRead is not { } from)
        {
            throw new RedisConnectionException(ConnectionFailureType.UnableToConnect, "Redis cannot be reached.");
        }

        var entries = await _redis.GetDatabase().StreamReadAsync(_stream, from, ReadBatch).ConfigureAwait(false);
        foreach (var entry in entries)
        {
            Deliver(entry);
            _lastRead = entry.Id;
        }

        return entries.Length;
    }

    /// <summary>Whether stream entry id <paramref name="read"/> (<c>milliseconds-sequence</c>) is <paramref name="target"/> or later.</summary>
    internal static bool AtOrAfter(RedisValue read, RedisValue target)
    {
        static (ulong, ulong) Parse(RedisValue id)
        {
            var text = id.ToString();
            var dash = text.IndexOf('-', StringComparison.Ordinal);
            return (ulong.Parse(text.AsSpan(0, dash), System.Globalization.CultureInfo.InvariantCulture), ulong.Parse(text.AsSpan(dash + 1), System.Globalization.CultureInfo.InvariantCulture));
        }

        return Parse(read).CompareTo(Parse(target)) >= 0;
    }

    private void Deliver(StreamEntry entry)
    {
        try
        {
            var json = entry[Field];
            if (json.IsNull)
            {
                LogUnreadable(_logger, null);
                return;
            }

            _fanOut.Deliver(PlanEventJson.Deserialize(json.ToString()));
        }
        catch (System.Text.Json.JsonException exception)
        {
            LogUnreadable(_logger, exception);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Redis cannot be reached: this instance will read plan events when it can.")]
    private static partial void LogNotListening(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Information, Message = "Redis is reachable again: this instance is reading plan events.")]
    private static partial void LogListeningAgain(ILogger logger);

    [LoggerMessage(Level = LogLevel.Error, Message = "An entry on the plan events stream could not be read; it was skipped.")]
    private static partial void LogUnreadable(ILogger logger, Exception? exception);
}
