using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ThiDuaCms.Web.Pages;

/// <summary>The Vietnamese error page for every failed request: 404s and crashes alike, never a stack trace.</summary>
[IgnoreAntiforgeryToken]
[ResponseCache(Duration = 0, Location = ResponseCacheLocation.None, NoStore = true)]
public sealed class ErrorModel : PageModel
{
    public new int StatusCode { get; private set; }

    /// <summary>The back office was asked for over plain HTTP outside Development (BackOfficeRequiresHttps).</summary>
    public bool HttpsRequired => HttpContext.Items.ContainsKey(BackOfficeRequiresHttps.ItemKey);

    // The code is read from the route, not model-bound: re-executing a POST whose body could not be read, model
    // binding would try the form again, fail, and bind nothing (the page would say 500).
    public void OnGet() => Show(RouteCode());

    public void OnPost() => Show(RouteCode());

    private int? RouteCode() =>
        int.TryParse(RouteData.Values["code"] as string, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var code)
            ? code : null;

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
