namespace CarePlanGraph.Api.Graph.Execution;

/// <summary>
/// The cache of parsed and validated GraphQL documents (section <c>GraphQL:DocumentCache</c>). Clients send the
/// same few operations again and again; a document seen before skips lexing, parsing and the validation rules
/// that depend on nothing but its text. See <see cref="DocumentCache"/>.
/// </summary>
public sealed class DocumentCacheOptions
{
    /// <summary>The configuration section these options are bound from.</summary>
    public const string SectionName = "GraphQL:DocumentCache";

    /// <summary>Whether documents are cached at all (default true). Off, every request is parsed and validated in full.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>
    /// The most documents kept (default 1000); past it the least recently used one is dropped. A portal, a
    /// planner's tool and the council site each send a few dozen distinct operations, so 1000 holds all of them
    /// with room for variations, while a client sending endless distinct documents only churns the cache.
    /// </summary>
    public int MaxEntries { get; set; } = 1000;

    /// <summary>
    /// The most memory the cached documents may take, in bytes (default 64 MiB), estimated as
    /// <see cref="DocumentCache.BytesPerCharacter"/> bytes per character of document text (the text and its
    /// syntax tree). Past it the least recently used documents are dropped. A document of the largest size
    /// <see cref="RequestLimitsOptions.MaxDocumentBytes"/> allows (32 KiB) counts about 1 MiB, so this bound, not
    /// <see cref="MaxEntries"/>, holds when clients send large documents.
    /// </summary>
    public long MaxBytes { get; set; } = 64L * 1024 * 1024;
}
