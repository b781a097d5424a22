using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ThiDuaCms.Content.Articles;
using ThiDuaCms.Web.BackOffice;

namespace ThiDuaCms.Web.Areas.QuanTri.Pages.Articles;

/// <summary>An article in any status at its public look; only for signed-in editors and its author.</summary>
public sealed class PreviewModel(EditorialDesk desk) : PageModel
{
    public ArticlePreview Preview { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var preview = await desk.PreviewAsync(id, ct);
        if (preview is null)
        {
            return NotFound();
        }
        if (!ArticlePermissions.CanView(preview.Owner, User.Actor()))
        {
            return Forbid();
        }
        Preview = preview;
        return Page();
    }
}
