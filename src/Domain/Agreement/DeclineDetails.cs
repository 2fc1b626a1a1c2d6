using CarePlanGraph.Domain.Common;

namespace CarePlanGraph.Domain.Agreement;

/// <summary>
/// What the assessing officer records when not agreeing a plan (R17): why, what must change, whether the assessment
/// should be reviewed instead because the plan was unclear [A], and the advice and information offered (R16).
/// At least one required change is needed unless an assessment review is asked for ("may instead" [A]).
/// </summary>
public sealed record DeclineDetails(
    string Reasons,
    IReadOnlyList<string> RequiredChanges,
    string AdviceOffered,
    bool ReviewAssessmentRequested = false)
{
    public const int MaxTextLength = 4000;

    public const int MaxChangeLength = 1000;

    public const int MaxChanges = 50;

    /// <summary>Every reason the details cannot support a decline.</summary>
    public IEnumerable<DomainError> Validate()
    {
        foreach (var error in FreeText.Require(Reasons, "reasons", MaxTextLength))
        {
            yield return error;
        }

        var changes = (RequiredChanges ?? []).Where(FreeText.IsPresent).ToArray();
        if (changes.Length == 0 && !ReviewAssessmentRequested)
        {
            yield return new RequiredTextMissingError("requiredChanges");
        }

        if (changes.Length > MaxChanges)
        {
            yield return new TextTooLongError("requiredChanges", MaxChanges, changes.Length);
        }

        foreach (var error in changes.SelectMany(c => FreeText.Limit(c, "requiredChanges", MaxChangeLength)).Take(1))
        {
            yield return error;
        }

        foreach (var error in FreeText.Require(AdviceOffered, "adviceOffered", MaxTextLength))
        {
            yield return error;
        }
    }
}
