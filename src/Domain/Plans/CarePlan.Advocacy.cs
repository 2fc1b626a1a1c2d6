using CarePlanGraph.Domain.Advocacy;
using CarePlanGraph.Domain.Common;
using CarePlanGraph.Domain.Organisations;

namespace CarePlanGraph.Domain.Plans;

/// <summary>
/// Independent advocacy (R22) [A][CA s.67]: the Key Worker records whether the person has significant difficulty
/// expressing their views and whether anyone appropriate can speak for them, refers them to an advocate, and records
/// the advocate assigned. Kept off the plan's history, which providers see (R27).
/// </summary>
public sealed partial class CarePlan
{
    /// <summary>The Key Worker's record of the person's need for an advocate, the referral and the advocate; null until any is made.</summary>
    public AdvocacyRecord? Advocacy { get; private set; }

    /// <summary>
    /// R22: the Key Worker (or an administrator) records whether the person has significant difficulty expressing
    /// their views and whether someone appropriate can speak for them (named, when there is).
    /// </summary>
    public Result RecordAdvocacyNeed(bool hasSignificantDifficulty, bool appropriatePersonAvailable, string? appropriatePersonName, Actor actor, DateTimeOffset now)
    {
        if (CheckAdvocacy(actor, "record whether the person needs an independent advocate") is { } refusal)
        {
            return Result.Fail(refusal);
        }

        var errors = appropriatePersonAvailable
            ? FreeText.Require(appropriatePersonName, "appropriatePersonName", AdvocacyRecord.MaxNameLength).ToArray()
            : FreeText.Limit(appropriatePersonName, "appropriatePersonName", AdvocacyRecord.MaxNameLength).ToArray();
        if (errors.Length > 0)
        {
            return Result.Fail(errors);
        }

        Advocacy ??= new AdvocacyRecord(now);
        Changed();
        Advocacy.RecordNeed(hasSignificantDifficulty, appropriatePersonAvailable, FreeText.TrimToNull(appropriatePersonName), actor, now);
        return Result.Success;
    }

    /// <summary>
    /// [A] "you can ask for an independent advocate to support you": the person, or someone acting for them (a helper
    /// they named), asks for one, with the reason. The request waits on the advocacy record (never in the plan's
    /// history, which providers see; R27) until the Key Worker refers the person, which fulfils it. Refused while one is
    /// waiting, and when an advocate is already assigned or being assigned after a referral.
    /// </summary>
    public Result RequestAdvocate(string reason, Actor actor, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (actor.Role is not (ActorRole.Person or ActorRole.Helper))
        {
            return Result.Fail(new ActorNotPermittedError(actor.Role, "ask for an independent advocate; the person, or someone acting for them, does"));
        }

        if (Status == PlanStatus.Ended)
        {
            return Result.Fail(new InvalidTransitionError(Status, "given an advocate"));
        }

        var errors = new List<DomainError>();
        if (Advocacy is { IsRequestPending: true, RequestedAt: { } requestedAt })
        {
            errors.Add(new AdvocateRequestPendingError(requestedAt));
        }
        else if (Advocacy is { IsAdvocateAssigned: true } || Advocacy is { IsReferred: true })
        {
            errors.Add(new AdvocateAlreadyArrangedError(Advocacy.IsAdvocateAssigned, Advocacy.AdvocateName));
        }

        errors.AddRange(FreeText.Require(reason, "reason", AdvocacyRecord.MaxTextLength));
        if (errors.Count > 0)
        {
            return Result.Fail(errors);
        }

        Advocacy ??= new AdvocacyRecord(now);
        Changed();
        Advocacy.Request(reason.Trim(), actor, now);
        return Result.Success;
    }

    /// <summary>
    /// R22: the Key Worker refers the person to an independent advocate, with the reason; it fulfils the person's
    /// request for one, if they made it; optionally assigning one
    /// from an advocacy organisation at once. A person may also be referred to help them challenge a decision [A].
    /// </summary>
    public Result ReferToAdvocate(string reason, Organisation? advocate, string? advocateName, Actor actor, DateTimeOffset now)
    {
        if (CheckAdvocacy(actor, "refer the person to an independent advocate") is { } refusal)
        {
            return Result.Fail(refusal);
        }

        var errors = FreeText.Require(reason, "reason", AdvocacyRecord.MaxTextLength).ToList();
        if (advocate is not null)
        {
            errors.AddRange(CheckAdvocate(advocate, advocateName));
        }

        if (errors.Count > 0)
        {
            return Result.Fail(errors);
        }

        Advocacy ??= new AdvocacyRecord(now);
        Changed();
        Advocacy.Refer(reason.Trim(), actor, now);
        if (advocate is not null)
        {
            Advocacy.Assign(advocate.Id, AdvocateNameOr(advocate, advocateName), now);
        }

        return Result.Success;
    }

    /// <summary>R22: the Key Worker records the independent advocate assigned after a referral; it replaces any before.</summary>
    public Result AssignAdvocate(Organisation advocate, string? advocateName, Actor actor, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(advocate);
        if (CheckAdvocacy(actor, "assign an independent advocate") is { } refusal)
        {
            return Result.Fail(refusal);
        }

        var errors = CheckAdvocate(advocate, advocateName).ToList();
        if (Advocacy is not { IsReferred: true })
        {
            errors.Insert(0, new AdvocacyReferralMissingError());
        }

        if (errors.Count > 0)
        {
            return Result.Fail(errors);
        }

        Changed();
        Advocacy!.Assign(advocate.Id, AdvocateNameOr(advocate, advocateName), now);
        return Result.Success;
    }

    private DomainError? CheckAdvocacy(Actor actor, string action)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (!actor.Role.CanDecidePlans())
        {
            return new ActorNotPermittedError(actor.Role, action + "; the Key Worker does");
        }

        return Status == PlanStatus.Ended ? new InvalidTransitionError(Status, "given an advocate") : null;
    }

    private static IEnumerable<DomainError> CheckAdvocate(Organisation advocate, string? advocateName)
    {
        if (advocate.Kind != OrganisationKind.Advocacy)
        {
            yield return new NotAnAdvocacyOrganisationError(advocate.Id, advocate.Name, advocate.Kind);
        }

        foreach (var error in FreeText.Limit(advocateName, "advocateName", AdvocacyRecord.MaxNameLength))
        {
            yield return error;
        }
    }

    private static string AdvocateNameOr(Organisation advocate, string? advocateName) => FreeText.TrimToNull(advocateName) ?? advocate.Name;
}
