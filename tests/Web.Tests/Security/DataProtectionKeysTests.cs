using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using ThiDuaCms.Content.Accounts;
using ThiDuaCms.Tests;
using ThiDuaCms.Web.BackOffice;
using ThiDuaCms.Web.Tests.Support;

namespace ThiDuaCms.Web.Tests.Security;

/// <summary>The data-protection keys live in the data directory: a restart, or a second instance, reads what the first issued.</summary>
public sealed class DataProtectionKeysTests
{
    [Fact]
    public async Task Antiforgery_tokens_and_sign_in_cookies_of_one_instance_are_accepted_by_another_over_the_same_data_directory()
    {
        using var first = new TestSite();
        var firstClient = Manual(first);
        var signInPage = await HtmlPage.GetOkAsync(firstClient, BackOfficeSupport.SignInPath);
        var antiforgeryCookie = Cookies(signInPage.Response).Single(c => c.StartsWith(".AspNetCore.Antiforgery.", StringComparison.Ordinal));
        Assert.NotEmpty(Directory.GetFiles(Path.Combine(first.DataDirectory, "keys"), "key-*.xml"));

        using var second = new TestSite { DataDirectory = first.DataDirectory };
        var secondClient = Manual(second);
        secondClient.DefaultRequestHeaders.Add("Cookie", antiforgeryCookie);
        var form = signInPage.Form("main form")
            .Set("Input.Email", BackOfficeSupport.DemoAccount(Roles.Editor).Email)
            .Set("Input.Password", DemoUsers.Password);
        var signedIn = await HtmlPage.PostAsync(secondClient, BackOfficeSupport.SignInPath, form);
        Assert.Equal(HttpStatusCode.Found, signedIn.Status);

        var authCookie = signedIn.SetCookie(BackOfficeSupport.AuthCookie)!.Split(';')[0];
        var back = Manual(first);
        back.DefaultRequestHeaders.Add("Cookie", authCookie);
        Assert.Equal(HttpStatusCode.OK, (await HtmlPage.GetAsync(back, "/quan-tri")).Status);
    }

    private static HttpClient Manual(TestSite site) =>
        site.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });

    private static IEnumerable<string> Cookies(HttpResponseMessage response) =>
        response.Headers.TryGetValues("Set-Cookie", out var values) ? values.Select(v => v.Split(';')[0]) : [];
}
