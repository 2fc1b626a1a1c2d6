using CarePlanGraph.Api.Audit;
using CarePlanGraph.Api.Events;
using CarePlanGraph.Api.Identity;
using CarePlanGraph.Api.Persistence;
using CarePlanGraph.Api.Plans.Subscriptions;
using CarePlanGraph.Domain.Audit;
using CarePlanGraph.Domain.Common;
using CarePlanGraph.Domain.Integrations;
using CarePlanGraph.Domain.Plans;
using CarePlanGraph.Domain.Webhooks;
using GraphQL;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CarePlanGraph.Api.Webhooks.Delivery;

/// <summary>
/// Makes webhook deliveries (issue 16), at least once, on every instance that has <see cref="WebhookOptions.DeliveryEnabled"/>:
/// <list type="number">
/// <item>Stages: turns outbox rows not yet staged into one <see cref="WebhookDelivery"/> per endpoint whose integration
/// may see the plan, and marks the rows staged, in one transaction; an instance that loses the race to another rolls
/// back. It reads the outbox itself, so Redis being down holds up neither.</item>
/// <item>Claims due deliveries with a lease, one per endpoint and plan at a time (the oldest pending), so each plan's
/// events reach each endpoint in order; on PostgreSQL with <c>FOR UPDATE SKIP LOCKED</c>, so two instances never take
/// the same one.</item>
/// <item>Delivers each: checks again, as the integration, that it may see the plan (otherwise WITHHELD, nothing sent),
/// audits the read (R30), signs and posts it, records the attempt, and schedules the retry or finishes it.</item>
/// </list>
/// It wakes when a plan event is published and polls every <see cref="WebhookOptions.PollInterval"/> besides. Leases,
/// due times and attempt times are real time, never the application's clock: they are compared across instances and
/// with receivers' clocks.
/// </summary>
public sealed partial class WebhookDeliveryWorker(
    IServiceScopeFactory scopes,
    IPlanEventBus bus,
    IOptions<WebhookOptions> options,
    IOptions<IdentityOptions> identity,
    TimeProvider time,
    ILogger<WebhookDeliveryWorker> logger) : BackgroundService
{
    private const int StageBatchSize = 200;

    /// <summary>What the audit log calls a delivery (R30): the integration read the plan's change.</summary>
    public const string AuditOperation = "webhook planStatusChanged";

    private static readonly TimeSpan PruneEvery = TimeSpan.FromMinutes(10);

    private readonly WebhookOptions _options = options.Value;
    private readonly WakeSignal _signal = new();
    private readonly SemaphoreSlim _onePass = new(1, 1);
    private long _lastPruneTimestamp;

    /// <summary>Identifies this instance's leases.</summary>
    public string Owner { get; } = WakeSignal.NewLeaseOwner();

    public override void Dispose()
    {
        _onePass.Dispose();
        base.Dispose();
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!_options.DeliveryEnabled)
        {
            LogDisabled(logger);
            return;
        }

        _ = WakeOnEventsAsync(stoppingToken);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await RunPassAsync(stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception)
            {
                LogPassFailed(logger, exception);
            }

            await _signal.WaitAsync(_options.PollInterval, stoppingToken).ConfigureAwait(false);
        }
    }

    /// <summary>One pass: stage, claim, deliver (and prune now and then). Returns how many deliveries were attempted.</summary>
    internal async Task<int> RunPassAsync(CancellationToken cancellationToken)
    {
        await _onePass.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await StageBacklogAsync(cancellationToken).ConfigureAwait(false);
            var claimed = await ClaimAsync(cancellationToken).ConfigureAwait(false);
            await Parallel.ForEachAsync(
                claimed,
                new ParallelOptions { MaxDegreeOfParallelism = _options.MaxConcurrentDeliveries, CancellationToken = cancellationToken },
                async (id, token) => await DeliverAsync(id, token).ConfigureAwait(false)).ConfigureAwait(false);
            await PruneIfDueAsync(cancellationToken).ConfigureAwait(false);
            if (claimed.Count > 0)
            {
                // One plan's next event may be due now that its previous one went: look again at once.
                _signal.Ring();
            }

            return claimed.Count;
        }
        finally
        {
            _onePass.Release();
        }
    }

    /// <summary>Stages every outbox row not yet staged, one pass at a time with delivering (tests call it alone).</summary>
    internal async Task StagePendingAsync(CancellationToken cancellationToken)
    {
        await _onePass.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await StageBacklogAsync(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _onePass.Release();
        }
    }

    private async Task StageBacklogAsync(CancellationToken cancellationToken)
    {
        while (await StageAsync(cancellationToken).ConfigureAwait(false) == StageBatchSize)
        {
            // A backlog: stage it all before delivering, so the first claim sees each plan's oldest event.
        }
    }

    /// <summary>Stages up to one batch of outbox rows; returns how many rows it looked at (0 when another instance took them).</summary>
    private async Task<int> StageAsync(CancellationToken cancellationToken)
    {
        var scope = scopes.CreateAsyncScope();
        await using (scope.ConfigureAwait(false))
        {
            var db = scope.ServiceProvider.GetRequiredService<CarePlanDbContext>();
            var outbox = db.Set<OutboxMessage>();
            var batch = await outbox.AsNoTracking().Where(m => m.WebhooksStagedAt == null)
                .OrderBy(m => m.CreatedAt).ThenBy(m => m.PlanId).ThenBy(m => m.Sequence).Take(StageBatchSize)
                .ToListAsync(cancellationToken).ConfigureAwait(false);
            if (batch.Count == 0)
            {
                return 0;
            }

            var endpoints = await db.WebhookEndpoints.AsNoTracking()
                .Where(e => e.Status != WebhookEndpointStatus.Removed)
                .Join(db.Integrations.Where(i => i.Status == IntegrationStatus.Approved), e => e.IntegrationId, i => i.Id, (e, i) => new { e.Id, e.CreatedAt, i.ClientAppId })
                .ToListAsync(cancellationToken).ConfigureAwait(false);
            var now = time.GetUtcNow();
            var dueAt = TimeProvider.System.GetUtcNow();
            var deliveries = new List<WebhookDelivery>();
            var planIds = batch.Select(m => m.PlanId).Distinct().ToList();
            foreach (var integration in endpoints.GroupBy(e => e.ClientAppId))
            {
                var visible = await VisiblePlansAsync(integration.Key, planIds, cancellationToken).ConfigureAwait(false);
                foreach (var message in batch.Where(m => visible.Contains(m.PlanId)))
                {
                    // An endpoint hears of changes made after it was registered, not before.
                    var occurredAt = PlanEventJson.Deserialize(message.Payload).OccurredAt;
                    deliveries.AddRange(integration.Where(e => e.CreatedAt <= message.CreatedAt).Select(e => WebhookDelivery.For(
                        e.Id, message.EventId, message.PlanId, message.Sequence, message.Payload, occurredAt, now, dueAt)));
                }
            }

            var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            await using (transaction.ConfigureAwait(false))
            {
                var ids = batch.Select(m => m.EventId).ToList();
                var marked = await outbox.Where(m => ids.Contains(m.EventId) && m.WebhooksStagedAt == null)
                    .ExecuteUpdateAsync(set => set.SetProperty(m => m.WebhooksStagedAt, now), cancellationToken).ConfigureAwait(false);
                if (marked != ids.Count)
                {
                    // Another instance staged some of them meanwhile: leave the batch to it, and look again.
                    await transaction.RollbackAsync(cancellationToken).ConfigureAwait(false);
                    return 0;
                }

                db.WebhookDeliveries.AddRange(deliveries);
                await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
                await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            }

            return batch.Count;
        }
    }

    /// <summary>Of <paramref name="planIds"/>, those the integration with this client id may see now.</summary>
    private Task<HashSet<Guid>> VisiblePlansAsync(Guid clientAppId, IReadOnlyList<Guid> planIds, CancellationToken cancellationToken) =>
        AsIntegrationAsync<HashSet<Guid>>(
            clientAppId,
            async (_, plans) =>
            {
                var ids = planIds.Select(id => new Id<CarePlan>(id)).ToList();
                var seen = await plans.Where(p => ids.Contains(p.Id)).Select(p => p.Id).ToListAsync(cancellationToken).ConfigureAwait(false);
                return [.. seen.Select(id => id.Value)];
            },
            [],
            cancellationToken);

    /// <summary>
    /// Runs <paramref name="read"/> on the plans the integration with this client id may see now (R26–R28), acting as
    /// it in a scope of its own, as its token would; <paramref name="nobody"/> when it is no longer anyone we know (not
    /// approved, or its organisation gone).
    /// </summary>
    private async Task<T> AsIntegrationAsync<T>(Guid clientAppId, Func<Caller, IQueryable<CarePlan>, Task<T>> read, T nobody, CancellationToken cancellationToken)
    {
        var scope = SubscriberScope.Create(scopes, ApplicationPrincipal.For(clientAppId, identity.Value));
        await using (scope.ConfigureAwait(false))
        {
            var access = scope.ServiceProvider.GetRequiredService<AccessScope>();
            Caller caller;
            IQueryable<CarePlan> plans;
            try
            {
                caller = await access.RequireCallerAsync(cancellationToken).ConfigureAwait(false);
                plans = await access.PlansAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (ExecutionError)
            {
                return nobody;
            }

            return await read(caller, plans).ConfigureAwait(false);
        }
    }

    /// <summary>Leases due deliveries, at most one per endpoint and plan (its oldest pending one); returns their ids.</summary>
    private async Task<IReadOnlyList<Guid>> ClaimAsync(CancellationToken cancellationToken)
    {
        var scope = scopes.CreateAsyncScope();
        await using (scope.ConfigureAwait(false))
        {
            var db = scope.ServiceProvider.GetRequiredService<CarePlanDbContext>();
            var now = TimeProvider.System.GetUtcNow();
            var until = now + _options.Lease;
            var owner = Owner;
            var limit = _options.MaxConcurrentDeliveries * 4;
            if (db.Database.IsNpgsql())
            {
                await ClaimWithRowLocksAsync(db, owner, now, until, limit, cancellationToken).ConfigureAwait(false);
            }
            else
            {
                // SQLite has one writer at a time, so this conditional UPDATE is the claim.
                var deliveries = db.WebhookDeliveries;
                await deliveries
                    .Where(d => d.Status == WebhookDeliveryStatus.Pending && d.NextAttemptAt <= now
                        && (d.LeaseOwner == owner || d.LeaseUntil == null || d.LeaseUntil < now)
                        && db.WebhookEndpoints.Any(e => e.Id == d.EndpointId && e.Status == WebhookEndpointStatus.Active
                            && db.Integrations.Any(i => i.Id == e.IntegrationId && i.Status == IntegrationStatus.Approved))
                        && !deliveries.Any(earlier => earlier.EndpointId == d.EndpointId && earlier.PlanId == d.PlanId
                            && earlier.Status == WebhookDeliveryStatus.Pending && earlier.Sequence < d.Sequence))
                    .OrderBy(d => d.NextAttemptAt).Take(limit)
                    .ExecuteUpdateAsync(set => set.SetProperty(d => d.LeaseOwner, owner).SetProperty(d => d.LeaseUntil, until).SetProperty(d => d.Revision, d => d.Revision + 1), cancellationToken)
                    .ConfigureAwait(false);
            }

            return await db.WebhookDeliveries.AsNoTracking()
                .Where(d => d.LeaseOwner == owner && d.Status == WebhookDeliveryStatus.Pending)
                .OrderBy(d => d.NextAttemptAt).Select(d => d.Id)
                .ToListAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// PostgreSQL: locks due heads (the oldest pending delivery of an endpoint and plan) that no live lease holds,
    /// skipping rows another instance is locking, and leases them in the same statement.
    /// </summary>
    private static Task<int> ClaimWithRowLocksAsync(CarePlanDbContext db, string owner, DateTimeOffset now, DateTimeOffset until, int limit, CancellationToken cancellationToken) =>
        db.Database.ExecuteSqlAsync($"""
            UPDATE "WebhookDeliveries" SET "LeaseOwner" = {owner}, "LeaseUntil" = {until}, "Revision" = "Revision" + 1
            WHERE "Id" IN (
                SELECT d."Id" FROM "WebhookDeliveries" AS d
                JOIN "WebhookEndpoints" AS e ON e."Id" = d."EndpointId"
                JOIN "Integrations" AS i ON i."Id" = e."IntegrationId"
                WHERE d."Status" = 'Pending' AND d."NextAttemptAt" <= {now}
                  AND (d."LeaseOwner" = {owner} OR d."LeaseUntil" IS NULL OR d."LeaseUntil" < {now})
                  AND e."Status" = 'Active' AND i."Status" = 'Approved'
                  AND NOT EXISTS (SELECT 1 FROM "WebhookDeliveries" AS earlier
                                  WHERE earlier."EndpointId" = d."EndpointId" AND earlier."PlanId" = d."PlanId"
                                    AND earlier."Status" = 'Pending' AND earlier."Sequence" < d."Sequence")
                ORDER BY d."NextAttemptAt"
                LIMIT {limit}
                FOR UPDATE OF d SKIP LOCKED)
            """, cancellationToken);

    private async Task DeliverAsync(Guid deliveryId, CancellationToken cancellationToken)
    {
        try
        {
            await DeliverOnceAsync(deliveryId, cancellationToken).ConfigureAwait(false);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Queued again (a replay) while it was being made: the replay stands, and the delivery goes again.
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // The lease runs out and the delivery is tried again: at least once.
            LogDeliveryFailed(logger, exception, deliveryId);
        }
    }

    private async Task DeliverOnceAsync(Guid deliveryId, CancellationToken cancellationToken)
    {
        var scope = scopes.CreateAsyncScope();
        await using (scope.ConfigureAwait(false))
        {
            var db = scope.ServiceProvider.GetRequiredService<CarePlanDbContext>();
            var delivery = await db.WebhookDeliveries.SingleAsync(d => d.Id == deliveryId, cancellationToken).ConfigureAwait(false);
            if (delivery.LeaseOwner != Owner || delivery.Status != WebhookDeliveryStatus.Pending)
            {
                return;
            }

            var endpoint = await db.WebhookEndpoints.AsNoTracking().SingleAsync(e => e.Id == delivery.EndpointId, cancellationToken).ConfigureAwait(false);
            var clientAppId = await db.Integrations.Where(i => i.Id == endpoint.IntegrationId).Select(i => i.ClientAppId).SingleAsync(cancellationToken).ConfigureAwait(false);

            // Decided when the delivery is made, as for the subscription: access lost since the event means nothing is sent.
            var reader = await ReaderAsync(clientAppId, delivery.PlanId, cancellationToken).ConfigureAwait(false);
            if (reader is null)
            {
                delivery.Withhold("Not sent: when it was due, the integration could no longer see this plan");
                await db.SaveChangesAsync(CancellationToken.None).ConfigureAwait(false);
                return;
            }

            // R30: the integration reads the person's plan; the row is durable before the receiver has it.
            var audit = scope.ServiceProvider.GetRequiredService<AuditWriter>();
            await audit.WriteAsync([new AuditEntry(reader.Value.Caller.ToActor(), reader.Value.Caller.OrganisationId, AuditAction.Read, AuditOperation, reader.Value.Person, time.GetUtcNow())], cancellationToken).ConfigureAwait(false);

            var number = delivery.StartAttempt();
            var sender = scope.ServiceProvider.GetRequiredService<WebhookSender>();
            var startedAt = TimeProvider.System.GetUtcNow();
            var result = await sender.SendAsync(new Uri(endpoint.Url), WebhookMessage.IdOf(delivery.EventId), WebhookMessage.Body(delivery.Payload), endpoint.SecretsInForce(time.GetUtcNow()), cancellationToken).ConfigureAwait(false);
            var finishedAt = TimeProvider.System.GetUtcNow();
            db.WebhookAttempts.Add(new WebhookAttempt(delivery.Id, number, startedAt, result.Duration, result.Outcome, result.StatusCode, Shorten(result.Error, 1000), Shorten(result.ResponseExcerpt, 2000)));
            var failedForGood = false;
            if (result.Outcome == WebhookAttemptOutcome.Succeeded)
            {
                delivery.Succeeded(finishedAt);
            }
            else
            {
                failedForGood = delivery.AttemptFailed(Shorten(result.Error, 1000)!, RetryWait(number), finishedAt);
                LogAttemptFailed(logger, delivery.Id, number, result.Outcome, result.Error);
            }

            await db.SaveChangesAsync(CancellationToken.None).ConfigureAwait(false);
            if (result.Outcome == WebhookAttemptOutcome.Succeeded)
            {
                await OnEndpointAsync(endpoint.Id, e => e.RecordDelivered()).ConfigureAwait(false);
            }
            else if (failedForGood)
            {
                await OnEndpointAsync(endpoint.Id, e => e.RecordFailed(result.Error ?? "it failed")).ConfigureAwait(false);
            }
        }
    }

    /// <summary>The integration as a caller, and the person whose plan it is, when it may see the plan now; otherwise null.</summary>
    private Task<(Caller Caller, Id<Domain.People.Person> Person)?> ReaderAsync(Guid clientAppId, Guid planId, CancellationToken cancellationToken) =>
        AsIntegrationAsync<(Caller Caller, Id<Domain.People.Person> Person)?>(
            clientAppId,
            async (caller, plans) =>
            {
                var id = new Id<CarePlan>(planId);
                var person = await plans.Where(p => p.Id == id).Select(p => (Id<Domain.People.Person>?)p.PersonId).FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
                return person is { } found ? (caller, found) : null;
            },
            null,
            cancellationToken);

    /// <summary>The wait before the retry after attempt <paramref name="attempt"/>, with jitter; null when the schedule is used up.</summary>
    internal TimeSpan? RetryWait(int attempt)
    {
        var schedule = _options.Retries;
        if (attempt > schedule.Count)
        {
            return null;
        }

        var jitter = 1 + (((Random.Shared.NextDouble() * 2) - 1) * _options.Jitter);
        return TimeSpan.FromTicks((long)(schedule[attempt - 1].Ticks * jitter));
    }

    /// <summary>Records a delivery's outcome on its endpoint; a change made to it meanwhile (a rotation, say) is reloaded, not lost.</summary>
    private async Task OnEndpointAsync(Id<WebhookEndpoint> endpointId, Action<WebhookEndpoint> record)
    {
        for (var attempt = 0; attempt < 5; attempt++)
        {
            var scope = scopes.CreateAsyncScope();
            await using (scope.ConfigureAwait(false))
            {
                var db = scope.ServiceProvider.GetRequiredService<CarePlanDbContext>();
                var endpoint = await db.WebhookEndpoints.SingleAsync(e => e.Id == endpointId).ConfigureAwait(false);
                record(endpoint);
                try
                {
                    await db.SaveChangesAsync().ConfigureAwait(false);
                    return;
                }
                catch (DbUpdateConcurrencyException)
                {
                    // Someone changed the endpoint meanwhile: read it again.
                }
            }
        }
    }

    private async Task PruneIfDueAsync(CancellationToken cancellationToken)
    {
        var last = Interlocked.Read(ref _lastPruneTimestamp);
        if (last != 0 && TimeProvider.System.GetElapsedTime(last) < PruneEvery)
        {
            return;
        }

        Interlocked.Exchange(ref _lastPruneTimestamp, TimeProvider.System.GetTimestamp());
        var scope = scopes.CreateAsyncScope();
        await using (scope.ConfigureAwait(false))
        {
            var db = scope.ServiceProvider.GetRequiredService<CarePlanDbContext>();
            // CreatedAt is the application's clock, as the outbox's.
            var cutoff = time.GetUtcNow() - _options.DeliveryRetention;
            var old = db.WebhookDeliveries.Where(d => d.Status != WebhookDeliveryStatus.Pending && d.CreatedAt < cutoff).OrderBy(d => d.CreatedAt).Take(1000).Select(d => d.Id);
            await db.WebhookAttempts.Where(a => old.Contains(a.DeliveryId)).ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
            await db.WebhookDeliveries.Where(d => old.Contains(d.Id)).ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task WakeOnEventsAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            using var events = bus.Subscribe(null);
            try
            {
                await foreach (var _ in events.Reader.ReadAllAsync(stoppingToken).ConfigureAwait(false))
                {
                    _signal.Ring();
                }
            }
            catch (OperationCanceledException)
            {
                return;
            }
            catch (PlanEventQueueOverflowException)
            {
                // Behind on wake-ups only: the next pass finds every event in the outbox anyway.
                _signal.Ring();
            }
        }
    }

    private static string? Shorten(string? text, int max) => text is { Length: > 0 } && text.Length > max ? text[..max] : text;

    [LoggerMessage(Level = LogLevel.Information, Message = "Webhook deliveries are off on this instance (Webhooks:DeliveryEnabled=false).")]
    private static partial void LogDisabled(ILogger logger);

    [LoggerMessage(Level = LogLevel.Error, Message = "A webhook delivery pass failed; it is tried again.")]
    private static partial void LogPassFailed(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Webhook delivery {DeliveryId} could not be made; its lease runs out and it is tried again.")]
    private static partial void LogDeliveryFailed(ILogger logger, Exception exception, Guid deliveryId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Webhook delivery {DeliveryId}, attempt {Attempt}: {Outcome}. {Error}")]
    private static partial void LogAttemptFailed(ILogger logger, Guid deliveryId, int attempt, WebhookAttemptOutcome outcome, string? error);
}
