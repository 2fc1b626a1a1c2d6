using System.Globalization;
using System.Text.RegularExpressions;

namespace CarePlanGraph.Api.Tests.SchemaContract;

/// <summary>
/// schema/CHANGELOG.md read as its header describes: <c>## Unreleased</c>, then <c>## yyyy-MM-dd</c> releases newest
/// first, each with <c>### Breaking</c>, <c>### Deprecated</c> … lists naming schema coordinates in backticks.
/// </summary>
internal sealed partial class SchemaChangeLog
{
    public const string Unreleased = "Unreleased";

    private SchemaChangeLog(IReadOnlyList<Section> sections, IReadOnlyList<string> problems)
    {
        Sections = sections;
        Problems = problems;
    }

    /// <summary>The <c>##</c> sections in file order; the header above the first is not an entry.</summary>
    public IReadOnlyList<Section> Sections { get; }

    /// <summary>What is wrong with the file's shape (headings, order).</summary>
    public IReadOnlyList<string> Problems { get; }

    public static SchemaChangeLog Parse(string markdown)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        var sections = new List<Section>();
        var problems = new List<string>();
        string? subsection = null;
        foreach (var line in markdown.ReplaceLineEndings("\n").Split('\n'))
        {
            if (line.StartsWith("## ", StringComparison.Ordinal))
            {
                var title = line[3..].Trim();
                DateOnly? date = DateOnly.TryParseExact(title, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;
                if (title != Unreleased && date is null)
                {
                    problems.Add($"\"## {title}\" is neither \"## {Unreleased}\" nor a release date (\"## yyyy-MM-dd\").");
                }

                sections.Add(new Section(title, date, []));
                subsection = null;
            }
            else if (line.StartsWith("### ", StringComparison.Ordinal))
            {
                subsection = line[4..].Trim();
            }
            else if (sections.Count > 0 && subsection is not null)
            {
                var entries = sections[^1].Entries;
                if (!entries.TryGetValue(subsection, out var lines))
                {
                    entries[subsection] = lines = [];
                }

                lines.Add(line);
            }
        }

        if (sections.Count == 0 || sections[0].Title != Unreleased)
        {
            problems.Add($"The first section must be \"## {Unreleased}\" (empty when nothing changed since the last release).");
        }

        var dates = sections.Where(s => s.Date is not null).Select(s => s.Date!.Value).ToList();
        if (!dates.SequenceEqual(dates.Distinct().OrderDescending()))
        {
            problems.Add("Releases must be listed newest first, each date once.");
        }

        if (sections.Count(s => s.Title == Unreleased) > 1)
        {
            problems.Add($"There must be one \"## {Unreleased}\" section.");
        }

        return new SchemaChangeLog(sections, problems);
    }

    /// <summary>
    /// The coordinates named in backticks under <paramref name="subsection"/> in what was written after the release
    /// <paramref name="released"/>: the Unreleased section and any later release.
    /// </summary>
    public IReadOnlySet<string> CoordinatesSince(DateOnly released, string subsection) =>
        Sections
            .Where(s => s.Date is null || s.Date > released)
            .SelectMany(s => s.Entries.TryGetValue(subsection, out var lines) ? lines : [])
            .SelectMany(line => CodeSpan().Matches(line).Select(m => m.Groups[1].Value))
            .ToHashSet(StringComparer.Ordinal);

    [GeneratedRegex("`([^`]+)`")]
    private static partial Regex CodeSpan();

    /// <summary>A <c>##</c> section: Unreleased, or a release and its date; its lines by <c>###</c> subsection.</summary>
    internal sealed record Section(string Title, DateOnly? Date, Dictionary<string, List<string>> Entries);
}
