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
    private long _bytes;
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
        _meter.CreateObservableGauge("graphql.document_cache.entries", () => Count, description: "Documents in the cache.");
    }

    /// <summary>Requests answered from the cache since start.</summary>
    public long Hits => Interlocked.Read(ref _hits);

    /// <summary>Requests whose document was not in the cache since start.</summary>
    public long Misses => Interlocked.Read(ref _misses);

    /// <summary>Documents dropped to stay within the bounds since start.</summary>
    public long Evictions => Interlocked.Read(ref _evictions);

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
    public bool TryGet(string text, out GraphQLDocument document)
    {
        ArgumentNullException.ThrowIfNull(text);
        lock (_gate)
        {
            if (_entries.TryGetValue(text, out var node))
            {
                _recency.Remove(node);
                _recency.AddFirst(node);
                document = node.Value.Document;
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
    public void Add(string text, GraphQLDocument document)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(document);
        var size = (long)text.Length * BytesPerCharacter;
        if (size > _options.MaxBytes)
        {
            return;
        }

        var evicted = 0;
        lock (_gate)
        {
            if (_entries.ContainsKey(text))
            {
                return;
            }

            while (_entries.Count > 0 && (_entries.Count >= _options.MaxEntries || _bytes + size > _options.MaxBytes))
            {
                var oldest = _recency.Last!;
                _recency.RemoveLast();
                _entries.Remove(oldest.Value.Text);
                _bytes -= oldest.Value.Size;
                evicted++;
            }

            _entries[text] = _recency.AddFirst(new Entry(text, document, size));
            _bytes += size;
        }

        if (evicted > 0)
        {
            Interlocked.Add(ref _evictions, evicted);
            _evictionCounter.Add(evicted);
        }
    }

    public void Dispose() => _meter.Dispose();

    private sealed record Entry(string Text, GraphQLDocument Document, long Size);
}
