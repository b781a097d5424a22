using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ThiDuaCms.Web.Pages;

/// <summary>The Vietnamese error page for every failed request: 404s and crashes alike, never a stack trace.</summary>
[IgnoreAntiforgeryToken]
[ResponseCache(Duration = 0, Location = ResponseCacheLocation.None, NoStore = true)]
public sealed class ErrorModel : PageModel
{
    public new int StatusCode { get; private set; }

    public void OnGet(int? code) => Show(code);

    public void OnPost(int? code) => Show(code);

    private void Show(int? code)
    {
        // "/loi/1" or "/loi/200" are not errors anyone was sent to: treat them as a page that does not exist
        // (setting status 1 would throw).
        StatusCode = code switch
        {
            null => 500,
            >= 400 and <= 599 => code.Value,
            _ => 404,
        };
        Response.StatusCode = StatusCode;
    }
}
