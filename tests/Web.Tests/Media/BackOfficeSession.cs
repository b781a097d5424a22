using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Mvc.Testing;

namespace ThiDuaCms.Tests.Media;

/// <summary>A browser-like client of the back office: keeps cookies, does not follow redirects, signs in through the real form.</summary>
internal sealed class BackOfficeSession(HttpClient client)
{
    public const string Password = "ThiDua@2026";
    private static readonly HtmlParser Parser = new();

    public HttpClient Client { get; } = client;

    public static HttpClient NewClient(TestSite site) =>
        site.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    /// <summary>Signs in with the demo account <paramref name="email"/> by posting the login form with its antiforgery token.</summary>
    public static async Task<BackOfficeSession> SignInAsync(TestSite site, string email)
    {
        var session = new BackOfficeSession(NewClient(site));
        var form = await session.GetFormAsync("/quan-tri/dang-nhap");
        var response = await session.Client.PostAsync("/quan-tri/dang-nhap", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.Email"] = email,
            ["Input.Password"] = Password,
            ["__RequestVerificationToken"] = Token(form),
        }));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return session;
    }

    public async Task<IHtmlDocument> GetDocumentAsync(string url)
    {
        var response = await Client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await ParseAsync(response);
    }

    /// <summary>The first form of the page whose action matches, or the first form.</summary>
    public async Task<IHtmlFormElement> GetFormAsync(string url, string? handler = null)
    {
        var document = await GetDocumentAsync(url);
        return document.Forms.First(f => handler is null
            ? f.Method.Equals("post", StringComparison.OrdinalIgnoreCase) && !f.Action.Contains("dang-xuat", StringComparison.Ordinal)
            : f.Action.Contains($"handler={handler}", StringComparison.OrdinalIgnoreCase));
    }

    public static string Token(IHtmlFormElement form) =>
        form.QuerySelector<IHtmlInputElement>("input[name=__RequestVerificationToken]")!.Value;

    /// <summary>The form's action as a path and query, as the page wrote it.</summary>
    public static string Action(IHtmlFormElement form) => form.GetAttribute("action")!;

    public static async Task<IHtmlDocument> ParseAsync(HttpResponseMessage response) =>
        await Parser.ParseDocumentAsync(await response.Content.ReadAsStringAsync());
}
