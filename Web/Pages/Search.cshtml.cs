using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using ThiDuaCms.Content;
using ThiDuaCms.Content.Search;
using ThiDuaCms.Content.Text;

namespace ThiDuaCms.Web.Pages;

/// <summary>The public search: whatever is typed answers a page (results, a friendly empty page, or "being rebuilt").</summary>
public sealed class SearchModel(SiteSearch search, IOptions<ContentOptions> options) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Query { get; set; }

    [BindProperty(SupportsGet = true, Name = "trang")]
    public int PageNumber { get; set; } = 1;

    public SearchResults Results { get; private set; } = null!;

    /// <summary>The query without diacritics, suggested when nothing was found and it had some.</summary>
    public string? FoldedSuggestion { get; private set; }

    public IActionResult OnGet(CancellationToken ct)
    {
        Results = search.Search(Query, PageNumber, options.Value.PageSize, ct);
        if (Results is { State: SearchState.Ok, Hits.TotalCount: 0 })
        {
            var folded = VietnameseText.Fold(Results.Query);
            FoldedSuggestion = string.Equals(folded, Results.Query.ToLowerInvariant(), StringComparison.Ordinal) ? null : folded;
        }
        return Page();
    }
}
