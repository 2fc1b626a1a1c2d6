using CarePlanGraph.Domain.Plans;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CarePlanGraph.Api.CheckIns;

/// <summary>The plan's check-in schedule (R32), mapped beside the check-ins rather than in the plan's own configuration.</summary>
internal sealed class CarePlanCheckInScheduleConfiguration : IEntityTypeConfiguration<CarePlan>
{
    public void Configure(EntityTypeBuilder<CarePlan> builder) => builder.Property(p => p.NextCheckInDue);
}
