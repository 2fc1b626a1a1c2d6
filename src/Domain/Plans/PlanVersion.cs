using CarePlanGraph.Domain.Common;

namespace CarePlanGraph.Domain.Plans;

/// <summary>
/// One version of a plan (R07). Only a draft (or one sent back for changes) can be edited;
/// an agreed version is frozen and a change becomes a new revision.
/// </summary>
public sealed class PlanVersion
{
    private readonly List<SupportItem> _supportItems = [];

    private PlanVersion() => Answers = PlanAnswers.Empty;

    internal PlanVersion(Id<CarePlan> planId, int number, PlanPreparer preparedBy, PlanAnswers answers, DateTimeOffset createdAt, IEnumerable<SupportItem> items)
    {
        Id = Id<PlanVersion>.New();
        PlanId = planId;
        Number = number;
        PreparedBy = preparedBy;
        Answers = answers;
        CreatedAt = createdAt;
        Status = VersionStatus.Draft;
        _supportItems.AddRange(items);
    }

    public Id<PlanVersion> Id { get; private set; }

    public Id<CarePlan> PlanId { get; private set; }

    /// <summary>1 for the first plan, then 2, 3 … for each revision.</summary>
    public int Number { get; private set; }

    public VersionStatus Status { get; private set; }

    public PlanPreparer PreparedBy { get; private set; }

    public PlanAnswers Answers { get; private set; }

    public IReadOnlyList<SupportItem> SupportItems => _supportItems;

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset? SubmittedAt { get; private set; }

    public DateTimeOffset? AgreedAt { get; private set; }

    /// <summary>Counts edits; a writer holding an older value has been overtaken (optimistic concurrency).</summary>
    public int EditRevision { get; private set; }

    public bool IsEditable => Status is VersionStatus.Draft or VersionStatus.ChangesRequired;

    /// <summary>Total cost over the declared 52-week year (R04, R09).</summary>
    public Money TotalAnnualCost => _supportItems.Aggregate(Money.Zero, (sum, item) => sum + item.AnnualCost);

    internal Result UpdateAnswers(PlanAnswers answers, PlanPreparer? preparedBy)
    {
        if (!IsEditable)
        {
            return Result.Fail(new VersionNotEditableError(Number, Status));
        }

        Answers = answers;
        PreparedBy = preparedBy ?? PreparedBy;
        EditRevision++;
        return Result.Success;
    }

    internal Result<SupportItem> AddSupportItem(SupportItemDetails details)
    {
        if (!IsEditable)
        {
            return Result<SupportItem>.Fail(new VersionNotEditableError(Number, Status));
        }

        var item = new SupportItem(Id<SupportItem>.New(), details);
        _supportItems.Add(item);
        EditRevision++;
        return Result<SupportItem>.Ok(item);
    }

    internal Result<SupportItem> UpdateSupportItem(Id<SupportItem> itemId, SupportItemDetails details)
    {
        if (!IsEditable)
        {
            return Result<SupportItem>.Fail(new VersionNotEditableError(Number, Status));
        }

        var item = _supportItems.Find(i => i.Id == itemId);
        if (item is null)
        {
            return Result<SupportItem>.Fail(new SupportItemNotFoundError(itemId));
        }

        item.Apply(details);
        EditRevision++;
        return Result<SupportItem>.Ok(item);
    }

    internal Result RemoveSupportItem(Id<SupportItem> itemId)
    {
        if (!IsEditable)
        {
            return Result.Fail(new VersionNotEditableError(Number, Status));
        }

        if (_supportItems.RemoveAll(i => i.Id == itemId) == 0)
        {
            return Result.Fail(new SupportItemNotFoundError(itemId));
        }

        EditRevision++;
        return Result.Success;
    }

    internal void MarkSubmitted(DateTimeOffset at)
    {
        Status = VersionStatus.Submitted;
        SubmittedAt = at;
    }

    internal void MarkAgreed(DateTimeOffset at)
    {
        Status = VersionStatus.Agreed;
        AgreedAt = at;
    }

    internal void MarkChangesRequired() => Status = VersionStatus.ChangesRequired;

    internal void MarkSuperseded() => Status = VersionStatus.Superseded;

    internal PlanVersion StartRevision(PlanPreparer preparedBy, DateTimeOffset at) =>
        new(PlanId, Number + 1, preparedBy, Answers, at, _supportItems.Select(i => i.CopyForRevision()));
}
