using CarePlanGraph.Domain.People;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CarePlanGraph.Api.Carers;

internal sealed class CarerConfiguration : IEntityTypeConfiguration<Carer>
{
    public void Configure(EntityTypeBuilder<Carer> builder)
    {
        builder.ToTable("Carers");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.HasOne<Person>().WithMany().HasForeignKey(c => c.PersonId).OnDelete(DeleteBehavior.Restrict);

        // Sign-in looks carers up by username on every request (R33, R35).
        builder.HasIndex(c => c.Username);
        builder.HasIndex(c => c.PersonId);
        builder.Property(c => c.EditRevision).IsConcurrencyToken();
        builder.Property(c => c.FullName).HasMaxLength(Carer.MaxNameLength);
        builder.Property(c => c.Relationship).HasMaxLength(Carer.MaxRelationshipLength);
        builder.Property(c => c.Username).HasMaxLength(Carer.MaxUsernameLength);
        builder.Property(c => c.ConsentRecordedBySubject).HasMaxLength(200);
        builder.Property(c => c.ConsentRecordedByName).HasMaxLength(200);
        builder.Property(c => c.ConsentWithdrawnByName).HasMaxLength(200);
        builder.Ignore(c => c.Consents);
        builder.Ignore(c => c.ConsentInForce);
    }
}
