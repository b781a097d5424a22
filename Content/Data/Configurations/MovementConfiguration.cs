using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ThiDuaCms.Content.Recognition;

namespace ThiDuaCms.Content.Data.Configurations;

internal sealed class MovementConfiguration : IEntityTypeConfiguration<Movement>
{
    public void Configure(EntityTypeBuilder<Movement> movement)
    {
        movement.Property(m => m.Name).HasMaxLength(400).IsRequired();
        movement.Property(m => m.Slug).HasMaxLength(Text.Slug.MaxLength).IsRequired();
        movement.Property(m => m.Summary).HasMaxLength(2000);
        movement.Property(m => m.Goals).HasMaxLength(20_000);
        movement.Property(m => m.Criteria).HasMaxLength(20_000);
        movement.HasIndex(m => m.Slug).IsUnique();
    }
}
