using System.Globalization;
using System.Text;
using CarePlanGraph.Domain.Agreement;
using CarePlanGraph.Domain.Assessments;
using CarePlanGraph.Domain.Budgets;
using CarePlanGraph.Domain.Common;
using CarePlanGraph.Domain.People;

namespace CarePlanGraph.Domain.Plans;

/// <summary>
/// The copy of the agreed plan the person receives (R16): exactly how the personal budget will be spent, item by
/// item (who provides it, how it is arranged, unpaid help given freely (R34), how often, what it costs a week and a year), the totals, what the
/// person contributes and what the council pays, and the advice and information offered. It is derived from the
/// version in force, so it never drifts from it; <see cref="Text"/> is the plain-language letter.
/// </summary>
public sealed class PersonsCopy
{
    private static readonly CultureInfo UkCulture = CultureInfo.GetCultureInfo("en-GB");

    private PersonsCopy(CarePlan plan, PlanVersion version, Assessment assessment)
    {
        var decision = version.Decisions.Where(d => d.Outcome == DecisionOutcome.Agreed).MaxBy(d => d.DecidedAt)
            ?? throw new InvalidOperationException("An agreed version always carries its agreement decision.");
        PlanId = plan.Id;
        PersonId = plan.PersonId;
        VersionNumber = version.Number;
        AgreedAt = decision.DecidedAt;
        AgreedByName = decision.DecidedByName;
        AdviceOffered = decision.AdviceOffered;
        ManagementOption = version.ManagementOption;
        Budget = PersonalBudgetStatement.For(plan, version);
        NextReviewDue = plan.NextReviewDue;
        var needs = assessment.Needs.ToDictionary(n => n.Id, n => n.Description);
        var outcomes = assessment.Outcomes.ToDictionary(o => o.Id, o => o.Description);
        Lines = version.SupportItems.Select(i => new PersonsCopyLine(
            i.Id,
            i.Description,
            ProvidedBy(i),
            i.Arrangement,
            HowArranged(i),
            i.Arrangement is { } arrangement && arrangement.IsUnpaid() ? i.Frequency.DescribeHowOften(i.Quantity) : i.Frequency.Describe(i.Quantity, i.UnitCost),
            i.WeeklyCost,
            i.AnnualCost,
            i.NeedsMet.Where(needs.ContainsKey).Select(id => needs[id]).ToArray(),
            i.OutcomesMet.Where(outcomes.ContainsKey).Select(id => outcomes[id]).ToArray())).ToArray();
        Text = Render();
    }

    public Id<CarePlan> PlanId { get; }

    public Id<Person> PersonId { get; }

    public int VersionNumber { get; }

    public DateTimeOffset AgreedAt { get; }

    /// <summary>The officer who agreed it.</summary>
    public string AgreedByName { get; }

    public ManagementOption ManagementOption { get; }

    public IReadOnlyList<PersonsCopyLine> Lines { get; }

    /// <summary>The final personal budget, the totals, and the person's and council's shares.</summary>
    public PersonalBudgetStatement Budget { get; }

    /// <summary>The advice and information offered to prevent or delay needs.</summary>
    public string AdviceOffered { get; }

    public DateOnly? NextReviewDue { get; }

    /// <summary>The copy as a plain-language letter.</summary>
    public string Text { get; }

    /// <summary>The person's copy of the version in force, or <see cref="NoAgreedVersionError"/> before any is agreed.</summary>
    public static Result<PersonsCopy> Create(CarePlan plan, Assessment assessment)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(assessment);
        if (assessment.Id != plan.AssessmentId)
        {
            throw new ArgumentException("A plan is described against its own assessment (R01).", nameof(assessment));
        }

        return plan.AgreedVersion is { } version
            ? Result<PersonsCopy>.Ok(new PersonsCopy(plan, version, assessment))
            : Result<PersonsCopy>.Fail(new NoAgreedVersionError(plan.Id));
    }

    private string Render()
    {
        var text = new StringBuilder();
        Line(text, "Your care and support plan");
        Line(text, string.Create(UkCulture, $"Version {VersionNumber}, agreed on {AgreedAt:d MMMM yyyy} by {AgreedByName}."));
        Line(text, string.Empty);
        Line(text, "This is exactly how your personal budget will be spent.");
        var number = 0;
        foreach (var line in Lines)
        {
            number++;
            Line(text, string.Empty);
            Line(text, $"{number}. {line.Description}");
            Line(text, $"   Who provides it: {line.ProvidedBy}");
            Line(text, $"   How it is arranged: {line.HowArranged}");
            Line(text, $"   How often: {line.HowOften}");
            Line(text, line.Arrangement is { } arrangement && arrangement.IsUnpaid()
                ? "   Cost: nothing to your budget"
                : $"   Cost: {line.WeeklyCost.Formatted} a week, {line.AnnualCost.Formatted} a year");
            if (line.NeedsMet.Count > 0)
            {
                Line(text, $"   Meets your needs: {PlainEnglish.List(line.NeedsMet)}.");
            }

            if (line.OutcomesMet.Count > 0)
            {
                Line(text, $"   Helps you towards: {PlainEnglish.List(line.OutcomesMet)}.");
            }
        }

        Line(text, string.Empty);
        Line(text, $"In total your support costs {Budget.TotalWeeklyCost.Formatted} a week, {Budget.TotalAnnualCost.Formatted} a year. This is your personal budget.");
        Line(text, $"You pay {Budget.PersonWeeklyContribution.Formatted} a week ({Budget.PersonContribution.Formatted} a year) towards it. The council pays {Budget.CouncilWeeklyShare.Formatted} a week ({Budget.CouncilShare.Formatted} a year).");
        Line(text, $"Your support is {ManagementOption.Describe()}.");
        Line(text, $"Advice and information offered to you: {PlainEnglish.Clause(AdviceOffered)}.");
        if (NextReviewDue is { } due)
        {
            Line(text, string.Create(UkCulture, $"Your first review is due by {due:d MMMM yyyy}."));
        }

        return text.ToString();
    }

    private static string ProvidedBy(SupportItem item) =>
        item.ProviderName ?? (item.ProviderId is null ? "not named" : "a provider the council knows");

    /// <summary>R34: unpaid support names who gives it, so the person sees it is not bought from their budget.</summary>
    private static string HowArranged(SupportItem item) => item.Arrangement switch
    {
        null => "not said",
        SupportArrangement.Unpaid => $"given freely by {ProvidedBy(item)}, not paid for from your budget",
        { } arrangement => arrangement.Describe(),
    };

    private static void Line(StringBuilder text, string line) => text.Append(line).Append('\n');
}
