using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using ThiDuaCms.Content.Accounts;
using ThiDuaCms.Tests;
using ThiDuaCms.Web.Areas.QuanTri.Pages.Account;
using ThiDuaCms.Web.BackOffice;
using ThiDuaCms.Web.Tests.Support;

namespace ThiDuaCms.Web.Tests.Security;

/// <summary>A site that throttles after 3 failures per client address, and counts the password-hash checks it makes.</summary>
public sealed class ThrottledSite : TestSite
{
    public ThrottledSite() => Settings["SignIn:MaxFailuresPerWindow"] = "3";

    public CountingPasswordHasher Hasher { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services => services.AddSingleton<IPasswordHasher<CmsUser>>(Hasher));
    }

    /// <summary>A client whose requests come, through the trusted proxy, from <paramref name="address"/>.</summary>
    public HttpClient ClientFrom(string address)
    {
        var client = this.Client();
        client.DefaultRequestHeaders.Add("X-Forwarded-For", address);
        return client;
    }
}

/// <summary>Identity's hasher, counting how often a password is checked against a hash.</summary>
public sealed class CountingPasswordHasher : IPasswordHasher<CmsUser>
{
    private readonly PasswordHasher<CmsUser> _inner = new();
    private int _verifications;

    public int Verifications => Volatile.Read(ref _verifications);

    public string HashPassword(CmsUser user, string password) => _inner.HashPassword(user, password);

    public PasswordVerificationResult VerifyHashedPassword(CmsUser user, string hashedPassword, string providedPassword)
    {
        Interlocked.Increment(ref _verifications);
        return _inner.VerifyHashedPassword(user, hashedPassword, providedPassword);
    }
}

/// <summary>The sign-in findings of the security probe: throttling per address, no account enumeration.</summary>
public sealed class SignInThrottlingTests(ThrottledSite site) : IClassFixture<ThrottledSite>
{
    private const string Throttled = "Có quá nhiều lần đăng nhập sai từ địa chỉ của bạn. Vui lòng đợi 15 phút rồi thử lại.";

    [Fact]
    public async Task After_the_failures_of_one_address_it_waits_while_another_address_signs_in()
    {
        var attacker = site.ClientFrom("203.0.113.10");
        var editor = BackOfficeSupport.DemoAccount(Roles.Editor);
        var administrator = BackOfficeSupport.DemoAccount(Roles.Administrator);

        // Failures spread over several accounts, as the probe did: they count per address, not per account.
        var failures = new[]
        {
            await attacker.PostSignInAsync("khongco1@benhvien.test", "SaiMatKhau2026"),
            await attacker.PostSignInAsync(BackOfficeSupport.DemoAccount(Roles.Author).Email, "SaiMatKhau2026"),
            await attacker.PostSignInAsync("khongco2@benhvien.test", "SaiMatKhau2026"),
        };
        var againstTheAdministrator = await attacker.PostSignInAsync(administrator.Email, "SaiMatKhau2026");
        var withTheRightPassword = await attacker.PostSignInAsync(editor.Email, DemoUsers.Password);
        var fromElsewhere = await site.ClientFrom("198.51.100.20").PostSignInAsync(editor.Email, DemoUsers.Password);

        Assert.All(failures, f =>
        {
            Assert.Equal(HttpStatusCode.OK, f.Status);
            Assert.Equal([LoginModel.Refused], f.Errors);
        });
        foreach (var refused in new[] { againstTheAdministrator, withTheRightPassword })
        {
            Assert.Equal(HttpStatusCode.TooManyRequests, refused.Status);
            Assert.Equal([Throttled], refused.Errors);
            Assert.Equal("900", refused.Response.Headers.RetryAfter?.ToString());
            Assert.Null(refused.SetCookie(BackOfficeSupport.AuthCookie));
        }
        Assert.Equal(HttpStatusCode.Found, fromElsewhere.Status);
        Assert.NotNull(fromElsewhere.SetCookie(BackOfficeSupport.AuthCookie));
        // A throttled attempt never reaches the account: the administrator's failure count is untouched.
        await using var scope = site.Scope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<CmsUser>>();
        Assert.Equal(0, await users.GetAccessFailedCountAsync((await users.FindByEmailAsync(administrator.Email))!));
    }

    [Fact]
    public void The_throttle_settings_are_validated_and_default_to_10_failures_in_15_minutes()
    {
        Assert.Equal((10, TimeSpan.FromMinutes(15)), (new SignInThrottleOptions().MaxFailuresPerWindow, new SignInThrottleOptions().Window));
        Assert.Null(new SignInThrottleOptions().Validate());
        Assert.Equal("SignIn:MaxFailuresPerWindow phải nằm trong khoảng 1–10.000.", new SignInThrottleOptions { MaxFailuresPerWindow = 0 }.Validate());
        Assert.Equal("SignIn:Window phải nằm trong khoảng 1 giây – 1 ngày.", new SignInThrottleOptions { Window = TimeSpan.Zero }.Validate());
    }

    [Theory]
    [InlineData("SignIn:Window", "00:00:00", "SignIn:Window phải nằm trong khoảng 1 giây – 1 ngày.")]
    [InlineData("Media:MaxConcurrentDecodes", "0", "Media:MaxConcurrentDecodes phải nằm trong khoảng 1–64.")]
    public void The_site_refuses_to_start_with_an_unusable_setting(string key, string value, string message)
    {
        using var broken = new TestSite { Settings = { [key] = value } };

        var error = Assert.ThrowsAny<Exception>(() => broken.Server);

        Assert.Contains(message, error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_burst_of_parallel_attempts_from_one_address_gets_no_more_checks_than_its_failures_allow()
    {
        // Sent together (each with its own sign-in form and cookies), none has failed yet when the others arrive:
        // the attempts still running count too.
        var answers = await Task.WhenAll(Enumerable.Range(1, 12)
            .Select(i => site.ClientFrom("203.0.113.77").PostSignInAsync($"phun{i}@benhvien.test", "SaiMatKhau2026")));

        Assert.True(answers.Count(a => a.Status != HttpStatusCode.TooManyRequests) <= 3,
            string.Join(", ", answers.Select(a => (int)a.Status)));
        Assert.True(answers.Count(a => a.Status == HttpStatusCode.TooManyRequests) >= 9);
    }

    [Fact]
    public async Task A_successful_sign_in_does_not_count_against_the_address()
    {
        var colleagues = site.ClientFrom("192.0.2.30");
        var editor = BackOfficeSupport.DemoAccount(Roles.Editor);

        for (var i = 0; i < 5; i++)
        {
            var answer = await site.ClientFrom("192.0.2.30").PostSignInAsync(editor.Email, DemoUsers.Password);
            Assert.Equal(HttpStatusCode.Found, answer.Status);
        }
        Assert.Equal(HttpStatusCode.Found, (await colleagues.PostSignInAsync(editor.Email, DemoUsers.Password)).Status);
    }

    [Fact]
    public async Task Unknown_email_wrong_password_and_locked_account_get_one_message_and_the_same_hashing_work()
    {
        const string email = "bi.khoa@benhvien.test", password = "DungMatKhau2026";
        await site.AddUserAsync(email, "Người sắp bị khóa", Roles.Author, password);
        await using (var scope = site.Scope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<CmsUser>>();
            var user = (await users.FindByEmailAsync(email))!;
            await users.SetLockoutEndDateAsync(user, DateTimeOffset.UtcNow.AddMinutes(15));
        }
        var (lockedEmail, lockedPassword) = (email, password);
        var cases = new (string Email, string Password, string Address)[]
        {
            ("chua.co.tai.khoan@benhvien.test", "SaiMatKhau2026", "203.0.113.41"),
            (BackOfficeSupport.DemoAccount(Roles.Author).Email, "SaiMatKhau2026", "203.0.113.42"),
            (lockedEmail, lockedPassword, "203.0.113.43"),
        };

        foreach (var (caseEmail, casePassword, address) in cases)
        {
            var client = site.ClientFrom(address);
            var before = site.Hasher.Verifications;
            var answer = await client.PostSignInAsync(caseEmail, casePassword);
            var checks = site.Hasher.Verifications - before;

            Assert.Equal(HttpStatusCode.OK, answer.Status);
            Assert.Equal([LoginModel.Refused], answer.Errors);
            Assert.True(checks == 1, $"{caseEmail}: {checks} password checks, expected exactly one like a wrong password.");
        }
    }
}

/// <summary>Signing out ends the session on the server, not only in the browser that signed out.</summary>
public sealed class SignOutTests(TestSite site) : IClassFixture<TestSite>
{
    [Fact]
    public async Task A_cookie_captured_before_sign_out_stops_working_at_once()
    {
        var client = site.Client();
        var signedIn = await client.PostSignInAsync(BackOfficeSupport.DemoAccount(Roles.Editor).Email, DemoUsers.Password);
        var captured = signedIn.SetCookie(BackOfficeSupport.AuthCookie)!.Split(';')[0];
        var thief = site.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        thief.DefaultRequestHeaders.Add("Cookie", captured);
        Assert.Equal(HttpStatusCode.OK, (await HtmlPage.GetAsync(thief, "/quan-tri")).Status);

        Assert.Equal(HttpStatusCode.Found, (await client.PostWithTokenAsync("/quan-tri/dang-xuat")).Status);

        (await HtmlPage.GetAsync(thief, "/quan-tri")).AssertRedirectsToSignIn("/quan-tri");
        (await HtmlPage.GetAsync(thief, "/quan-tri/bai-viet")).AssertRedirectsToSignIn("/quan-tri/bai-viet");
    }

    [Fact]
    public async Task Signing_out_one_browser_keeps_the_same_user_signed_in_on_another()
    {
        var office = await site.SignInAsync(Roles.Author);
        var home = await site.SignInAsync(Roles.Author);

        Assert.Equal(HttpStatusCode.Found, (await office.PostWithTokenAsync("/quan-tri/dang-xuat")).Status);

        Assert.Equal(HttpStatusCode.OK, (await HtmlPage.GetAsync(home, "/quan-tri")).Status);
        (await HtmlPage.GetAsync(office, "/quan-tri")).AssertRedirectsToSignIn("/quan-tri");
    }

    [Fact]
    public async Task A_role_change_ends_the_accounts_sessions_at_once()
    {
        const string email = "doi.vaitro@benhvien.test";
        var password = UserAccounts.GeneratePassword();
        Actor administrator;
        string userId;
        await using (var scope = site.Scope())
        {
            var accounts = scope.ServiceProvider.GetRequiredService<UserAccounts>();
            var added = await accounts.AddAsync(email, "Đổi Vai Trò", Roles.Editor, password);
            Assert.True(added.Succeeded, added.Error);
            userId = added.Value!.Id;
            administrator = await site.ActorAsync(BackOfficeSupport.DemoAccount(Roles.Administrator).Email);
        }
        var editor = await site.SignInAsync(email, password);
        Assert.Equal(HttpStatusCode.OK, (await HtmlPage.GetAsync(editor, "/quan-tri/bai-viet")).Status);

        await using (var scope = site.Scope())
        {
            var changed = await scope.ServiceProvider.GetRequiredService<UserAccounts>().ChangeRoleAsync(userId, Roles.Author, administrator);
            Assert.True(changed.Succeeded, changed.Error);
        }

        (await HtmlPage.GetAsync(editor, "/quan-tri/bai-viet")).AssertRedirectsToSignIn("/quan-tri/bai-viet");
        // Signed in again, the account has its new role.
        var author = await site.SignInAsync(email, password);
        Assert.Equal(HttpStatusCode.OK, (await HtmlPage.GetAsync(author, "/quan-tri/bai-viet")).Status);
    }

    [Fact]
    public async Task A_session_survives_the_security_stamp_check()
    {
        var client = await site.SignInAsync(Roles.Editor);
        // Identity re-checks the security stamp every 30 minutes and rebuilds the principal: the session id must survive.
        site.Clock.Advance(TimeSpan.FromMinutes(31));

        Assert.Equal(HttpStatusCode.OK, (await HtmlPage.GetAsync(client, "/quan-tri")).Status);
        Assert.Equal(HttpStatusCode.OK, (await HtmlPage.GetAsync(client, "/quan-tri")).Status);
    }
}
