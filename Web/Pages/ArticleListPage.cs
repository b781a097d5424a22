using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using ThiDuaCms.Content;
using ThiDuaCms.Content.Articles;

namespace ThiDuaCms.Web.Pages;

/// <summary>Base for the pages that show a paged list of articles (column, archives, category, tag, profiles).</summary>
public abstract class ArticleListPage(ArticleReader articles, IOptions<ContentOptions> options) : PageModel
{
    protected ArticleReader Articles { get; } = articles;

    [BindProperty(SupportsGet = true, Name = "trang")]
    public int PageNumber { get; set; } = 1;

    public PagedList<ArticleSummary> List { get; private set; } = new([], 1, 1, 0);

    /// <summary>Loads the page of articles; false when the page number lies past the end (the caller answers 404).</summary>
    protected async Task<bool> LoadListAsync(ArticleFilter filter, CancellationToken ct)
    {
        List = await Articles.ListAsync(filter, PageNumber, options.Value.PageSize, ct);
        return PageNumber >= 1 && PageNumber <= List.TotalPages;
    }
}
