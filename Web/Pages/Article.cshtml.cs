using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ThiDuaCms.Content.Articles;

namespace ThiDuaCms.Web.Pages;

public sealed class ArticleModel(ArticleReader articles) : PageModel
{
    public ArticleDetail Detail { get; private set; } = null!;
    public ArticlePage Article => Detail.Article;

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken ct)
    {
        var lookup = await articles.FindAsync(slug, ct);
        if (lookup.RedirectToSlug is { } newSlug)
        {
            return RedirectPermanent($"/bai-viet/{newSlug}");
        }
        if (lookup.Found is null)
        {
            return NotFound();
        }
        Detail = lookup.Found;
        return Page();
    }
}
