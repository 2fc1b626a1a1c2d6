using CarePlanGraph.Domain.Common;
using CarePlanGraph.Domain.Organisations;

namespace CarePlanGraph.Domain.Plans;

/// <summary>
/// Someone who helped the person write this version of their plan (R06, R13). Recording helpers means the
/// person must confirm that the decisions are their own before the plan can be agreed.
/// </summary>
public sealed class PlanHelper
{
    public const int MaxNameLength = 200;

    private PlanHelper() => Name = string.Empty;

    internal PlanHelper(Id<PlanHelper> id, HelperKind kind, string name, Id<Organisation>? organisationId, DateTimeOffset addedAt)
    {
        Id = id;
        Kind = kind;
        Name = name;
        OrganisationId = organisationId;
        AddedAt = addedAt;
    }

    public Id<PlanHelper> Id { get; private set; }

    public HelperKind Kind { get; private set; }

    /// <summary>The helper's name, as the person knows them.</summary>
    public string Name { get; private set; }

    /// <summary>The organisation they help from: required for an independent support planner (R28 uses it).</summary>
    public Id<Organisation>? OrganisationId { get; private set; }

    public DateTimeOffset AddedAt { get; private set; }

    internal static Result<PlanHelper> Create(PlanHelperDetails details, DateTimeOffset now)
    {
        var errors = FreeText.Require(details.Name, "name", MaxNameLength).ToList();
        if (details.Kind == HelperKind.IndependentSupportPlanner && details.OrganisationId is null)
        {
            errors.Add(new HelperOrganisationRequiredError(details.Kind));
        }

        return errors.Count > 0
            ? Result<PlanHelper>.Fail(errors)
            : Result<PlanHelper>.Ok(new PlanHelper(Id<PlanHelper>.New(), details.Kind, details.Name.Trim(), details.OrganisationId, now));
    }

    internal PlanHelper CopyForRevision() => new(Id<PlanHelper>.New(), Kind, Name, OrganisationId, AddedAt);
}
