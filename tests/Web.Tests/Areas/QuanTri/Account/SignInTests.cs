using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using ThiDuaCms.Content.Accounts;
using ThiDuaCms.Tests;
using ThiDuaCms.Web.Areas.QuanTri.Pages.Account;
using ThiDuaCms.Web.BackOffice;
using ThiDuaCms.Web.Tests.Support;

namespace ThiDuaCms.Web.Tests.Areas.QuanTri.Account;

/// <summary>/quan-tri/dang-nhap and /quan-tri/dang-xuat in Development, where the demo accounts exist.</summary>
public sealed class SignInTests(TestSite site) : IClassFixture<TestSite>
{
    // One answer for every refusal: a different one for a locked account would tell that the email has an account.
    private const string WrongCredentials = LoginModel.Refused;
    private const string LockedOut = LoginModel.Refused;

    [Fact]
    public async Task The_right_password_signs_in_and_opens_the_dashboard()
    {
        var client = site.Client();
        var editor = BackOfficeSupport.DemoAccount(Roles.Editor);

        var answer = await client.PostSignInAsync(editor.Email, DemoUsers.Password);

        Assert.Equal(HttpStatusCode.Found, answer.Status);
        Assert.Equal("/quan-tri", answer.Location);
        var dashboard = await HtmlPage.GetOkAsync(client, "/quan-tri");
        Assert.Equal(["Tổng quan"], dashboard.H1Texts);
        Assert.Equal(editor.Name, HtmlPage.Collapse(dashboard.Document.QuerySelector(".bo-user")!.TextContent));
    }

    [Theory]
    [InlineData("bientap@demo.local", "SaiMatKhau2026")]
    [InlineData("khongco@demo.local", "ThiDua@2026")]
    public async Task Wrong_credentials_are_refused_with_one_Vietnamese_message(string email, string password)
    {
        var client = site.Client();

        var answer = await client.PostSignInAsync(email, password);

        Assert.Equal(HttpStatusCode.OK, answer.Status);
        Assert.Equal([WrongCredentials], answer.Errors);
        Assert.Null(answer.SetCookie(BackOfficeSupport.AuthCookie));
        Assert.Equal(email, answer.Form("main form")["Input.Email"]);
        Assert.DoesNotContain(password, answer.Html, StringComparison.Ordinal);
        (await HtmlPage.GetAsync(client, "/quan-tri")).AssertRedirectsToSignIn("/quan-tri");
    }

    [Fact]
    public async Task Empty_fields_are_explained_in_Vietnamese()
    {
        var answer = await site.Client().PostSignInAsync("", "");

        Assert.Equal(HttpStatusCode.OK, answer.Status);
        Assert.Equal("Vui lòng nhập email.", answer.FieldError("Input.Email"));
        Assert.Equal("Vui lòng nhập mật khẩu.", answer.FieldError("Input.Password"));
    }

    [Fact]
    public async Task Five_wrong_passwords_lock_the_account_even_against_the_right_one()
    {
        const string email = "khoa.tam@benhvien.test", password = "DungMatKhau2026";
        await site.AddUserAsync(email, "Người bị khóa", Roles.Author, password);
        var client = site.Client();

        var failures = new List<IReadOnlyList<string>>();
        for (var i = 0; i < 5; i++)
        {
            failures.Add((await client.PostSignInAsync(email, $"SaiLan{i}2026")).Errors);
        }
        var sixth = await client.PostSignInAsync(email, password);

        Assert.All(failures, errors => Assert.Equal([WrongCredentials], errors));
        await using (var scope = site.Scope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<CmsUser>>();
            Assert.True(await users.IsLockedOutAsync((await users.FindByEmailAsync(email))!));
        }
        Assert.Equal(HttpStatusCode.OK, sixth.Status);
        Assert.Equal([LockedOut], sixth.Errors);
        Assert.Null(sixth.SetCookie(BackOfficeSupport.AuthCookie));
        (await HtmlPage.GetAsync(client, "/quan-tri")).AssertRedirectsToSignIn("/quan-tri");
    }

    [Theory]
    [InlineData("http://evil.example")]
    [InlineData("https://evil.example/quan-tri")]
    [InlineData("//evil.example")]
    [InlineData("/\\evil.example")]
    public async Task A_return_address_on_another_site_is_ignored(string returnUrl)
    {
        var answer = await site.Client().PostSignInAsync(BackOfficeSupport.DemoAccount(Roles.Author).Email, DemoUsers.Password, returnUrl);

        Assert.Equal(HttpStatusCode.Found, answer.Status);
        Assert.Equal("/quan-tri", answer.Location);
    }

    [Fact]
    public async Task A_page_asked_for_before_signing_in_is_opened_after()
    {
        var client = site.Client();
        var asked = await HtmlPage.GetAsync(client, "/quan-tri/bai-viet?trang-thai=Draft");
        asked.AssertRedirectsToSignIn("/quan-tri/bai-viet?trang-thai=Draft");

        var answer = await client.PostSignInAsync(BackOfficeSupport.DemoAccount(Roles.Editor).Email, DemoUsers.Password, "/quan-tri/bai-viet?trang-thai=Draft");

        Assert.Equal("/quan-tri/bai-viet?trang-thai=Draft", answer.Location);
        Assert.Equal(["Bài viết"], (await HtmlPage.GetOkAsync(client, answer.Location!)).H1Texts);
    }

    [Fact]
    public async Task The_return_address_survives_a_failed_attempt()
    {
        var client = site.Client();
        var editor = BackOfficeSupport.DemoAccount(Roles.Editor);
        var failed = await client.PostSignInAsync(editor.Email, "SaiMatKhau2026", "/quan-tri/bai-viet");

        var answer = await client.SubmitAsync(failed, "main form", form => form.Set("Input.Password", DemoUsers.Password));

        Assert.Equal("/quan-tri/bai-viet", answer.Location);
    }

    [Fact]
    public async Task The_auth_cookie_is_HttpOnly_and_SameSite_Lax()
    {
        var answer = await site.Client().PostSignInAsync(BackOfficeSupport.DemoAccount(Roles.RecognitionClerk).Email, DemoUsers.Password);

        var cookie = answer.SetCookie(BackOfficeSupport.AuthCookie);
        Assert.NotNull(cookie);
        var attributes = CookieAttributes(cookie);
        Assert.Contains("httponly", attributes);
        Assert.Contains("samesite=lax", attributes);
        Assert.Contains("path=/", attributes);
        // Development runs on plain http; Production's cookie is Secure (ProductionSignInTests).
        Assert.DoesNotContain("secure", attributes);
        Assert.DoesNotContain(attributes, a => a.StartsWith("expires=", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Signing_out_ends_the_session()
    {
        var client = await site.SignInAsync(Roles.Author);
        Assert.Equal(HttpStatusCode.OK, (await HtmlPage.GetAsync(client, "/quan-tri")).Status);

        var answer = await client.PostWithTokenAsync("/quan-tri/dang-xuat");

        Assert.Equal(HttpStatusCode.Found, answer.Status);
        Assert.Equal("/", answer.Location);
        Assert.StartsWith($"{BackOfficeSupport.AuthCookie}=;", answer.SetCookie(BackOfficeSupport.AuthCookie), StringComparison.Ordinal);
        (await HtmlPage.GetAsync(client, "/quan-tri")).AssertRedirectsToSignIn("/quan-tri");
    }

    [Fact]
    public async Task Opening_the_sign_out_address_does_not_sign_out()
    {
        var client = await site.SignInAsync(Roles.Author);

        var answer = await HtmlPage.GetAsync(client, "/quan-tri/dang-xuat");

        Assert.Equal(HttpStatusCode.Found, answer.Status);
        Assert.Equal(HttpStatusCode.OK, (await HtmlPage.GetAsync(client, "/quan-tri")).Status);
    }

    internal static List<string> CookieAttributes(string setCookie) =>
        setCookie.Split(';').Skip(1).Select(a => a.Trim().ToLowerInvariant()).ToList();
}

/// <summary>The site as the hospital runs it: https only cookies, and no demo accounts.</summary>
public sealed class ProductionSignInTests(ProductionSignInTests.ProductionSite site) : IClassFixture<ProductionSignInTests.ProductionSite>
{
    public sealed class ProductionSite : TestSite
    {
        public ProductionSite() => EnvironmentName = "Production";
    }

    [Fact]
    public async Task Production_has_no_demo_accounts()
    {
        await using (var scope = site.Scope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<CmsUser>>();
            foreach (var (email, _, _) in DemoUsers.Accounts)
            {
                Assert.Null(await users.FindByEmailAsync(email));
            }
        }

        var answer = await site.HttpsClient().PostSignInAsync(BackOfficeSupport.DemoAccount(Roles.Editor).Email, DemoUsers.Password);

        Assert.Equal(HttpStatusCode.OK, answer.Status);
        Assert.Equal([LoginModel.Refused], answer.Errors);
    }

    [Fact]
    public async Task The_auth_cookie_is_Secure_HttpOnly_and_SameSite_Lax()
    {
        const string email = "bientap@benhvien.test", password = "BienTapVien2026";
        await site.AddUserAsync(email, "Lê Minh Tâm", Roles.Editor, password);
        var client = site.HttpsClient();

        var answer = await client.PostSignInAsync(email, password);

        Assert.Equal(HttpStatusCode.Found, answer.Status);
        var attributes = SignInTests.CookieAttributes(answer.SetCookie(BackOfficeSupport.AuthCookie)!);
        Assert.Contains("secure", attributes);
        Assert.Contains("httponly", attributes);
        Assert.Contains("samesite=lax", attributes);
        Assert.Equal(HttpStatusCode.OK, (await HtmlPage.GetAsync(client, "/quan-tri")).Status);
    }
}
