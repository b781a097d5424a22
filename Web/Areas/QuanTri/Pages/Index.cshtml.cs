using Microsoft.AspNetCore.Mvc.RazorPages;
using ThiDuaCms.Content.Articles;
using ThiDuaCms.Web.BackOffice;

namespace ThiDuaCms.Web.Areas.QuanTri.Pages;

/// <summary>The dashboard: my drafts, waiting for review, scheduled, recently published.</summary>
public sealed class IndexModel(EditorialDesk desk) : PageModel
{
    public Dashboard Desk { get; private set; } = new([], [], [], []);

    public async Task OnGetAsync(CancellationToken ct) => Desk = await desk.DashboardAsync(User.Actor(), 10, ct);
}
