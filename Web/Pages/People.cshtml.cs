using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ThiDuaCms.Content.Recognition;

namespace ThiDuaCms.Web.Pages;

/// <summary>The people's index: everyone in Vietnamese name order, narrowed to one department by the query string.</summary>
public sealed class PeopleModel(RecognitionReader recognition) : PageModel
{
    public const int PageSize = 48;

    [BindProperty(SupportsGet = true, Name = "khoa-phong")]
    public string? Department { get; set; }

    [BindProperty(SupportsGet = true, Name = "trang")]
    public int PageNumber { get; set; } = 1;

    public PeopleDirectory Directory { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var department = string.IsNullOrWhiteSpace(Department) ? null : Department;
        if (await recognition.PeopleDirectoryAsync(department, PageNumber, PageSize, ct) is not { } directory
            || PageNumber < 1 || PageNumber > directory.People.TotalPages)
        {
            return NotFound();
        }
        Directory = directory;
        return Page();
    }
}
