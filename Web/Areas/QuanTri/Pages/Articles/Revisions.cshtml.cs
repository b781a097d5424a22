using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ThiDuaCms.Content;
using ThiDuaCms.Content.Articles;
using ThiDuaCms.Web.BackOffice;

namespace ThiDuaCms.Web.Areas.QuanTri.Pages.Articles;

/// <summary>An article's revisions: compare any two, restore one as a new revision.</summary>
public sealed class RevisionsModel(EditorialDesk desk, ArticleEditor editor) : PageModel
{
    public Article Article { get; private set; } = null!;
    public IReadOnlyList<ArticleRevision> Revisions { get; private set; } = [];

    [BindProperty(SupportsGet = true, Name = "tu")]
    public int? From { get; set; }

    [BindProperty(SupportsGet = true, Name = "den")]
    public int? To { get; set; }

    public IReadOnlyList<DiffLine>? Diff { get; private set; }

    /// <summary>Restoring is an edit: only offered to who may edit the article now.</summary>
    public bool CanRestore { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var article = await editor.GetForEditAsync(id, ct);
        if (article is null)
        {
            return NotFound();
        }
        if (!ArticlePermissions.CanView(article, User.Actor()))
        {
            return Forbid();
        }
        Article = article;
        CanRestore = ArticlePermissions.CanEdit(article, User.Actor()) is null;
        Revisions = await desk.RevisionsAsync(id, ct);
        if (From is { } from && To is { } to)
        {
            var older = Revisions.FirstOrDefault(r => r.Number == Math.Min(from, to));
            var newer = Revisions.FirstOrDefault(r => r.Number == Math.Max(from, to));
            if (older is null || newer is null)
            {
                return NotFound();
            }
            Diff = RevisionDiff.Compare(older, newer);
        }
        return Page();
    }

    public async Task<IActionResult> OnPostRestoreAsync(int id, int number, CancellationToken ct)
    {
        var result = await editor.RestoreAsync(id, number, User.Actor(), ct);
        // Either way the editor opens again, with what happened on top.
        IActionResult BackToEditor(string? message)
        {
            TempData["Message"] = message;
            return Redirect($"/quan-tri/bai-viet/{id}");
        }
        return await result.ToActionResultAsync(this,
            onOk: () => BackToEditor($"Đã khôi phục phiên bản {number} thành một phiên bản mới."),
            redisplay: () => Task.FromResult(BackToEditor(result.Error)));
    }
}
