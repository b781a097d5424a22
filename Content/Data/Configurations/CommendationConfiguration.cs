using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ThiDuaCms.Content.Recognition;

namespace ThiDuaCms.Content.Data.Configurations;

internal sealed class CommendationConfiguration : IEntityTypeConfiguration<Commendation>
{
    public void Configure(EntityTypeBuilder<Commendation> commendation)
    {
        commendation.Property(c => c.Name).HasMaxLength(200).IsRequired();
        commendation.Property(c => c.DecisionNumber).HasMaxLength(100);
        commendation.Property(c => c.Citation).HasMaxLength(20_000);
        commendation.HasIndex(c => c.Year);
        commendation.HasIndex(c => c.Name);
        commendation.HasOne(c => c.Person).WithMany().HasForeignKey(c => c.PersonId).OnDelete(DeleteBehavior.Restrict);
        commendation.HasOne(c => c.Department).WithMany().HasForeignKey(c => c.DepartmentId).OnDelete(DeleteBehavior.Restrict);
        commendation.HasOne(c => c.Movement).WithMany().HasForeignKey(c => c.MovementId).OnDelete(DeleteBehavior.SetNull);
        // Exactly one recipient, of the kind the row says.
        commendation.ToTable(t => t.HasCheckConstraint("CK_Commendation_Recipient",
            "(\"RecipientKind\" = 0 AND \"PersonId\" IS NOT NULL AND \"DepartmentId\" IS NULL) OR " +
            "(\"RecipientKind\" = 1 AND \"DepartmentId\" IS NOT NULL AND \"PersonId\" IS NULL)"));
    }
}
