using System.Text.RegularExpressions;

namespace CarePlanGraph.Api.Tests.Guide;

/// <summary>
/// Reads <c>docs/integrating.md</c> as a script: every fenced <c>graphql</c>, <c>http</c> and <c>json</c> block must
/// belong to a step announced by an HTML comment just before it (invisible to readers), so nothing the guide shows
/// goes untested. The steps, run in the order the guide shows them:
/// <list type="bullet">
/// <item><c>&lt;!-- example name=N as=P [adhoc] [variables] [via=ws] [keep=k:path,…] --&gt;</c>: a <c>graphql</c> block,
/// a <c>json</c> block of variables when <c>variables</c> is given, then the <c>json</c> answer (not for <c>via=ws</c>,
/// whose events are checked by <c>arrives</c>).</item>
/// <item><c>&lt;!-- http name=N as=P [token=expired|other-audience] [settings=Key=Value;…] [until=STATUS] [keep=…] --&gt;</c>: an <c>http</c> request
/// block, then the <c>http</c> response expected (status, the headers shown, the body).</item>
/// <item><c>&lt;!-- arrives subscription=N [keep=…] --&gt;</c>: a <c>json</c> block, the next event on that subscription.</item>
/// <item><c>&lt;!-- webhook secret=K [keep=…] --&gt;</c>: an <c>http</c> block, the request a webhook receiver gets.</item>
/// </list>
/// <c>as</c> is a demo persona's handle, <c>app:&lt;client id&gt;</c> for an application registered in the guide, or
/// <c>none</c>. In expected blocks <c>…</c> stands for any text (or, alone, any value); <c>&lt;name&gt;</c> in a
/// document, variables or request is replaced by a value kept from an earlier step.
/// </summary>
public sealed partial class GuideScript
{
    private static readonly HashSet<string> CheckedLanguages = new(StringComparer.Ordinal) { "graphql", "http", "json" };

    public IReadOnlyList<GuideStep> Steps { get; }

    private GuideScript(IReadOnlyList<GuideStep> steps) => Steps = steps;

    public static GuideScript Parse(string markdown)
    {
        var lines = markdown.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var items = new List<Item>();
        for (var i = 0; i < lines.Length; i++)
        {
            var annotation = AnnotationPattern().Match(lines[i].Trim());
            if (annotation.Success)
            {
                items.Add(new Item(i + 1, annotation.Groups["kind"].Value, annotation.Groups["args"].Value, null, null));
                continue;
            }

            if (!lines[i].StartsWith("```", StringComparison.Ordinal))
            {
                continue;
            }

            var language = lines[i][3..].Trim();
            var start = i;
            var body = new List<string>();
            for (i++; i < lines.Length && !lines[i].StartsWith("```", StringComparison.Ordinal); i++)
            {
                body.Add(lines[i]);
            }

            if (i == lines.Length)
            {
                throw new FormatException($"Line {start + 1}: the ```{language} block is never closed.");
            }

            items.Add(new Item(start + 1, null, null, language, string.Join('\n', body)));
        }

        var steps = new List<GuideStep>();
        var position = 0;
        while (position < items.Count)
        {
            var item = items[position++];
            if (item.Kind is null)
            {
                if (CheckedLanguages.Contains(item.Language!))
                {
                    throw new FormatException($"Line {item.Line}: a ```{item.Language} block with no <!-- example … --> (or http, arrives, webhook) comment before it: every example in the guide is run by a test.");
                }

                continue;
            }

            var args = Arguments(item);
            string Next(string language)
            {
                while (position < items.Count && items[position].Kind is null && !CheckedLanguages.Contains(items[position].Language!))
                {
                    position++;
                }

                if (position == items.Count || items[position].Language != language)
                {
                    throw new FormatException($"Line {item.Line}: the {item.Kind} step needs a ```{language} block next.");
                }

                return items[position++].Text!;
            }

            GuideStep step = item.Kind switch
            {
                "example" => new GraphQLStep(item.Line, args)
                {
                    Document = Next("graphql"),
                    Variables = args.ContainsKey("variables") ? Next("json") : null,
                    Answer = args.GetValueOrDefault("via") == "ws" ? null : Next("json"),
                },
                "http" => new HttpStep(item.Line, args) { Request = Next("http"), Response = Next("http") },
                "arrives" => new ArrivesStep(item.Line, args) { Event = Next("json") },
                "webhook" => new WebhookStep(item.Line, args) { Request = Next("http") },
                _ => throw new FormatException($"Line {item.Line}: unknown step '{item.Kind}'."),
            };
            steps.Add(step);
        }

        var duplicate = steps.Where(s => s.Name is not null).GroupBy(s => s.Name).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new FormatException($"Two steps are named '{duplicate.Key}'.");
        }

        return new GuideScript(steps);
    }

    private static Dictionary<string, string> Arguments(Item item)
    {
        var args = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var token in item.Arguments!.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var equals = token.IndexOf('=', StringComparison.Ordinal);
            var (key, value) = equals < 0 ? (token, string.Empty) : (token[..equals], token[(equals + 1)..]);
            if (!args.TryAdd(key, value))
            {
                throw new FormatException($"Line {item.Line}: '{key}' is given twice.");
            }
        }

        return args;
    }

    [GeneratedRegex(@"^<!--\s*(?<kind>example|http|arrives|webhook)\b(?<args>.*?)-->$")]
    private static partial Regex AnnotationPattern();

    private sealed record Item(int Line, string? Kind, string? Arguments, string? Language, string? Text);
}

/// <summary>One step of the guide's script, at the line of its comment.</summary>
public abstract record GuideStep(int Line, IReadOnlyDictionary<string, string> Arguments)
{
    public string? Name => Arguments.GetValueOrDefault("name");

    public string? As => Arguments.GetValueOrDefault("as");

    /// <summary>The values to keep for later steps: name → dotted path into the answer (<c>data.plans.nodes.0.id</c>).</summary>
    public IEnumerable<(string Name, string Path)> Keeps =>
        (Arguments.GetValueOrDefault("keep") ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries)
            .Select(k => k.Split(':', 2))
            .Select(k => (k[0], k.Length == 2 ? k[1] : throw new FormatException($"Line {Line}: keep '{k[0]}' needs name:path.")));

    public sealed override string ToString() => $"{GetType().Name} '{Name}' (line {Line})";
}

public sealed record GraphQLStep(int Line, IReadOnlyDictionary<string, string> Arguments) : GuideStep(Line, Arguments)
{
    public required string Document { get; init; }

    public string? Variables { get; init; }

    public string? Answer { get; init; }

    public bool AdHoc => Arguments.ContainsKey("adhoc");

    public bool OverWebSocket => Arguments.GetValueOrDefault("via") == "ws";
}

public sealed record HttpStep(int Line, IReadOnlyDictionary<string, string> Arguments) : GuideStep(Line, Arguments)
{
    public required string Request { get; init; }

    public required string Response { get; init; }

    /// <summary>Settings for a host of its own (<c>Key=Value;…</c>); without them the step runs on the guide's host.</summary>
    public IReadOnlyDictionary<string, string?> Settings =>
        (Arguments.GetValueOrDefault("settings") ?? string.Empty).Split(';', StringSplitOptions.RemoveEmptyEntries)
            .Select(s => s.Split('=', 2))
            .ToDictionary(s => s[0], s => (string?)s[1], StringComparer.Ordinal);

    /// <summary>Send the request again until this status comes back (e.g. 429), then compare.</summary>
    public int? Until => Arguments.TryGetValue("until", out var status) ? int.Parse(status, System.Globalization.CultureInfo.InvariantCulture) : null;
}

public sealed record ArrivesStep(int Line, IReadOnlyDictionary<string, string> Arguments) : GuideStep(Line, Arguments)
{
    public required string Event { get; init; }

    public string Subscription => Arguments.GetValueOrDefault("subscription") ?? throw new FormatException($"Line {Line}: arrives needs subscription=.");
}

public sealed record WebhookStep(int Line, IReadOnlyDictionary<string, string> Arguments) : GuideStep(Line, Arguments)
{
    public required string Request { get; init; }

    /// <summary>The kept value holding the endpoint's signing secret, which the request must verify with.</summary>
    public string Secret => Arguments.GetValueOrDefault("secret") ?? throw new FormatException($"Line {Line}: webhook needs secret=.");
}
