using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ThiDuaCms.Content.Accounts;

namespace ThiDuaCms.Content.Data.Configurations;

/// <summary>Only what the CMS adds to the Identity user; Identity configures its own columns.</summary>
internal sealed class CmsUserConfiguration : IEntityTypeConfiguration<CmsUser>
{
    public void Configure(EntityTypeBuilder<CmsUser> user) =>
        user.Property(u => u.DisplayName).HasMaxLength(200).IsRequired();
}
