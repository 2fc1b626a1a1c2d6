namespace CarePlanGraph.Domain.Agreement;

/// <summary>One automatic check's result: passed, or failed with every reason.</summary>
public sealed record AgreementCheckResult(AgreementCheck Check, IReadOnlyList<AgreementCheckError> Errors)
{
    public bool Passed => Errors.Count == 0;
}
