namespace CarePlanGraph.Domain.Agreement;

/// <summary>The automatic checks a plan version must pass before it can be agreed (R08–R14), in the order they are reported.</summary>
public enum AgreementCheck
{
    /// <summary>R08: all seven questions answered.</summary>
    Complete,

    /// <summary>R09: the total annual cost is within the allocated budget.</summary>
    Affordable,

    /// <summary>R10: every item says how it is arranged and who provides it.</summary>
    Arranged,

    /// <summary>R11: every eligible need and desired outcome is met by at least one item.</summary>
    Effective,

    /// <summary>R12: every risk mitigated; significant risks judged manageable by the Risk Management Panel.</summary>
    RisksConsidered,

    /// <summary>R13: best-interests and own-decisions confirmations recorded where needed; R22: an advocate assigned where one is required.</summary>
    OwnDecisions,

    /// <summary>R14: no Direct Payment pays a partner or a close relative at home unless the council found it necessary.</summary>
    Lawful,
}
