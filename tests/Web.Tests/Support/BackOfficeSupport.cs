using System.Net;
using AngleSharp.Dom;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ThiDuaCms.Content.Accounts;
using ThiDuaCms.Content.Articles;
using ThiDuaCms.Content.Audit;
using ThiDuaCms.Content.Data;
using ThiDuaCms.Tests;
using ThiDuaCms.Web.BackOffice;

namespace ThiDuaCms.Web.Tests.Support;

/// <summary>Signing in to the back office and arranging its data, through the real sign-in page and the real services.</summary>
internal static class BackOfficeSupport
{
    public const string SignInPath = "/quan-tri/dang-nhap";
    public const string AuthCookie = "ThiDuaCms.Auth";

    /// <summary>The Development demo account for <paramref name="role"/> (DemoUsers).</summary>
    public static (string Email, string Name) DemoAccount(string role) =>
        DemoUsers.Accounts.Where(a => a.Role == role).Select(a => (a.Email, a.Name)).Single();

    /// <summary>GETs the sign-in page, then POSTs its antiforgery token with the credentials; returns the POST's answer.</summary>
    public static async Task<HtmlPage> PostSignInAsync(this HttpClient client, string email, string password, string? returnUrl = null)
    {
        var url = returnUrl is null ? SignInPath : $"{SignInPath}?ReturnUrl={Uri.EscapeDataString(returnUrl)}";
        var signInPage = await HtmlPage.GetOkAsync(client, url);
        var form = signInPage.Form("main form")
            .Set("Input.Email", email)
            .Set("Input.Password", password);
        return await HtmlPage.PostAsync(client, url, form);
    }

    /// <summary>A client (cookies kept, redirects not followed) signed in as the demo account of <paramref name="role"/>.</summary>
    public static Task<HttpClient> SignInAsync(this TestSite site, string role) =>
        site.SignInAsync(DemoAccount(role).Email, DemoUsers.Password);

    public static async Task<HttpClient> SignInAsync(this TestSite site, string email, string password, HttpClient? client = null)
    {
        client ??= site.Client();
        var answer = await client.PostSignInAsync(email, password);
        Assert.True(answer.Status == HttpStatusCode.Found,
            $"Signing in as {email} answered {(int)answer.Status}: {string.Join(" ", answer.Errors)}");
        return client;
    }

    /// <summary>A client on https://localhost, as Production requires for its Secure cookies.</summary>
    public static HttpClient HttpsClient(this TestSite site) =>
        site.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = new Uri("https://localhost") });

    /// <summary>A fresh antiforgery token for whoever the client is: from the dashboard when signed in, else from the sign-in page.</summary>
    public static async Task<string> AntiforgeryTokenAsync(this HttpClient client)
    {
        var dashboard = await HtmlPage.GetAsync(client, "/quan-tri");
        return (dashboard.Status == HttpStatusCode.OK ? dashboard : await HtmlPage.GetOkAsync(client, SignInPath)).AntiforgeryToken;
    }

    /// <summary>POSTs <paramref name="fields"/> with a fresh antiforgery token.</summary>
    public static async Task<HtmlPage> PostWithTokenAsync(this HttpClient client, string url, params (string Name, string Value)[] fields)
    {
        var form = new FormData(fields) { { "__RequestVerificationToken", await client.AntiforgeryTokenAsync() } };
        return await HtmlPage.PostAsync(client, url, form);
    }

    /// <summary>Submits a form of <paramref name="page"/> as a browser would, after <paramref name="fill"/> has typed into it.</summary>
    public static Task<HtmlPage> SubmitAsync(this HttpClient client, HtmlPage page, string selector, Action<FormData>? fill = null)
    {
        var form = page.Document.QuerySelector(selector);
        Assert.True(form is not null, $"{page.Url} has no form {selector}.");
        return client.SubmitAsync(page, form, fill);
    }

    public static Task<HtmlPage> SubmitAsync(this HttpClient client, HtmlPage page, IElement form, Action<FormData>? fill = null)
    {
        var data = HtmlPage.FormOf(form);
        fill?.Invoke(data);
        var action = form.GetAttribute("action");
        return HtmlPage.PostAsync(client, string.IsNullOrEmpty(action) ? page.Url : action, data);
    }

    /// <summary>The workflow button's form on the editor page that moves the article to <paramref name="to"/>.</summary>
    public static IElement WorkflowForm(this HtmlPage page, ArticleStatus to)
    {
        var forms = page.Document.QuerySelectorAll("form.workflow-step")
            .Where(f => f.QuerySelector("input[name=to]")?.GetAttribute("value") == to.ToString())
            .ToList();
        Assert.True(forms.Count == 1, $"{page.Url} offers {forms.Count} forms to move to {to}.");
        return forms[0];
    }

    /// <summary>The labels of the workflow buttons on the editor page.</summary>
    public static IReadOnlyList<string> WorkflowButtons(this HtmlPage page) =>
        page.Document.QuerySelectorAll("form.workflow-step button").Select(b => HtmlPage.Collapse(b.TextContent)).ToList();

    /// <summary>The notice the back-office layout shows after a redirect (TempData "Message").</summary>
    public static string? Notice(this HtmlPage page) =>
        page.Document.QuerySelector("main p.notice[role=status]") is { } notice ? HtmlPage.Collapse(notice.TextContent) : null;

    /// <summary>The id at the end of an editor address such as /quan-tri/bai-viet/42.</summary>
    public static int ArticleIdFrom(string? location)
    {
        Assert.NotNull(location);
        Assert.Matches("^/quan-tri/bai-viet/[0-9]+$", location);
        return int.Parse(location.Split('/')[^1], System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>A Vietnam wall-clock time as a datetime-local field holds it.</summary>
    public static string LocalField(DateTime vietnamTime) =>
        vietnamTime.ToString("yyyy-MM-ddTHH:mm", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Creates an account through <see cref="UserAccounts"/> (e.g. a second author, or any user in Production).</summary>
    public static async Task<string> AddUserAsync(this TestSite site, string email, string name, string role, string password)
    {
        await using var scope = site.Scope();
        var added = await scope.ServiceProvider.GetRequiredService<UserAccounts>().AddAsync(email, name, role, password);
        Assert.True(added.Succeeded, added.Error);
        return added.Value!.Id;
    }

    /// <summary>The signed-in user as the Content services would see them.</summary>
    public static async Task<Actor> ActorAsync(this TestSite site, string email)
    {
        await using var scope = site.Scope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<CmsUser>>();
        var user = await users.FindByEmailAsync(email);
        Assert.NotNull(user);
        return new Actor(user.Id, user.DisplayName, (await users.GetRolesAsync(user)).ToHashSet());
    }

    /// <summary>A draft written by <paramref name="email"/> through <see cref="ArticleService"/>, in the first category.</summary>
    public static async Task<Article> CreateDraftAsync(this TestSite site, string email, string title, string body = "Nội dung bản nháp.")
    {
        var author = await site.ActorAsync(email);
        await using var scope = site.Scope();
        var categoryId = await scope.ServiceProvider.GetRequiredService<ContentDbContext>().Categories.OrderBy(c => c.Id).Select(c => c.Id).FirstAsync();
        var created = await scope.ServiceProvider.GetRequiredService<ArticleEditor>()
            .CreateAsync(new ArticleInput { Title = title, BodyMarkdown = body, CategoryId = categoryId, AuthorName = author.Name }, author);
        Assert.True(created.Succeeded, created.Error);
        return created.Value!;
    }

    /// <summary>The stored article, read fresh.</summary>
    public static async Task<Article> ArticleAsync(this TestSite site, int id)
    {
        await using var scope = site.Scope();
        return await scope.ServiceProvider.GetRequiredService<ContentDbContext>().Articles.AsNoTracking().SingleAsync(a => a.Id == id);
    }

    public static async Task<List<ArticleRevision>> RevisionsAsync(this TestSite site, int articleId)
    {
        await using var scope = site.Scope();
        return await scope.ServiceProvider.GetRequiredService<ContentDbContext>().ArticleRevisions.AsNoTracking()
            .Where(r => r.ArticleId == articleId).OrderBy(r => r.Number).ToListAsync();
    }

    public static async Task<List<AuditEntry>> AuditAsync(this TestSite site, int articleId)
    {
        await using var scope = site.Scope();
        return await scope.ServiceProvider.GetRequiredService<ContentDbContext>().AuditEntries.AsNoTracking()
            .Where(e => e.EntityType == "Article" && e.EntityId == articleId).OrderBy(e => e.Id).ToListAsync();
    }

    /// <summary>The Set-Cookie header that sets <paramref name="name"/>, or null.</summary>
    public static string? SetCookie(this HtmlPage page, string name) =>
        page.Response.Headers.TryGetValues("Set-Cookie", out var values)
            ? values.FirstOrDefault(v => v.StartsWith(name + "=", StringComparison.Ordinal))
            : null;

    /// <summary>Asserts the answer is the login redirect carrying <paramref name="returnUrl"/>.</summary>
    public static void AssertRedirectsToSignIn(this HtmlPage page, string returnUrl)
    {
        Assert.True(page.Status == HttpStatusCode.Found, $"{page.Url} answered {(int)page.Status}, not 302.");
        Assert.Equal($"{SignInPath}?ReturnUrl={Uri.EscapeDataString(returnUrl)}", page.Location);
    }

    /// <summary>Asserts the answer is a 403 with the Vietnamese page.</summary>
    public static void AssertForbidden(this HtmlPage page)
    {
        Assert.True(page.Status == HttpStatusCode.Forbidden, $"{page.Url} answered {(int)page.Status}, not 403.");
        Assert.Equal(["Không có quyền truy cập"], page.H1Texts);
        Assert.Contains("Tài khoản của bạn không có quyền xem trang này.", page.Html, StringComparison.Ordinal);
    }
}
