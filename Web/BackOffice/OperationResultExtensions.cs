using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ThiDuaCms.Content;

namespace ThiDuaCms.Web.BackOffice;

/// <summary>One mapping from a service's result to HTTP for every back-office page.</summary>
public static class OperationResultExtensions
{
    /// <summary>
    /// Ok → <paramref name="onOk"/>; Forbidden → 403; NotFound → 404; Invalid or Conflict → the message in
    /// ModelState (on <paramref name="fieldPrefix"/>.Field, or the page's summary when the form has no such field)
    /// and the page shown again by <paramref name="redisplay"/>.
    /// </summary>
    public static async Task<IActionResult> ToActionResultAsync(
        this OperationResult result, PageModel page, Func<IActionResult> onOk, Func<Task<IActionResult>> redisplay, string? fieldPrefix = null)
    {
        switch (result.Status)
        {
            case OperationStatus.Ok:
                return onOk();
            case OperationStatus.Forbidden:
                return page.Forbid();
            case OperationStatus.NotFound:
                return page.NotFound();
        }
        var key = result.Field is { } field && fieldPrefix is not null ? $"{fieldPrefix}.{field}" : "";
        page.ModelState.AddModelError(key, result.Error ?? "");
        return await redisplay();
    }
}
