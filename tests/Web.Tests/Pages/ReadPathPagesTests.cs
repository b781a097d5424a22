using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ThiDuaCms.Content.Articles;
using ThiDuaCms.Content.Data;
using ThiDuaCms.Content.Media;
using ThiDuaCms.Tests;
using ThiDuaCms.Web.Tests.Support;

namespace ThiDuaCms.Web.Tests.Pages;

/// <summary>What the public read path shows and hides. Each test writes its own data, so each runs on its own site.</summary>
public sealed class ReadPathPagesTests
{
    [Fact]
    public async Task Tag_typed_only_on_a_draft_has_no_page()
    {
        using var site = new TestSite();
        await site.CreateArticleAsync(await InputAsync(site, "Bản nháp có thẻ riêng") with { Tags = ["Thẻ chỉ trên bản nháp"] },
            ArticleStatus.Draft);
        var scheduled = await site.CreateArticleAsync(await InputAsync(site, "Bài hẹn giờ có thẻ riêng") with { Tags = ["Thẻ chỉ trên bài hẹn giờ"] },
            ArticleStatus.Scheduled, site.NowUtc().AddDays(3));

        var draftTag = await site.Client().GetAsync("/the/the-chi-tren-ban-nhap");
        var scheduledTag = await site.Client().GetAsync("/the/the-chi-tren-bai-hen-gio");

        Assert.Equal(HttpStatusCode.NotFound, draftTag.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, scheduledTag.StatusCode);
        Assert.Equal(ArticleStatus.Scheduled, scheduled.Status);
    }

    [Fact]
    public async Task Responsive_image_names_the_variants_made_at_upload_not_todays_widths()
    {
        using var site = new TestSite();
        int coverId;
        await using (var scope = site.Scope())
        {
            var db = scope.ServiceProvider.GetRequiredService<ContentDbContext>();
            // Uploaded wide when only 320 was configured: only the 320 variant exists, whatever the widths are now.
            var asset = new MediaAsset
            {
                StoredName = "anh-bia-kiem-thu", OriginalFileName = "bia.jpg", ContentType = "image/jpeg",
                Width = 2400, Height = 1600, ByteSize = 1000, AltText = "Ảnh bìa kiểm thử",
                UploadedAt = site.NowUtc(), VariantWidths = [320],
            };
            db.MediaAssets.Add(asset);
            await db.SaveChangesAsync();
            coverId = asset.Id;
        }
        var article = await site.CreateArticleAsync(await InputAsync(site, "Bài có ảnh bìa cũ") with { CoverImageId = coverId },
            ArticleStatus.Published);

        var page = await HtmlPage.GetOkAsync(site.Client(), $"/bai-viet/{article.Slug}");

        var img = page.Document.QuerySelector("figure.cover img")!;
        Assert.Equal(ResponsiveImage.Url("anh-bia-kiem-thu", 320, VariantFormat.Jpeg), img.GetAttribute("src"));
        Assert.Equal($"{ResponsiveImage.Url("anh-bia-kiem-thu", 320, VariantFormat.Jpeg)} 320w", img.GetAttribute("srcset"));
        Assert.DoesNotContain("-800.", page.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("-1600.", page.Html, StringComparison.Ordinal);
    }

    private static async Task<ArticleInput> InputAsync(TestSite site, string title)
    {
        var categoryId = await site.QueryAsync((db, _) => db.Categories.OrderBy(c => c.Id).Select(c => c.Id).FirstAsync());
        return new ArticleInput { Title = title, BodyMarkdown = "Nội dung bài viết.", CategoryId = categoryId };
    }
}
