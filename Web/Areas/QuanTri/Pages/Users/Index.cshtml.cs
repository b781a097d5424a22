using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ThiDuaCms.Content.Accounts;
using ThiDuaCms.Web.BackOffice;

namespace ThiDuaCms.Web.Areas.QuanTri.Pages.Users;

/// <summary>Administrators list accounts and create new ones; the password is generated and shown once.</summary>
public sealed class IndexModel(UserAccounts accounts) : PageModel
{
    [BindProperty]
    public NewUser Input { get; set; } = new();

    public IReadOnlyList<UserSummary> Users { get; private set; } = [];

    /// <summary>Shown once, right after the account is created.</summary>
    public string? CreatedPassword { get; private set; }

    public async Task OnGetAsync() => Users = await accounts.ListAsync();

    public async Task<IActionResult> OnPostAsync()
    {
        if (ModelState.IsValid)
        {
            var password = UserAccounts.GeneratePassword();
            var result = await accounts.AddAsync(Input.Email, Input.DisplayName, Input.Role, password, User.Actor());
            if (result.Succeeded)
            {
                CreatedPassword = password;
                ModelState.Clear();
                Input = new NewUser { Email = result.Value!.Email ?? "" };
            }
            else
            {
                ModelState.AddModelError(result.Field is null ? "" : $"Input.{result.Field}", result.Error!);
            }
        }
        Users = await accounts.ListAsync();
        return Page();
    }

    public sealed class NewUser
    {
        [Required(ErrorMessage = "Vui lòng nhập email.")]
        [EmailAddress(ErrorMessage = "Email không hợp lệ.")]
        [Display(Name = "Email")]
        public string Email { get; set; } = "";

        [Required(ErrorMessage = "Vui lòng nhập họ tên.")]
        [StringLength(200, ErrorMessage = "Họ tên không được dài quá 200 ký tự.")]
        [Display(Name = "Họ tên")]
        public string DisplayName { get; set; } = "";

        [Required(ErrorMessage = "Vui lòng chọn vai trò.")]
        [AllowedValues(Roles.Administrator, Roles.Editor, Roles.Author, Roles.RecognitionClerk, ErrorMessage = "Vai trò không hợp lệ.")]
        [Display(Name = "Vai trò")]
        public string Role { get; set; } = Roles.Author;
    }
}
