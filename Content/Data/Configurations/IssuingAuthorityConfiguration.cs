using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ThiDuaCms.Content.Recognition;

namespace ThiDuaCms.Content.Data.Configurations;

internal sealed class IssuingAuthorityConfiguration : IEntityTypeConfiguration<IssuingAuthority>
{
    public void Configure(EntityTypeBuilder<IssuingAuthority> authority)
    {
        authority.Property(a => a.Name).HasMaxLength(FieldLimits.AuthorityName).IsRequired();
        authority.HasIndex(a => a.Name).IsUnique();
    }
}
