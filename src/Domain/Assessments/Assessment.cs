using CarePlanGraph.Domain.Common;
using CarePlanGraph.Domain.People;

namespace CarePlanGraph.Domain.Assessments;

/// <summary>
/// A needs assessment (R01) and the indicative personal budget allocated from it (R02), recorded by the council (R31).
/// A plan is written against exactly one assessment. An assessment is versioned: reviewing it makes a new version
/// (<see cref="Revise"/>) linked to the one it replaces, which is then superseded and never changes again. Needs,
/// outcomes and risks the review keeps keep their IDs, so the support items and risk mitigations that name them stay
/// valid when the plan moves to the new version.
/// </summary>
public sealed class Assessment : IPersonRecord
{
    private readonly List<EligibleNeed> _needs = [];
    private readonly List<DesiredOutcome> _outcomes = [];
    private readonly List<IdentifiedRisk> _risks = [];

    private Assessment()
    {
    }

    public Assessment(
        Id<Assessment> id,
        Id<Person> personId,
        DateOnly completedOn,
        Money indicativeBudget,
        Money assessedContribution,
        IEnumerable<EligibleNeed> needs,
        IEnumerable<DesiredOutcome> outcomes,
        IEnumerable<IdentifiedRisk> risks)
    {
        ArgumentNullException.ThrowIfNull(needs);
        ArgumentNullException.ThrowIfNull(outcomes);
        ArgumentNullException.ThrowIfNull(risks);
        if (indicativeBudget.IsNegative || assessedContribution.IsNegative)
        {
            throw new ArgumentOutOfRangeException(nameof(indicativeBudget), "Budgets and contributions are never negative.");
        }

        Id = id;
        PersonId = personId;
        CompletedOn = completedOn;
        IndicativeBudget = indicativeBudget;
        AssessedContribution = assessedContribution;
        _needs.AddRange(needs);
        _outcomes.AddRange(outcomes);
        _risks.AddRange(risks);
        Version = 1;
    }

    public Id<Assessment> Id { get; private set; }

    public Id<Person> PersonId { get; private set; }

    public DateOnly CompletedOn { get; private set; }

    /// <summary>The indicative personal budget a year, allocated before the plan is written (R02).</summary>
    public Money IndicativeBudget { get; private set; }

    /// <summary>What the financial assessment says the person pays towards their support a year.</summary>
    public Money AssessedContribution { get; private set; }

    /// <summary>The version number: 1 for the first assessment, one more for each review (R31).</summary>
    public int Version { get; private set; }

    /// <summary>The version this one replaced, if it is a review.</summary>
    public Id<Assessment>? PreviousVersionId { get; private set; }

    /// <summary>The version that replaced this one, once the assessment has been reviewed.</summary>
    public Id<Assessment>? SupersededById { get; private set; }

    /// <summary>True for the newest version, the one plans are checked against (R31).</summary>
    public bool IsCurrent => SupersededById is null;

    /// <summary>Who recorded this version (R30); the demo data's assessments predate the record.</summary>
    public string? RecordedBy { get; private set; }

    /// <summary>Moves when the assessment is superseded, so that of two reviews of one version made at once only one is saved (R35).</summary>
    public int EditRevision { get; private set; }

    public IReadOnlyList<EligibleNeed> Needs => _needs;

    public IReadOnlyList<DesiredOutcome> Outcomes => _outcomes;

    public IReadOnlyList<IdentifiedRisk> Risks => _risks;

    /// <summary>
    /// R31: records a new assessment for the person, completed on <paramref name="today"/>. Only the Key Worker /
    /// assessing officer or an administrator may; every error in the content is returned at once.
    /// </summary>
    public static Result<Assessment> Record(Id<Person> personId, AssessmentDetails details, Actor actor, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(details);
        ArgumentNullException.ThrowIfNull(actor);
        if (CheckActor(actor, "record an assessment") is { } refused)
        {
            return Result<Assessment>.Fail(refused);
        }

        var errors = Validate(details, null).ToArray();
        return errors.Length > 0
            ? Result<Assessment>.Fail(errors)
            : Result<Assessment>.Ok(Build(Id<Assessment>.New(), personId, 1, null, details, actor, today));
    }

    /// <summary>
    /// R31, R17: "review the assessment": makes a new version (number + 1, linked to this one, completed on
    /// <paramref name="today"/>) with the content given, and supersedes this one. Parts given with an ID keep it and
    /// must be this version's; parts without one are new. Only the newest version can be revised.
    /// </summary>
    public Result<Assessment> Revise(AssessmentDetails details, Actor actor, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(details);
        ArgumentNullException.ThrowIfNull(actor);
        if (CheckActor(actor, "review an assessment") is { } refused)
        {
            return Result<Assessment>.Fail(refused);
        }

        if (SupersededById is { } newer)
        {
            return Result<Assessment>.Fail(new AssessmentSupersededError(Id, newer));
        }

        var errors = Validate(details, this).ToArray();
        if (errors.Length > 0)
        {
            return Result<Assessment>.Fail(errors);
        }

        var revised = Build(Id<Assessment>.New(), PersonId, Version + 1, Id, details, actor, today);
        SupersededById = revised.Id;
        EditRevision++;
        return Result<Assessment>.Ok(revised);
    }

    private static ActorNotPermittedError? CheckActor(Actor actor, string action) =>
        actor.Role is ActorRole.KeyWorker or ActorRole.Administrator ? null : new ActorNotPermittedError(actor.Role, action);

    private static List<DomainError> Validate(AssessmentDetails details, Assessment? previous)
    {
        var errors = new List<DomainError>();
        if (details.Needs.Count == 0)
        {
            errors.Add(new NoEligibleNeedsError());
        }

        errors.AddRange(Amount("indicativeBudget", details.IndicativeBudget));
        errors.AddRange(Amount("assessedContribution", details.AssessedContribution));
        errors.AddRange(Parts("needs", details.Needs, n => n.Id?.Value, n => n.Description, previous?._needs.Select(n => n.Id.Value)));
        errors.AddRange(Parts("outcomes", details.Outcomes, o => o.Id?.Value, o => o.Description, previous?._outcomes.Select(o => o.Id.Value)));
        errors.AddRange(Parts("risks", details.Risks, r => r.Id?.Value, r => r.Description, previous?._risks.Select(r => r.Id.Value)));
        foreach (var need in details.Needs.Where(n => !Enum.IsDefined(n.Area)))
        {
            throw new ArgumentOutOfRangeException(nameof(details), need.Area, "Unknown eligibility outcome.");
        }

        return errors;
    }

    private static IEnumerable<DomainError> Amount(string field, Money amount)
    {
        if (amount.IsNegative || amount > AssessmentLimits.MaxAmount)
        {
            yield return new AssessmentAmountOutOfRangeError(field, amount, AssessmentLimits.MaxAmount);
        }
    }

    /// <summary>Each part's text, the list's length, and that an ID names one of the previous version's parts, once.</summary>
    private static IEnumerable<DomainError> Parts<T>(string field, IReadOnlyList<T> parts, Func<T, Guid?> id, Func<T, string> text, IEnumerable<Guid>? known)
    {
        if (parts.Count > AssessmentLimits.MaxParts)
        {
            yield return new TooManyAssessmentPartsError(field, parts.Count, AssessmentLimits.MaxParts);
            yield break;
        }

        var unused = known?.ToHashSet() ?? [];
        for (var i = 0; i < parts.Count; i++)
        {
            foreach (var error in FreeText.Require(text(parts[i]), $"{field}[{i}].description", AssessmentLimits.MaxDescriptionLength))
            {
                yield return error;
            }

            if (id(parts[i]) is { } given && !unused.Remove(given))
            {
                yield return new UnknownAssessmentPartError(field, i);
            }
        }
    }

    private static Assessment Build(Id<Assessment> id, Id<Person> personId, int version, Id<Assessment>? previous, AssessmentDetails details, Actor actor, DateOnly today) =>
        new(
            id,
            personId,
            today,
            details.IndicativeBudget,
            details.AssessedContribution,
            details.Needs.Select(n => new EligibleNeed(n.Id ?? Id<EligibleNeed>.New(), n.Area, n.Description.Trim())),
            details.Outcomes.Select(o => new DesiredOutcome(o.Id ?? Id<DesiredOutcome>.New(), o.Description.Trim())),
            details.Risks.Select(r => new IdentifiedRisk(r.Id ?? Id<IdentifiedRisk>.New(), r.Description.Trim(), r.IsSignificant)))
        {
            Version = version,
            PreviousVersionId = previous,
            RecordedBy = actor.Name,
        };
}
