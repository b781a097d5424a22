using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ThiDuaCms.Content;
using ThiDuaCms.Content.Audit;

namespace ThiDuaCms.Web.Areas.QuanTri.Pages.Audit;

public sealed class IndexModel(AuditLog audit) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "trang")]
    public int PageNumber { get; set; } = 1;

    public PagedList<AuditEntry> Entries { get; private set; } = new([], 1, 50, 0);

    public async Task OnGetAsync(CancellationToken ct) => Entries = await audit.ListAsync(PageNumber, 50, ct: ct);
}
