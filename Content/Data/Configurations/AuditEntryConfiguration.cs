using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ThiDuaCms.Content.Audit;

namespace ThiDuaCms.Content.Data.Configurations;

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> entry)
    {
        entry.Property(e => e.UserId).HasMaxLength(450);
        entry.Property(e => e.UserName).HasMaxLength(256).IsRequired();
        entry.Property(e => e.Action).HasMaxLength(100).IsRequired();
        entry.Property(e => e.EntityType).HasMaxLength(50).IsRequired();
        entry.Property(e => e.Details).HasMaxLength(2000);
        entry.HasIndex(e => new { e.EntityType, e.EntityId });
    }
}
