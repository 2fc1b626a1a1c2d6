using CarePlanGraph.Domain.Common;
using CarePlanGraph.Domain.Organisations;

namespace CarePlanGraph.Domain.Advocacy;

/// <summary>
/// What the Key Worker has recorded about the person's need for an independent advocate (R22) [A][CA s.67]: whether
/// they have significant difficulty expressing their views, whether anyone appropriate can speak for them, the
/// referral, and the advocate assigned. When the person has that difficulty and no one can speak for them, an
/// advocate must be assigned before a review is completed or a plan agreed. Not for providers (R27).
/// </summary>
public sealed class AdvocacyRecord
{
    public const int MaxTextLength = 2000;

    public const int MaxNameLength = 200;

    private AdvocacyRecord()
    {
    }

    internal AdvocacyRecord(DateTimeOffset createdAt) => CreatedAt = createdAt;

    /// <summary>When the record was first made.</summary>
    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>True once the Key Worker has recorded the need.</summary>
    public bool NeedAssessed => NeedRecordedAt is not null;

    /// <summary>The person has significant difficulty understanding, retaining or weighing information, or expressing their views.</summary>
    public bool HasSignificantDifficulty { get; private set; }

    /// <summary>Someone appropriate (not paid to care for them) can support and represent the person.</summary>
    public bool AppropriatePersonAvailable { get; private set; }

    /// <summary>Who that is, when there is someone.</summary>
    public string? AppropriatePersonName { get; private set; }

    public string? NeedRecordedByName { get; private set; }

    public DateTimeOffset? NeedRecordedAt { get; private set; }

    /// <summary>Why the person was referred to an independent advocate.</summary>
    public string? ReferralReason { get; private set; }

    public string? ReferredByName { get; private set; }

    public DateTimeOffset? ReferredAt { get; private set; }

    /// <summary>The advocacy organisation assigned; its advocates may see the plan and its reviews.</summary>
    public Id<Organisation>? AdvocateOrganisationId { get; private set; }

    /// <summary>The advocate's name.</summary>
    public string? AdvocateName { get; private set; }

    public DateTimeOffset? AssignedAt { get; private set; }

    /// <summary>[A]: why the person (or someone acting for them) asked for an independent advocate.</summary>
    public string? RequestReason { get; private set; }

    public string? RequestedByName { get; private set; }

    public ActorRole? RequestedByRole { get; private set; }

    public DateTimeOffset? RequestedAt { get; private set; }

    /// <summary>When the Key Worker referred the person in answer to their request.</summary>
    public DateTimeOffset? RequestFulfilledAt { get; private set; }

    /// <summary>The person asked for an advocate and the Key Worker has not yet referred them.</summary>
    public bool IsRequestPending => RequestedAt is not null && RequestFulfilledAt is null;

    /// <summary>R22: the person has significant difficulty and no one appropriate can speak for them.</summary>
    public bool IsAdvocateRequired => HasSignificantDifficulty && !AppropriatePersonAvailable;

    public bool IsReferred => ReferredAt is not null;

    public bool IsAdvocateAssigned => AdvocateOrganisationId is not null;

    internal void RecordNeed(bool hasSignificantDifficulty, bool appropriatePersonAvailable, string? appropriatePersonName, Actor actor, DateTimeOffset now)
    {
        HasSignificantDifficulty = hasSignificantDifficulty;
        AppropriatePersonAvailable = appropriatePersonAvailable;
        AppropriatePersonName = appropriatePersonAvailable ? appropriatePersonName : null;
        NeedRecordedByName = actor.Name;
        NeedRecordedAt = now;
    }

    internal void Request(string reason, Actor actor, DateTimeOffset now)
    {
        RequestReason = reason;
        RequestedByName = actor.Name;
        RequestedByRole = actor.Role;
        RequestedAt = now;
        RequestFulfilledAt = null;
    }

    internal void Refer(string reason, Actor actor, DateTimeOffset now)
    {
        if (IsRequestPending)
        {
            RequestFulfilledAt = now;
        }

        ReferralReason = reason;
        ReferredByName = actor.Name;
        ReferredAt = now;
    }

    internal void Assign(Id<Organisation> organisationId, string advocateName, DateTimeOffset now)
    {
        AdvocateOrganisationId = organisationId;
        AdvocateName = advocateName;
        AssignedAt = now;
    }
}
