using CarePlanGraph.Domain.Advocacy;
using CarePlanGraph.Domain.Plans;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CarePlanGraph.Api.Advocacy;

/// <summary>The plan's advocacy record (R22), in columns of the plan's row so it loads wherever the plan does (agreement checks need it).</summary>
internal sealed class CarePlanAdvocacyConfiguration : IEntityTypeConfiguration<CarePlan>
{
    public void Configure(EntityTypeBuilder<CarePlan> builder)
    {
        // Owned, not complex like the panel's records: EF Core 10 cannot index a complex type's property (decision 0021).
        builder.OwnsOne(p => p.Advocacy, advocacy =>
        {
            advocacy.Property(a => a.CreatedAt).HasColumnName("AdvocacyCreatedAt");
            advocacy.Property(a => a.HasSignificantDifficulty).HasColumnName("AdvocacySignificantDifficulty");
            advocacy.Property(a => a.AppropriatePersonAvailable).HasColumnName("AdvocacyAppropriatePersonAvailable");
            advocacy.Property(a => a.AppropriatePersonName).HasColumnName("AdvocacyAppropriatePersonName").HasMaxLength(AdvocacyRecord.MaxNameLength);
            advocacy.Property(a => a.NeedRecordedByName).HasColumnName("AdvocacyNeedRecordedByName").HasMaxLength(200);
            advocacy.Property(a => a.NeedRecordedAt).HasColumnName("AdvocacyNeedRecordedAt");
            advocacy.Property(a => a.ReferralReason).HasColumnName("AdvocacyReferralReason").HasMaxLength(AdvocacyRecord.MaxTextLength);
            advocacy.Property(a => a.ReferredByName).HasColumnName("AdvocacyReferredByName").HasMaxLength(200);
            advocacy.Property(a => a.ReferredAt).HasColumnName("AdvocacyReferredAt");
            advocacy.Property(a => a.AdvocateOrganisationId).HasColumnName("AdvocateOrganisationId");
            advocacy.Property(a => a.AdvocateName).HasColumnName("AdvocateName").HasMaxLength(AdvocacyRecord.MaxNameLength);
            advocacy.Property(a => a.AssignedAt).HasColumnName("AdvocateAssignedAt");
            advocacy.Property(a => a.RequestReason).HasColumnName("AdvocateRequestReason").HasMaxLength(AdvocacyRecord.MaxTextLength);
            advocacy.Property(a => a.RequestedByName).HasColumnName("AdvocateRequestedByName").HasMaxLength(200);
            advocacy.Property(a => a.RequestedByRole).HasColumnName("AdvocateRequestedByRole");
            advocacy.Property(a => a.RequestedAt).HasColumnName("AdvocateRequestedAt");
            advocacy.Property(a => a.RequestFulfilledAt).HasColumnName("AdvocateRequestFulfilledAt");
            advocacy.Ignore(a => a.IsRequestPending);
            advocacy.HasIndex(a => a.AdvocateOrganisationId);
            advocacy.Ignore(a => a.NeedAssessed);
            advocacy.Ignore(a => a.IsAdvocateRequired);
            advocacy.Ignore(a => a.IsReferred);
            advocacy.Ignore(a => a.IsAdvocateAssigned);
        });
    }
}
