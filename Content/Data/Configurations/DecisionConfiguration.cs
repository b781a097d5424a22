using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ThiDuaCms.Content.Recognition;

namespace ThiDuaCms.Content.Data.Configurations;

internal sealed class DecisionConfiguration : IEntityTypeConfiguration<Decision>
{
    public void Configure(EntityTypeBuilder<Decision> decision)
    {
        decision.Property(d => d.Number).HasMaxLength(FieldLimits.DecisionNumber).IsRequired();
        decision.Property(d => d.SignerName).HasMaxLength(FieldLimits.SignerName);
        decision.Property(d => d.SignerPosition).HasMaxLength(FieldLimits.SignerPosition);
        decision.Property(d => d.Subject).HasMaxLength(FieldLimits.DecisionSubject);
        decision.HasIndex(d => d.Number);
        decision.HasIndex(d => new { d.State, d.Date });
        decision.HasOne(d => d.Authority).WithMany().HasForeignKey(d => d.AuthorityId).OnDelete(DeleteBehavior.Restrict);
    }
}
