namespace CarePlanGraph.Domain.Common;

/// <summary>Small checks for free text written by people.</summary>
public static class FreeText
{
    /// <summary>True when the text says something: not null, empty or only whitespace.</summary>
    public static bool IsPresent(string? text) => !string.IsNullOrWhiteSpace(text);

    /// <summary>Errors for a required piece of text: missing, or longer than <paramref name="maximumLength"/> once trimmed.</summary>
    public static IEnumerable<DomainError> Require(string? text, string field, int maximumLength)
    {
        if (!IsPresent(text))
        {
            yield return new RequiredTextMissingError(field);
            yield break;
        }

        var length = text!.Trim().Length;
        if (length > maximumLength)
        {
            yield return new TextTooLongError(field, maximumLength, length);
        }
    }

    /// <summary>Errors for optional text: only that it is too long once trimmed.</summary>
    public static IEnumerable<DomainError> Limit(string? text, string field, int maximumLength)
    {
        var length = text?.Trim().Length ?? 0;
        if (length > maximumLength)
        {
            yield return new TextTooLongError(field, maximumLength, length);
        }
    }

    /// <summary>The trimmed text, or null when it is blank.</summary>
    public static string? TrimToNull(string? text) => IsPresent(text) ? text!.Trim() : null;
}
