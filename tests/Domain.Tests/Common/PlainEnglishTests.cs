using System.Reflection;
using System.Text.RegularExpressions;
using CarePlanGraph.Domain.Agreement;
using CarePlanGraph.Domain.Common;
using CarePlanGraph.Domain.Plans;

namespace CarePlanGraph.Domain.Tests.Common;

/// <summary>
/// Text people read is plain English, never an enum's internal name (DESIGN.md): every refusal's message, the decline
/// the person is told, and the person's copy of their plan.
/// </summary>
public partial class PlainEnglishTests
{
    private static readonly Type[] ErrorTypes = [.. typeof(DomainError).Assembly.GetTypes()
        .Where(t => t.IsSubclassOf(typeof(DomainError)) && !t.IsAbstract)
        .OrderBy(t => t.Name, StringComparer.Ordinal)];

    [Fact]
    public void Every_refusal_message_is_plain_english_for_every_value_of_its_enums()
    {
        Assert.True(ErrorTypes.Length > 40, $"Found only {ErrorTypes.Length} error types.");
        var problems = ErrorTypes
            .SelectMany(SampleErrors)
            .SelectMany(sample => Problems(sample.Error.Message, sample.EnumNames).Select(p => $"{sample.Error.GetType().Name}: {p} in \"{sample.Error.Message}\""))
            .Distinct()
            .ToArray();

        Assert.True(problems.Length == 0, string.Join(Environment.NewLine, problems));
    }

    [Fact]
    public void Every_enum_a_refusal_carries_has_plain_english_words_for_every_value()
    {
        var enums = ErrorTypes
            .SelectMany(t => Constructor(t).GetParameters())
            .Select(p => Nullable.GetUnderlyingType(p.ParameterType) ?? p.ParameterType)
            .Where(t => t.IsEnum)
            .Distinct()
            .ToArray();
        Assert.NotEmpty(enums);

        foreach (var type in enums)
        {
            var describe = typeof(PlainEnglish).GetMethod(nameof(PlainEnglish.Describe), [type]);
            Assert.True(describe is not null, $"PlainEnglish has no Describe({type.Name}).");
            foreach (var value in Enum.GetValues(type))
            {
                var words = (string)describe.Invoke(null, [value])!;
                Assert.Empty(Problems(words, [value.ToString()!]));
            }
        }
    }

    [Fact]
    public void The_decline_the_person_is_told_reads_as_plain_sentences()
    {
        var decline = new DeclineDetails(
            Reasons: "The plan does not show how evenings will be paid for by Direct Payment.",
            RequiredChanges: ["Add support for the evening meal, 5 days a week.", "Name who provides it;"],
            AdviceOffered: "Meals on wheels information leaflet.");
        var scenario = PlanScenario.ReadyToSubmit().Submit().Decline(details: decline);

        var told = scenario.Plan.History.Last(e => e.Kind == PlanEventKind.PersonNotified).Reason!;

        Assert.Empty(Problems(told, []));
        Assert.Equal(
            "Told the plan was not agreed because: The plan does not show how evenings will be paid for by Direct Payment. What must change: Add support for the evening meal, 5 days a week; Name who provides it. Advice and information offered: Meals on wheels information leaflet.",
            told);
    }

    [Fact]
    public void The_persons_copy_reads_as_plain_sentences()
    {
        var scenario = PlanScenario.SubmittedPlan();
        var attestation = PlanScenario.GoodAttestation with { AdviceOffered = "Falls prevention classes and the local carers' centre" };
        scenario.Plan.Agree(scenario.Assessment, attestation, Actors.KeyWorker, scenario.Now).ShouldSucceed();

        var text = scenario.Plan.PersonsCopy(scenario.Assessment).ShouldSucceed().Text;

        Assert.Empty(Problems(text, [.. Enum.GetNames<SupportArrangement>(), .. Enum.GetNames<ManagementOption>(), .. Enum.GetNames<CostFrequency>()]));
        Assert.Contains("Your support is managed in more than one of these ways.\n", text, StringComparison.Ordinal);
        Assert.Contains("Advice and information offered to you: Falls prevention classes and the local carers' centre.\n", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("A plan that is UnderReview cannot be ended.", "internal name")]
    [InlineData("A plan that is UNDERREVIEW cannot be ended.", "capitals")]
    [InlineData("A plan that is UNDER_REVIEW cannot be ended.", "capitals")]
    [InlineData("Because it is late.. Try again.", "\"..\"")]
    [InlineData("Add meals.; Add care.", "\".;\"")]
    [InlineData("Someone acting as Person cannot do this.", "internal name")]
    public void The_check_catches_internal_names_and_broken_punctuation(string text, string problem) =>
        Assert.Contains(Problems(text, ["Person"]), p => p.StartsWith(problem, StringComparison.Ordinal));

    /// <summary>What is wrong with <paramref name="text"/>: internal enum names, capitals run together, doubled stops.</summary>
    internal static IEnumerable<string> Problems(string text, IEnumerable<string> enumNames)
    {
        foreach (Match match in PascalCase().Matches(text))
        {
            yield return $"internal name \"{match.Value}\"";
        }

        foreach (Match match in Capitals().Matches(text))
        {
            yield return $"capitals \"{match.Value}\"";
        }

        foreach (var name in enumNames.Where(n => Regex.IsMatch(text, $@"(?<=\S\s+)\b{n}\b")))
        {
            yield return $"internal name \"{name}\" mid-sentence";
        }

        if (text.Contains("..", StringComparison.Ordinal))
        {
            yield return "\"..\"";
        }

        if (text.Contains(".;", StringComparison.Ordinal))
        {
            yield return "\".;\"";
        }
    }

    /// <summary>
    /// The error built from sample values, once with each value of each enum (and each bool) it takes and with text
    /// that does and does not end in a full stop; with the names of the enum values passed in.
    /// </summary>
    private static IEnumerable<(DomainError Error, string[] EnumNames)> SampleErrors(Type type)
    {
        var parameters = Constructor(type).GetParameters();
        foreach (var text in new[] { "the sample words", "The sample words." })
        {
            var baseline = parameters.Select(p => Sample(p.ParameterType, text)).ToArray();
            yield return Build(type, baseline);
            for (var i = 0; i < parameters.Length; i++)
            {
                var parameterType = Nullable.GetUnderlyingType(parameters[i].ParameterType) ?? parameters[i].ParameterType;
                var values = parameterType.IsEnum ? Enum.GetValues(parameterType).Cast<object>() : parameterType == typeof(bool) ? [true, false] : [];
                foreach (var value in values)
                {
                    var arguments = (object?[])baseline.Clone();
                    arguments[i] = value;
                    yield return Build(type, arguments);
                }
            }
        }
    }

    private static (DomainError, string[]) Build(Type type, object?[] arguments) =>
        ((DomainError)Constructor(type).Invoke(arguments), [.. arguments.OfType<Enum>().Select(e => e.ToString())]);

    private static ConstructorInfo Constructor(Type type) => type.GetConstructors()
        .Where(c => c.GetParameters() is not [{ } only] || only.ParameterType != type)
        .OrderByDescending(c => c.GetParameters().Length)
        .First();

    private static object? Sample(Type type, string text)
    {
        var underlying = Nullable.GetUnderlyingType(type) ?? type;
        return underlying switch
        {
            _ when underlying == typeof(string) => text,
            _ when underlying == typeof(int) => 3,
            _ when underlying == typeof(bool) => true,
            _ when underlying == typeof(DateOnly) => new DateOnly(2026, 3, 15),
            _ when underlying == typeof(DateTimeOffset) => Clock.Now,
            _ when underlying == typeof(Money) => Money.FromPounds(12),
            _ when underlying == typeof(IReadOnlyList<string>) => new[] { "Ada Lovelace", "Grace Hopper" },
            { IsEnum: true } => Enum.GetValues(underlying).GetValue(0),
            { IsGenericType: true } when underlying.GetGenericTypeDefinition() == typeof(Id<>) => underlying.GetMethod("New")!.Invoke(null, null),
            _ => throw new InvalidOperationException($"Add a sample {underlying} for the plain-English check."),
        };
    }

    /// <summary>A word whose capitals run together: <c>CustomerServices</c>, <c>ChangesRequired</c>.</summary>
    [GeneratedRegex(@"\b[A-Z][a-z]+(?:[A-Z][a-z]+)+\b")]
    private static partial Regex PascalCase();

    /// <summary>Capitals run together, as the API spells enum values: <c>CHANGESREQUIRED</c>, <c>UNDER_REVIEW</c>.</summary>
    [GeneratedRegex(@"\b[A-Z]{2,}(?:_[A-Z]+)*\b")]
    private static partial Regex Capitals();
}
