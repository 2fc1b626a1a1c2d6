using StackExchange.Redis;

namespace CarePlanGraph.Api.Events;

/// <summary>
/// The bus between API instances: the outbox dispatcher of whichever instance claimed an event publishes it on one
/// Redis pub/sub channel, and every instance's subscription hands what it receives, in order, to its own
/// <see cref="PlanEventFanOut"/> (which drops repeats). The connection never aborts on failure and does not queue
/// while Redis is down: a publish then fails at once, the event stays in the outbox and the dispatcher retries with
/// backoff until Redis is back, when the client has also re-subscribed.
/// </summary>
public sealed partial class RedisPlanEventBus : IPlanEventBus, IDisposable
{
    /// <summary>The one channel every instance publishes to and listens on.</summary>
    public static readonly RedisChannel Channel = RedisChannel.Literal("careplan:plan-status-changed");

    private readonly ConnectionMultiplexer _redis;
    private readonly PlanEventFanOut _fanOut;
    private readonly ILogger<RedisPlanEventBus> _logger;
    private readonly Lock _subscribing = new();
    private bool _subscribed;

    public RedisPlanEventBus(string connectionString, PlanEventFanOut fanOut, ILogger<RedisPlanEventBus> logger)
    {
        var configuration = ConfigurationOptions.Parse(connectionString);
        configuration.AbortOnConnectFail = false;
        configuration.BacklogPolicy = BacklogPolicy.FailFast;
        _fanOut = fanOut;
        _logger = logger;
        _redis = ConnectionMultiplexer.Connect(configuration);

        // Redis may be down when the instance starts: it must start anyway (changes still succeed, events wait in the
        // outbox), and it listens as soon as the connection comes back.
        _redis.ConnectionRestored += (_, _) => TrySubscribe();
        TrySubscribe();
    }

    public async ValueTask PublishAsync(PlanStatusChanged change, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        await _redis.GetSubscriber().PublishAsync(Channel, PlanEventJson.Serialize(change)).WaitAsync(cancellationToken).ConfigureAwait(false);
    }

    public PlanEventSubscription Subscribe(Guid? planId) => _fanOut.Subscribe(planId);

    public void Dispose() => _redis.Dispose();

    private void TrySubscribe()
    {
        lock (_subscribing)
        {
            if (_subscribed)
            {
                return;
            }

            try
            {
                // A sequential queue: this instance's subscribers get each plan's events in the order they were published.
                _redis.GetSubscriber().Subscribe(Channel).OnMessage(message =>
                {
                    try
                    {
                        _ = _fanOut.Deliver(PlanEventJson.Deserialize(message.Message.ToString()));
                    }
                    catch (System.Text.Json.JsonException exception)
                    {
                        LogUnreadable(_logger, exception);
                    }
                });
                _subscribed = true;
            }
            catch (RedisConnectionException exception)
            {
                LogNotListening(_logger, exception);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Redis cannot be reached: this instance will listen for plan events when it can.")]
    private static partial void LogNotListening(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Error, Message = "A message on the plan events channel could not be read; it was dropped.")]
    private static partial void LogUnreadable(ILogger logger, Exception exception);
}
