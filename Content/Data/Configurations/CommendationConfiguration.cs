using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ThiDuaCms.Content.Recognition;

namespace ThiDuaCms.Content.Data.Configurations;

internal sealed class CommendationConfiguration : IEntityTypeConfiguration<Commendation>
{
    public void Configure(EntityTypeBuilder<Commendation> commendation)
    {
        commendation.Property(c => c.Citation).HasMaxLength(FieldLimits.Citation);
        commendation.Property(c => c.DepartmentNameAtAward).HasMaxLength(FieldLimits.DepartmentNameAtAward);
        commendation.Property(c => c.PositionAtAward).HasMaxLength(FieldLimits.PositionAtAward);
        commendation.Property(c => c.RevokedByNumber).HasMaxLength(FieldLimits.DecisionNumber);
        commendation.Property(c => c.RevokedReason).HasMaxLength(FieldLimits.RevokedReason);
        commendation.HasIndex(c => c.Year);
        commendation.HasOne(c => c.Decision).WithMany(d => d.Commendations).HasForeignKey(c => c.DecisionId).OnDelete(DeleteBehavior.Cascade);
        commendation.HasOne(c => c.Title).WithMany().HasForeignKey(c => c.TitleId).OnDelete(DeleteBehavior.Restrict);
        commendation.HasOne(c => c.Person).WithMany().HasForeignKey(c => c.PersonId).OnDelete(DeleteBehavior.Restrict);
        commendation.HasOne(c => c.Department).WithMany().HasForeignKey(c => c.DepartmentId).OnDelete(DeleteBehavior.Restrict);
        commendation.HasOne(c => c.Movement).WithMany().HasForeignKey(c => c.MovementId).OnDelete(DeleteBehavior.SetNull);
        // Exactly one recipient: a person or a department.
        commendation.ToTable(t => t.HasCheckConstraint("CK_Commendation_Recipient",
            "(\"PersonId\" IS NULL) <> (\"DepartmentId\" IS NULL)"));
    }
}
