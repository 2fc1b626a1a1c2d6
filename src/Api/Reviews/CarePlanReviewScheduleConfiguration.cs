using CarePlanGraph.Domain.Plans;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CarePlanGraph.Api.Reviews;

/// <summary>The plan's review schedule (R20), mapped beside the reviews rather than in the plan's own configuration.</summary>
internal sealed class CarePlanReviewScheduleConfiguration : IEntityTypeConfiguration<CarePlan>
{
    public void Configure(EntityTypeBuilder<CarePlan> builder)
    {
        // No foreign key: the review points at its plan, and a cycle would complicate every insert.
        builder.Property(p => p.OpenReviewId);
        builder.HasIndex(p => p.NextReviewDue);
        builder.Ignore(p => p.DueReviewKind);
    }
}
