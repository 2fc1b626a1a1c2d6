using System.Diagnostics.CodeAnalysis;

namespace CarePlanGraph.Api.Identity;

/// <summary>What a caller wants to do with a person's own record (not a plan); <see cref="AccessScope.EnsureCanAsync(Domain.People.Person, PersonPermission, CancellationToken)"/> decides.</summary>
[SuppressMessage("Naming", "CA1711", Justification = "The same naming as PlanPermission.")]
public enum PersonPermission
{
    /// <summary>R33: record a carer with the person's consent, or withdraw that consent.</summary>
    ManageCarers,

    /// <summary>R31: record or review the person's needs assessment.</summary>
    Assess,
}
