using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ThiDuaCms.Content.Media;
using ThiDuaCms.Web.BackOffice;

namespace ThiDuaCms.Web.Areas.QuanTri.Pages.Media;

/// <summary>One image: its alt text, title and credit, its variants, where it is used, and deletion.</summary>
public sealed class DetailsModel(MediaLibrary library) : PageModel
{
    [BindProperty]
    public DetailsInput Input { get; set; } = new();

    public MediaAsset Asset { get; private set; } = null!;

    public IReadOnlyList<MediaUsage> Usages { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }
        Input = new DetailsInput { AltText = Asset.AltText, Title = Asset.Title, Credit = Asset.Credit };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }
        if (!ModelState.IsValid)
        {
            // Page() re-renders Input as posted: the person keeps what they typed.
            return Page();
        }
        var result = await library.UpdateDetailsAsync(id, new MediaDetails(Input.AltText, Input.Title, Input.Credit), User.Actor(), ct);
        return await result.ToActionResultAsync(this,
            onOk: () =>
            {
                TempData["Message"] = "Đã lưu thông tin ảnh.";
                return RedirectToPage(new { id });
            },
            redisplay: () => Task.FromResult<IActionResult>(Page()),
            fieldPrefix: nameof(Input));
    }

    public async Task<IActionResult> OnPostDeleteAsync(int id, CancellationToken ct)
    {
        var result = await library.DeleteAsync(id, User.Actor(), ct);
        if (result.Succeeded)
        {
            TempData["Message"] = "Đã xóa ảnh khỏi thư viện.";
            return RedirectToPage("Index");
        }
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }
        // The details form was not posted with the delete button: show the stored values, and the reason.
        ModelState.Clear();
        Input = new DetailsInput { AltText = Asset.AltText, Title = Asset.Title, Credit = Asset.Credit };
        ModelState.AddModelError(string.Empty, result.Error!);
        return Page();
    }

    private async Task<bool> LoadAsync(int id, CancellationToken ct)
    {
        if (await library.FindAsync(id, ct) is not { } asset)
        {
            return false;
        }
        Asset = asset;
        Usages = await library.UsagesAsync(id, ct);
        return true;
    }

    public sealed class DetailsInput
    {
        [Required(ErrorMessage = MediaMessages.AltTextRequired)]
        [StringLength(MediaLibrary.MaxAltTextLength, ErrorMessage = MediaMessages.AltTextTooLong)]
        [Display(Name = "Mô tả ảnh (văn bản thay thế)")]
        public string? AltText { get; set; }

        [StringLength(MediaLibrary.MaxTitleLength, ErrorMessage = MediaMessages.TitleTooLong)]
        [Display(Name = "Tiêu đề")]
        public string? Title { get; set; }

        [StringLength(MediaLibrary.MaxCreditLength, ErrorMessage = MediaMessages.CreditTooLong)]
        [Display(Name = "Nguồn ảnh, tác giả")]
        public string? Credit { get; set; }
    }
}
