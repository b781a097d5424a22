using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ThiDuaCms.Content.Articles;

namespace ThiDuaCms.Content.Data.Configurations;

internal sealed class ArticleSlugRedirectConfiguration : IEntityTypeConfiguration<ArticleSlugRedirect>
{
    public void Configure(EntityTypeBuilder<ArticleSlugRedirect> redirect)
    {
        redirect.Property(r => r.OldSlug).HasMaxLength(Text.Slug.MaxLength).IsRequired();
        redirect.HasIndex(r => r.OldSlug).IsUnique();
        redirect.HasOne(r => r.Article).WithMany().HasForeignKey(r => r.ArticleId).OnDelete(DeleteBehavior.Cascade);
    }
}
