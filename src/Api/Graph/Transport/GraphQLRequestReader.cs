using System.Buffers;
using System.Text.Json;
using System.Text.Unicode;
using GraphQL;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace CarePlanGraph.Api.Graph.Transport;

/// <summary>
/// Reads the GraphQL request parameters from a POST body or a GET query string and checks their
/// JSON types, so that a malformed request gets a 4xx that names the parameter at fault instead of
/// an engine error.
/// </summary>
internal sealed class GraphQLRequestReader(IGraphQLTextSerializer serializer, IOptions<GraphQLHttpOptions> options)
{
    private const int ChunkSize = 16 * 1024;

    private static readonly JsonDocumentOptions DocumentOptions = new() { MaxDepth = 64 };

    private readonly GraphQLRequestParser _parser = new(serializer);
    private readonly GraphQLHttpOptions _options = options.Value;

    public async Task<(GraphQLRequestParameters? Request, TransportFailure? Failure)> ReadPostAsync(
        HttpRequest request, CancellationToken cancellationToken)
    {
        if (!IsJsonUtf8(request.ContentType))
        {
            return (null, TransportFailure.UnsupportedMediaType(request.ContentType));
        }

        // Content-Length is only a claim: it refuses the honest big request early, and the
        // counted read below refuses the rest (chunked bodies, wrong lengths).
        var limit = _options.MaxRequestBytes;
        if (request.ContentLength > limit)
        {
            return (null, TransportFailure.PayloadTooLarge(limit));
        }

        var body = await ReadBodyAsync(request.Body, limit, cancellationToken).ConfigureAwait(false);
        if (body is null)
        {
            return (null, TransportFailure.PayloadTooLarge(limit));
        }

        var json = SkipUtf8ByteOrderMark(body);
        if (json.IsEmpty)
        {
            return (null, TransportFailure.BadRequest(
                "The request body is empty; send a JSON object with the GraphQL document in 'query'."));
        }

        // System.Text.Json would only notice invalid UTF-8 inside a string when reading it.
        if (!Utf8.IsValid(json.Span))
        {
            return (null, TransportFailure.BadRequest("The request body is not valid UTF-8; send the JSON encoded as UTF-8."));
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, DocumentOptions);
        }
        catch (JsonException exception)
        {
            return (null, TransportFailure.BadRequest(
                $"The request body is not valid JSON, or nests deeper than {DocumentOptions.MaxDepth} (line {exception.LineNumber + 1}, byte {exception.BytePositionInLine + 1})."));
        }

        using (document)
        {
            return ReadBody(document.RootElement);
        }
    }

    public (GraphQLRequestParameters? Request, TransportFailure? Failure) ReadGet(IQueryCollection query)
    {
        if (!TryGetSingle(query, "query", out var text, out var failure))
        {
            return (null, failure);
        }

        if (!TryGetSingle(query, GraphQLRequestParser.DocumentId, out var documentId, out failure))
        {
            return (null, failure);
        }

        if (text is null && string.IsNullOrEmpty(documentId))
        {
            return (null, MissingQuery());
        }

        if (!TryGetSingle(query, "operationName", out var operationName, out failure)
            || !TryReadJsonParameter(query, "variables", out var variables, out failure)
            || !TryReadJsonParameter(query, "extensions", out var extensions, out failure))
        {
            return (null, failure);
        }

        return (new GraphQLRequestParameters(text, NullIfEmpty(operationName), variables, extensions, NullIfEmpty(documentId)), null);
    }

    private (GraphQLRequestParameters? Request, TransportFailure? Failure) ReadBody(JsonElement root) =>
        _parser.TryParse(root, out var request, out var problem) ? (request, null) : (null, FailureFor(problem));

    private bool TryReadJsonParameter(IQueryCollection query, string parameter, out Inputs? value, out TransportFailure? failure)
    {
        value = null;
        if (!TryGetSingle(query, parameter, out var text, out failure))
        {
            return false;
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            return true;
        }

        try
        {
            using var document = JsonDocument.Parse(text, DocumentOptions);
            if (_parser.TryReadMap(parameter, document.RootElement, out value, out var problem))
            {
                return true;
            }

            failure = FailureFor(problem);
            return false;
        }
        catch (JsonException)
        {
            failure = TransportFailure.BadRequest($"'{parameter}' must be a URL-encoded JSON object, and this one is not valid JSON (or nests deeper than {DocumentOptions.MaxDepth}).");
            return false;
        }
    }

    /// <summary>Words the parser's problem for an HTTP client, naming the parameter at fault and what it was instead.</summary>
    private static TransportFailure FailureFor(GraphQLRequestProblem problem) => problem switch
    {
        { InvalidText: true } => TransportFailure.BadRequest(
            "A string in the request is not valid Unicode text (e.g. a lone UTF-16 surrogate such as \\ud800); send well-formed text."),
        { Unreadable: true } => TransportFailure.BadRequest(
            $"'{problem.Parameter}' holds a value that cannot be read (e.g. a number out of range)."),
        _ => FailureForParameter(problem),
    };

    private static TransportFailure FailureForParameter(GraphQLRequestProblem problem) => problem.Parameter switch
    {
        null when problem.Found == JsonValueKind.Array => TransportFailure.BadRequest(
            "Batched requests (a JSON array) are not supported; send one JSON object per request."),
        null => TransportFailure.BadRequest(
            $"The request body must be a JSON object with the GraphQL document in 'query', not {problem.FoundDescription}."),
        GraphQLRequestParser.Query when problem.IsMissing => MissingQuery(),
        GraphQLRequestParser.Query => TransportFailure.BadRequest(
            $"'query' must be a string holding the GraphQL document, not {problem.FoundDescription}."),
        GraphQLRequestParser.DocumentId => TransportFailure.BadRequest(
            $"'documentId' must be a string (\"sha256:\" and the document's hash) or null, not {problem.FoundDescription}."),
        GraphQLRequestParser.OperationName => TransportFailure.BadRequest(
            $"'operationName' must be a string or null, not {problem.FoundDescription}."),
        var parameter => TransportFailure.BadRequest(
            $"'{parameter}' must be a JSON object (or null), not {problem.FoundDescription}."),
    };

    private static bool TryGetSingle(IQueryCollection query, string parameter, out string? value, out TransportFailure? failure)
    {
        value = null;
        failure = null;
        if (!query.TryGetValue(parameter, out var values) || values.Count == 0)
        {
            return true;
        }

        if (values.Count > 1)
        {
            failure = TransportFailure.BadRequest($"'{parameter}' appears more than once in the query string; send it once.");
            return false;
        }

        value = values[0];
        return true;
    }

    private static bool IsJsonUtf8(string? contentType)
    {
        if (!MediaTypeHeaderValue.TryParse(contentType, out var mediaType)
            || !mediaType.MediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        // No charset means utf-8 (RFC 8259); any other declared charset would be misread.
        var charset = mediaType.Charset;
        return !charset.HasValue
            || charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase)
            || charset.Equals("utf8", StringComparison.OrdinalIgnoreCase);
    }

    private static async Task<byte[]?> ReadBodyAsync(Stream body, long limit, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = ArrayPool<byte>.Shared.Rent(ChunkSize);
        try
        {
            int read;
            while ((read = await body.ReadAsync(chunk.AsMemory(0, ChunkSize), cancellationToken).ConfigureAwait(false)) > 0)
            {
                if (buffer.Length + read > limit)
                {
                    return null;
                }

                buffer.Write(chunk, 0, read);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(chunk);
        }

        return buffer.ToArray();
    }

    private static ReadOnlyMemory<byte> SkipUtf8ByteOrderMark(byte[] body) =>
        body.AsSpan().StartsWith("\uFEFF"u8) ? body.AsMemory(3) : body.AsMemory();

    private static TransportFailure MissingQuery() =>
        TransportFailure.BadRequest("The request has no 'query'; send the GraphQL document as a string in 'query', or a trusted document's id in 'documentId'.");

    private static string? NullIfEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;
}
