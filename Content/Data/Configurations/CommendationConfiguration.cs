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
        // A decision's commendations, revoked ones included (the unique indexes below are filtered, so they cannot serve).
        commendation.HasIndex(c => c.DecisionId);
        // Backs the duplicate rule (CommendationService) against two clerks saving the same award at once: one standing
        // grant of a title to a recipient for a year in a decision. Revoked grants do not count: they may be granted again.
        commendation.HasIndex(c => new { c.DecisionId, c.TitleId, c.PersonId, c.Year }).IsUnique()
            .HasFilter("\"PersonId\" IS NOT NULL AND \"RevokedOn\" IS NULL").HasDatabaseName("UX_Commendations_Person_Grant");
        commendation.HasIndex(c => new { c.DecisionId, c.TitleId, c.DepartmentId, c.Year }).IsUnique()
            .HasFilter("\"DepartmentId\" IS NOT NULL AND \"RevokedOn\" IS NULL").HasDatabaseName("UX_Commendations_Department_Grant");
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
