using CarePlanGraph.Domain.Common;

namespace CarePlanGraph.Domain.Reviews;

/// <summary>
/// The person's disagreement with a review's outcome, recorded instead of signing (R22). It stays on the review even
/// after the outcome is recorded again, and prompts the Key Worker to contact the person.
/// </summary>
public sealed class ReviewDisagreement
{
    public const int MaxTextLength = 4000;

    private ReviewDisagreement()
    {
        Text = string.Empty;
        RecordedBySubject = string.Empty;
        RecordedByName = string.Empty;
    }

    internal ReviewDisagreement(string text, Actor actor, DateTimeOffset recordedAt)
    {
        Id = Id<ReviewDisagreement>.New();
        Text = text;
        RecordedBySubject = actor.Subject;
        RecordedByName = actor.Name;
        RecordedByRole = actor.Role;
        RecordedAt = recordedAt;
    }

    public Id<ReviewDisagreement> Id { get; private set; }

    /// <summary>Why the person disagrees, in their words.</summary>
    public string Text { get; private set; }

    public string RecordedBySubject { get; private set; }

    public string RecordedByName { get; private set; }

    public ActorRole RecordedByRole { get; private set; }

    public DateTimeOffset RecordedAt { get; private set; }
}
