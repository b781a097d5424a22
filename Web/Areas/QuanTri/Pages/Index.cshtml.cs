using Microsoft.AspNetCore.Mvc.RazorPages;
using ThiDuaCms.Content.Articles;
using ThiDuaCms.Web.BackOffice;

namespace ThiDuaCms.Web.Areas.QuanTri.Pages;

/// <summary>The dashboard: my drafts, waiting for review, scheduled, recently published.</summary>
public sealed class IndexModel(EditorialDesk desk) : PageModel
{
    public IReadOnlyList<DeskItem> MyDrafts { get; private set; } = [];
    public IReadOnlyList<DeskItem> InReview { get; private set; } = [];
    public IReadOnlyList<DeskItem> Scheduled { get; private set; } = [];
    public IReadOnlyList<DeskItem> RecentlyPublished { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        MyDrafts = await desk.InStatusAsync(ArticleStatus.Draft, 10, User.Actor().UserId, ct);
        InReview = await desk.InStatusAsync(ArticleStatus.InReview, 10, ct: ct);
        Scheduled = await desk.InStatusAsync(ArticleStatus.Scheduled, 10, ct: ct);
        RecentlyPublished = await desk.InStatusAsync(ArticleStatus.Published, 10, ct: ct);
    }
}
