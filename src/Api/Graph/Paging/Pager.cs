using System.Buffers.Text;
using System.Globalization;
using System.Text;
using GraphQL;
using GraphQL.Builders;
using GraphQL.Types;
using GraphQL.Types.Relay.DataObjects;
using Microsoft.EntityFrameworkCore;

namespace CarePlanGraph.Api.Graph.Paging;

/// <summary>
/// Pages an ordered query with <c>first/after/last/before</c>. Cursors are opaque positions in the ordered
/// results; a count and one page query go to the database, whatever the page size.
/// </summary>
public static class Pager
{
    private const string CursorPrefix = "cursor:";

    /// <summary>Declares the four Relay paging arguments on a connection field.</summary>
    public static FieldBuilder<TSource, TReturn> PagingArguments<TSource, TReturn>(this FieldBuilder<TSource, TReturn> field)
    {
        ArgumentNullException.ThrowIfNull(field);
        return field
            .Argument<IntGraphType>("first", $"Returns the first n results after `after` (at most {PagingOptions.MaxPageSize}; default {PagingOptions.DefaultPageSize}).")
            .Argument<StringGraphType>("after", "Returns results after this cursor.")
            .Argument<IntGraphType>("last", $"Returns the last n results before `before` (at most {PagingOptions.MaxPageSize}).")
            .Argument<StringGraphType>("before", "Returns results before this cursor.");
    }

    public static async Task<Connection<T>> ToConnectionAsync<T>(IQueryable<T> orderedQuery, IResolveFieldContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var first = context.GetArgument<int?>("first");
        var last = context.GetArgument<int?>("last");
        CheckSize(first, "first");
        CheckSize(last, "last");
        var after = DecodeCursor(context.GetArgument<string?>("after"), "after");
        var before = DecodeCursor(context.GetArgument<string?>("before"), "before");

        var total = await orderedQuery.CountAsync(context.CancellationToken).ConfigureAwait(false);
        var start = after is { } a ? a + 1 : 0;
        var end = before is { } b ? Math.Min(b, total) : total;
        if (first is null && last is null)
        {
            first = PagingOptions.DefaultPageSize;
        }

        if (first is { } f)
        {
            end = Math.Min(end, start + f);
        }

        if (last is { } l)
        {
            start = Math.Max(start, end - l);
        }

        var items = end > start
            ? await orderedQuery.Skip(start).Take(end - start).ToListAsync(context.CancellationToken).ConfigureAwait(false)
            : [];
        var edges = items.Select((item, index) => new Edge<T> { Node = item, Cursor = EncodeCursor(start + index) }).ToList();
        return new Connection<T>
        {
            TotalCount = total,
            Edges = edges,
            PageInfo = new PageInfo
            {
                StartCursor = edges.FirstOrDefault()?.Cursor,
                EndCursor = edges.LastOrDefault()?.Cursor,
                HasPreviousPage = start > 0,
                HasNextPage = start + items.Count < total,
            },
        };
    }

    private static void CheckSize(int? size, string name)
    {
        if (size is < 0 or > PagingOptions.MaxPageSize)
        {
            throw new ExecutionError($"'{name}' must be between 0 and {PagingOptions.MaxPageSize}.") { Code = "INVALID_PAGE_SIZE" };
        }
    }

    private static string EncodeCursor(int position) =>
        Base64Url.EncodeToString(Encoding.UTF8.GetBytes(CursorPrefix + position.ToString(CultureInfo.InvariantCulture)));

    private static int? DecodeCursor(string? cursor, string name)
    {
        if (cursor is null)
        {
            return null;
        }

        if (Base64Url.IsValid(cursor))
        {
            var text = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(cursor));
            if (text.StartsWith(CursorPrefix, StringComparison.Ordinal)
                && int.TryParse(text.AsSpan(CursorPrefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var position))
            {
                return position;
            }
        }

        throw new ExecutionError($"'{name}' is not a cursor this API returned.") { Code = "INVALID_CURSOR" };
    }
}
