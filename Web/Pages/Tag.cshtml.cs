using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using ThiDuaCms.Content;
using ThiDuaCms.Content.Articles;

namespace ThiDuaCms.Web.Pages;

public sealed class TagModel(ArticleReader articles, IOptions<ContentOptions> options) : ArticleListPage(articles, options)
{
    public TagRef Tag { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken ct)
    {
        var tag = await Articles.FindTagAsync(slug, ct);
        // FindTagAsync finds only tags with a visible article: a tag typed on drafts alone has no page.
        if (tag is null || !await LoadListAsync(new ArticleFilter { TagSlug = slug }, ct))
        {
            return NotFound();
        }
        Tag = tag;
        return Page();
    }
}
