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
    ArticleService service, ArticleReader articles, RecognitionReader recognition, MediaLibrary media, MarkdownRenderer markdown)
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
            ? await service.CreateAsync(Form.ToInput(), User.Actor(), ct)
            : await service.UpdateAsync(id.Value, Form.ToInput(), Form.Version, User.Actor(), ct);
        switch (result.Status)
        {
            case OperationStatus.Ok:
                TempData["Message"] = id is null ? "Đã tạo bản nháp." : "Đã lưu bài viết.";
                return Redirect($"/quan-tri/bai-viet/{result.Value!.Id}");
            case OperationStatus.Forbidden:
                return Forbid();
            case OperationStatus.NotFound:
                return NotFound();
            case OperationStatus.Conflict:
                // Keep the editor's text in the form, show what is stored, and let the next save be deliberate.
                Theirs = result.Value;
                Form.Version = Theirs!.Version;
                ModelState.Remove("Form.Version");
                break;
        }
        ModelState.AddModelError(result.Field is null ? "" : $"Form.{result.Field}", result.Error!);
        return await ShowAsync(ct);
    }

    public async Task<IActionResult> OnPostMoveAsync(int id, ArticleStatus to, CancellationToken ct)
    {
        // Only scheduling takes a time from the form: "publish now" means now, never a back-dated or hidden date.
        var publishAtUtc = to == ArticleStatus.Scheduled && PublishAt is { } local ? VietnamTime.ToUtc(local) : (DateTime?)null;
        var result = await service.MoveAsync(id, to, User.Actor(), publishAtUtc, Comment, ct);
        switch (result.Status)
        {
            case OperationStatus.Ok:
                TempData["Message"] = $"Đã chuyển bài viết sang \"{ArticleWorkflow.DisplayName(to)}\".";
                return Redirect($"/quan-tri/bai-viet/{id}");
            case OperationStatus.Forbidden:
                return Forbid();
            case OperationStatus.NotFound:
                return NotFound();
        }
        if (await LoadStoredAsync(id, ct) is { } failure)
        {
            return failure;
        }
        Form = ArticleForm.From(Stored!);
        ModelState.Clear();
        // The workflow forms have no per-field messages: show it in the page's summary, or nobody reads it.
        ModelState.AddModelError("", result.Error!);
        return await ShowAsync(ct);
    }

    /// <summary>The live preview: the same Markdown pipeline as the public page.</summary>
    public IActionResult OnPostPreview(string? markdownText) =>
        Content(markdown.Render(markdownText ?? ""), "text/html; charset=utf-8");

    private async Task<IActionResult?> LoadStoredAsync(int id, CancellationToken ct)
    {
        Stored = await service.GetForEditAsync(id, ct);
        if (Stored is null)
        {
            return NotFound();
        }
        var actor = User.Actor();
        if (!ArticleService.CanView(Stored, actor))
        {
            return Forbid();
        }
        CanSave = ArticleService.CanEdit(Stored, actor) is null;
        Moves = ArticleWorkflow.Available(Stored.Status, actor, ArticleService.Owns(Stored, actor));
        return null;
    }

    private async Task<IActionResult> ShowAsync(CancellationToken ct)
    {
        Choices = await ArticleFormChoices.LoadAsync(articles, recognition, media, Form.CoverImageId, ct);
        PreviewHtml = markdown.Render(Form.BodyMarkdown ?? "");
        return Page();
    }
}
