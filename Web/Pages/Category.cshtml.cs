using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using ThiDuaCms.Content;
using ThiDuaCms.Content.Articles;

namespace ThiDuaCms.Web.Pages;

public sealed class CategoryModel(ArticleReader articles, IOptions<ContentOptions> options) : ArticleListPage(articles, options)
{
    public CategoryRef Category { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken ct)
    {
        var category = await Articles.FindCategoryAsync(slug, ct);
        if (category is null || !await LoadListAsync(new ArticleFilter { CategorySlug = slug }, ct))
        {
            return NotFound();
        }
        Category = category;
        return Page();
    }
}
