using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Microsoft.AspNetCore.Identity;
using SignInResult = Microsoft.AspNetCore.Identity.SignInResult;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ThiDuaCms.Content.Accounts;
using ThiDuaCms.Web.BackOffice;

namespace ThiDuaCms.Web.Areas.QuanTri.Pages.Account;

public sealed class LoginModel(
    SignInManager<CmsUser> signIn,
    UserManager<CmsUser> users,
    IPasswordHasher<CmsUser> hasher,
    SignInThrottle throttle,
    ILogger<LoginModel> logger) : PageModel
{
    /// <summary>
    /// The one answer to every refused sign-in: unknown email, wrong password, locked account. Telling them apart
    /// would tell anyone which emails have an account.
    /// </summary>
    public const string Refused = "Email hoặc mật khẩu không đúng. Nếu đã nhập sai nhiều lần, tài khoản có thể đang tạm khóa 15 phút.";

    [BindProperty]
    public LoginInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var address = SignInThrottle.AddressOf(HttpContext);
        using var attempt = throttle.Begin(address);
        if (attempt.Throttled)
        {
            logger.LogWarning("Sign-in from {Address} refused: too many failed attempts in the window.", address);
            Response.StatusCode = StatusCodes.Status429TooManyRequests;
            Response.Headers.RetryAfter = ((int)throttle.Window.TotalSeconds).ToString(CultureInfo.InvariantCulture);
            ModelState.AddModelError(string.Empty,
                $"Có quá nhiều lần đăng nhập sai từ địa chỉ của bạn. Vui lòng đợi {WindowText(throttle.Window)} rồi thử lại.");
            return Page();
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var user = await users.FindByNameAsync(Input.Email.Trim());
        SignInResult result;
        if (user is null || await users.IsLockedOutAsync(user))
        {
            // No password check would happen here: do the same hashing work a real check does, so neither an unknown
            // email nor a locked account answers faster than a wrong password.
            SpendPasswordCheck(Input.Password);
            result = user is null ? SignInResult.Failed : SignInResult.LockedOut;
        }
        else
        {
            result = await signIn.PasswordSignInAsync(user, Input.Password, Input.RememberMe, lockoutOnFailure: true);
        }
        if (result.Succeeded)
        {
            // Only local return addresses: an absolute URL here would be an open redirect.
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/quan-tri");
        }
        throttle.RecordFailure(address);
        logger.LogInformation("Sign-in refused from {Address} ({Outcome}).", address, result.IsLockedOut ? "locked out" : "failed");
        ModelState.AddModelError(string.Empty, Refused);
        return Page();
    }

    private static readonly CmsUser Nobody = new() { UserName = "nobody@thiduacms.invalid" };

    /// <summary>A hash made once with the site's hasher and settings, as a real account's would be.</summary>
    private static string? _decoyHash;

    private void SpendPasswordCheck(string password)
    {
        var decoy = _decoyHash ??= hasher.HashPassword(Nobody, Guid.NewGuid().ToString("N"));
        _ = hasher.VerifyHashedPassword(Nobody, decoy, password);
    }

    private static string WindowText(TimeSpan window) =>
        window.TotalMinutes >= 1 ? $"{Math.Ceiling(window.TotalMinutes):0} phút" : $"{Math.Ceiling(window.TotalSeconds):0} giây";

    public sealed class LoginInput
    {
        [Required(ErrorMessage = "Vui lòng nhập email.")]
        [EmailAddress(ErrorMessage = "Email không hợp lệ.")]
        [Display(Name = "Email")]
        public string Email { get; set; } = "";

        [Required(ErrorMessage = "Vui lòng nhập mật khẩu.")]
        [DataType(DataType.Password)]
        [Display(Name = "Mật khẩu")]
        public string Password { get; set; } = "";

        [Display(Name = "Ghi nhớ đăng nhập")]
        public bool RememberMe { get; set; }
    }
}
