using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ThiDuaCms.Content;
using ThiDuaCms.Content.Articles;
using ThiDuaCms.Content.Markdown;
using ThiDuaCms.Content.Media;
using ThiDuaCms.Content.Recognition;
using ThiDuaCms.Content.Text;
using ThiDuaCms.Web.BackOffice;

namespace ThiDuaCms.Web.Areas.QuanTri.Pages.Articles;

/// <summary>Writes a new article (/quan-tri/bai-viet/moi) or edits one, and moves it through the workflow.</summary>
public sealed class EditModel(
    ArticleEditor editor, ArticleService workflow, ArticleReader articles, RecognitionReader recognition, MediaLibrary media, MarkdownRenderer markdown)
    : PageModel
{
    [BindProperty]
    public ArticleForm Form { get; set; } = new();

    /// <summary>Vietnam time typed in the scheduling field.</summary>
    [BindProperty]
    public DateTime? PublishAt { get; set; }

    [BindProperty]
    public string? Comment { get; set; }

    public Article? Stored { get; private set; }
    /// <summary>Set when saving hit someone else's newer version: what is stored now.</summary>
    public Article? Theirs { get; private set; }
    public ArticleFormChoices Choices { get; private set; } = null!;
    public IReadOnlyList<ArticleWorkflow.Transition> Moves { get; private set; } = [];
    public bool CanSave { get; private set; } = true;
    public string PreviewHtml { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(int? id, CancellationToken ct)
    {
        if (id is not null)
        {
            if (await LoadStoredAsync(id.Value, ct) is { } failure)
            {
                return failure;
            }
            Form = ArticleForm.From(Stored!);
        }
        else
        {
            Form.AuthorName = User.DisplayName();
        }
        return await ShowAsync(ct);
    }

    public async Task<IActionResult> OnPostSaveAsync(int? id, CancellationToken ct)
    {
        if (id is not null && await LoadStoredAsync(id.Value, ct) is { } failure)
        {
            return failure;
        }
        if (!ModelState.IsValid)
        {
            return await ShowAsync(ct);
        }
        var result = id is null
            ? await editor.CreateAsync(Form.ToInput(), User.Actor(), ct)
            : await editor.UpdateAsync(id.Value, Form.ToInput(), Form.Version, User.Actor(), ct);
        if (result.Status == OperationStatus.Conflict)
        {
            // Keep the editor's text in the form, show what is stored, and let the next save be deliberate.
            Theirs = result.Value;
            Form.Version = Theirs!.Version;
            ModelState.Remove("Form.Version");
        }
        return await result.ToActionResultAsync(this,
            onOk: () =>
            {
                TempData["Message"] = id is null ? "Đã tạo bản nháp." : "Đã lưu bài viết.";
                return Redirect($"/quan-tri/bai-viet/{result.Value!.Id}");
            },
            redisplay: () => ShowAsync(ct),
            fieldPrefix: nameof(Form));
    }

    public async Task<IActionResult> OnPostMoveAsync(int id, ArticleStatus to, CancellationToken ct)
    {
        // The workflow decides what a time means for this move (only scheduling takes one from an editor).
        var publishAtUtc = PublishAt is { } local ? VietnamTime.ToUtc(local) : (DateTime?)null;
        var result = await workflow.MoveAsync(id, to, User.Actor(), publishAtUtc, Comment, ct);
        // The workflow forms have no per-field messages (no field prefix): the page's summary shows it, or nobody reads it.
        ModelState.Clear();
        return await result.ToActionResultAsync(this,
            onOk: () =>
            {
                TempData["Message"] = $"Đã chuyển bài viết sang \"{ArticleWorkflow.DisplayName(to)}\".";
                return Redirect($"/quan-tri/bai-viet/{id}");
            },
            redisplay: async () =>
            {
                if (await LoadStoredAsync(id, ct) is { } failure)
                {
                    return failure;
                }
                Form = ArticleForm.From(Stored!);
                return await ShowAsync(ct);
            });
    }

    /// <summary>The live preview: the same Markdown pipeline as the public page.</summary>
    public IActionResult OnPostPreview(string? markdownText) =>
        Content(markdown.Render(markdownText ?? ""), "text/html; charset=utf-8");

    private async Task<IActionResult?> LoadStoredAsync(int id, CancellationToken ct)
    {
        Stored = await editor.GetForEditAsync(id, ct);
        if (Stored is null)
        {
            return NotFound();
        }
        var actor = User.Actor();
        if (!ArticlePermissions.CanView(Stored, actor))
        {
            return Forbid();
        }
        CanSave = ArticlePermissions.CanEdit(Stored, actor) is null;
        Moves = ArticleWorkflow.Available(Stored.Status, actor, ArticlePermissions.Owns(Stored, actor));
        return null;
    }

    private async Task<IActionResult> ShowAsync(CancellationToken ct)
    {
        Choices = await ArticleFormChoices.LoadAsync(articles, recognition, media, Form.CoverImageId, ct);
        PreviewHtml = markdown.Render(Form.BodyMarkdown ?? "");
        return Page();
    }
}
