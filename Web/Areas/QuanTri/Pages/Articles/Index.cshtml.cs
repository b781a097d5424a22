using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ThiDuaCms.Content;
using ThiDuaCms.Content.Articles;
using ThiDuaCms.Web.BackOffice;

namespace ThiDuaCms.Web.Areas.QuanTri.Pages.Articles;

public sealed class IndexModel(EditorialDesk desk, ArticleReader articles) : PageModel
{
    private const int PageSize = 25;

    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Search { get; set; }

    [BindProperty(SupportsGet = true, Name = "trang-thai")]
    public ArticleStatus? Status { get; set; }

    [BindProperty(SupportsGet = true, Name = "chuyen-muc")]
    public int? CategoryId { get; set; }

    [BindProperty(SupportsGet = true, Name = "tac-gia")]
    public string? AuthorId { get; set; }

    [BindProperty(SupportsGet = true, Name = "nam")]
    public int? Year { get; set; }

    [BindProperty(SupportsGet = true, Name = "trang")]
    public int PageNumber { get; set; } = 1;

    public PagedList<DeskItem> List { get; private set; } = new([], 1, PageSize, 0);
    public IReadOnlyList<Category> Categories { get; private set; } = [];
    public IReadOnlyList<(string Id, string Name)> Authors { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        List = await desk.ListAsync(new DeskFilter
        {
            Search = Search,
            Status = Status,
            CategoryId = CategoryId,
            AuthorId = string.IsNullOrEmpty(AuthorId) ? null : AuthorId,
            Year = Year,
        }, User.Actor(), PageNumber, PageSize, ct);
        Categories = await articles.CategoriesAsync(ct);
        Authors = await desk.AuthorsAsync(ct);
    }
}
