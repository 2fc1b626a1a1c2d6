using System.Diagnostics.Metrics;
using GraphQLParser.AST;

namespace CarePlanGraph.Api.Graph.Execution;

/// <summary>
/// Documents that passed every limit and every validation rule, by their exact text, least recently used first
/// out. Bounded by <see cref="DocumentCacheOptions.MaxEntries"/> and <see cref="DocumentCacheOptions.MaxBytes"/>.
/// The key is the whole text (the dictionary hashes it and then compares it), so two documents can never share an
/// entry. Thread-safe: one short lock per look-up, which costs far less than the parse it saves.
/// </summary>
public sealed class DocumentCache : IDisposable
{
    /// <summary>
    /// Estimated memory per character of cached text: the string (2 bytes a character) and its syntax tree.
    /// Parsing a dashboard query, aliased copies of it and the standard introspection query allocates 16 to 17
    /// bytes a character; the estimate leaves room for the entry itself and for small documents, which cost more
    /// per character.
    /// </summary>
    public const int BytesPerCharacter = 32;

    /// <summary>The name of the meter that counts hits, misses and evictions: this class's full name.</summary>
    public static readonly string MeterName = typeof(DocumentCache).FullName!;

    private readonly Lock _gate = new();
    private readonly Dictionary<string, LinkedListNode<Entry>> _entries = new(StringComparer.Ordinal);
    private readonly LinkedList<Entry> _recency = new();
    private readonly DocumentCacheOptions _options;
    private readonly Meter _meter;
    private readonly Counter<long> _hitCounter;
    private readonly Counter<long> _missCounter;
    private readonly Counter<long> _evictionCounter;
    private readonly Counter<long> _skippedCounter;
    private long _bytes;
    private long _skipped;
    private long _hits;
    private long _misses;
    private long _evictions;

    public DocumentCache(DocumentCacheOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
        _meter = new Meter(MeterName);
        _hitCounter = _meter.CreateCounter<long>("graphql.document_cache.hits", description: "Requests whose document was found parsed and validated.");
        _missCounter = _meter.CreateCounter<long>("graphql.document_cache.misses", description: "Requests whose document had to be parsed and validated in full.");
        _evictionCounter = _meter.CreateCounter<long>("graphql.document_cache.evictions", description: "Documents dropped to stay within the cache's bounds.");
        _skippedCounter = _meter.CreateCounter<long>("graphql.document_cache.validations_skipped", description: "Requests without variables that skipped validation because a request like them had passed it.");
        _meter.CreateObservableGauge("graphql.document_cache.entries", () => Count, description: "Documents in the cache.");
    }

    /// <summary>Requests answered from the cache since start.</summary>
    public long Hits => Interlocked.Read(ref _hits);

    /// <summary>Requests whose document was not in the cache since start.</summary>
    public long Misses => Interlocked.Read(ref _misses);

    /// <summary>Documents dropped to stay within the bounds since start.</summary>
    public long Evictions => Interlocked.Read(ref _evictions);

    /// <summary>Requests without variables that skipped validation since start (<see cref="DocumentCacheExecution"/>).</summary>
    public long ValidationsSkipped => Interlocked.Read(ref _skipped);

    /// <summary>Documents in the cache now.</summary>
    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _entries.Count;
            }
        }
    }

    /// <summary>The document validated for exactly this text, if it is cached; a hit makes it the most recently used.</summary>
    public bool TryGet(string text, out CachedDocument document)
    {
        ArgumentNullException.ThrowIfNull(text);
        lock (_gate)
        {
            if (_entries.TryGetValue(text, out var node))
            {
                _recency.Remove(node);
                _recency.AddFirst(node);
                document = node.Value.Cached;
                Interlocked.Increment(ref _hits);
                _hitCounter.Add(1);
                return true;
            }
        }

        document = null!;
        Interlocked.Increment(ref _misses);
        _missCounter.Add(1);
        return false;
    }

    /// <summary>
    /// Keeps a document that has just passed validation. Only call it for a document that did; an invalid one must
    /// go through every check again next time. A document larger than the whole cache is not kept.
    /// </summary>
    /// <returns>The entry now cached for the text (the one already there, if another request kept it first), or null.</returns>
    public CachedDocument? Add(string text, GraphQLDocument document)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(document);
        var size = (long)text.Length * BytesPerCharacter;
        if (size > _options.MaxBytes)
        {
            return null;
        }

        var evicted = 0;
        CachedDocument cached;
        lock (_gate)
        {
            if (_entries.TryGetValue(text, out var existing))
            {
                return existing.Value.Cached;
            }

            while (_entries.Count > 0 && (_entries.Count >= _options.MaxEntries || _bytes + size > _options.MaxBytes))
            {
                var oldest = _recency.Last!;
                _recency.RemoveLast();
                _entries.Remove(oldest.Value.Text);
                _bytes -= oldest.Value.Size;
                evicted++;
            }

            cached = new CachedDocument(document);
            _entries[text] = _recency.AddFirst(new Entry(text, cached, size));
            _bytes += size;
        }

        if (evicted > 0)
        {
            Interlocked.Add(ref _evictions, evicted);
            _evictionCounter.Add(evicted);
        }

        return cached;
    }

    internal void CountSkippedValidation()
    {
        Interlocked.Increment(ref _skipped);
        _skippedCounter.Add(1);
    }

    public void Dispose() => _meter.Dispose();

    private sealed record Entry(string Text, CachedDocument Cached, long Size);
}

/// <summary>
/// A cached document, and the kinds of request without variables that have already passed the rules that depend on
/// the request (<see cref="DocumentCacheExecution"/> decides what makes two such requests alike).
/// </summary>
public sealed class CachedDocument(GraphQLDocument document)
{
    /// <summary>
    /// How many kinds of request one document remembers: operation name × HTTP method × signed in or not, so a
    /// handful; the bound only stops a client that cycles operation names from growing an entry.
    /// </summary>
    internal const int MaxRememberedRequests = 16;

    // Copied on write: read on every hit without a lock, written once per kind of request.
    private DocumentCacheExecution.RequestShape[] _passed = [];

    public GraphQLDocument Document { get; } = document;

    internal bool HasPassed(DocumentCacheExecution.RequestShape shape) => Array.IndexOf(Volatile.Read(ref _passed), shape) >= 0;

    internal void RememberPassed(DocumentCacheExecution.RequestShape shape)
    {
        while (true)
        {
            var current = Volatile.Read(ref _passed);
            if (current.Length >= MaxRememberedRequests || Array.IndexOf(current, shape) >= 0
                || Interlocked.CompareExchange(ref _passed, [.. current, shape], current) == current)
            {
                return;
            }
        }
    }
}
