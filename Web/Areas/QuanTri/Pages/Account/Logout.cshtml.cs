using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ThiDuaCms.Content.Accounts;

namespace ThiDuaCms.Web.Areas.QuanTri.Pages.Account;

public sealed class LogoutModel(SignInManager<CmsUser> signIn) : PageModel
{
    public IActionResult OnGet() => RedirectToPage("/Index", new { area = "QuanTri" });

    public async Task<IActionResult> OnPostAsync()
    {
        await signIn.SignOutAsync();
        return LocalRedirect("/");
    }
}
