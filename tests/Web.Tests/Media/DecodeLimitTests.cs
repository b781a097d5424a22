using System.Net;
using Microsoft.Extensions.DependencyInjection;
using ThiDuaCms.Content.Media;

namespace ThiDuaCms.Tests.Media;

/// <summary>A site that decodes one image at a time (Media:MaxConcurrentDecodes = 1).</summary>
public sealed class OneDecodeSite : TestSite
{
    public OneDecodeSite() => Settings["Media:MaxConcurrentDecodes"] = "1";
}

/// <summary>Image decoding is bounded in concurrency: uploads over the limit wait their turn.</summary>
public sealed class DecodeLimitTests(OneDecodeSite site) : IClassFixture<OneDecodeSite>
{
    private const string Library = "/quan-tri/thu-vien-anh";

    [Fact]
    public async Task With_the_limit_1_an_upload_waits_while_another_decode_runs_and_two_uploads_never_decode_together()
    {
        var gate = site.Services.GetRequiredService<DecodeGate>();
        var first = await BackOfficeSession.SignInAsync(site, "bientap@demo.local");
        var second = await BackOfficeSession.SignInAsync(site, "tacgia@demo.local");
        var photo = TestImages.Jpeg(3000, 2000);

        // Hold the only slot, as a long decode would: an upload must wait for it.
        Task<HttpResponseMessage> waiting;
        using (await gate.EnterAsync())
        {
            waiting = UploadAsync(first, photo, "cho.jpg");
            await Task.WhenAny(waiting, Task.Delay(TimeSpan.FromMilliseconds(700)));
            Assert.False(waiting.IsCompleted, "The upload decoded while the only decode slot was taken.");
        }
        Assert.Equal(HttpStatusCode.Redirect, (await waiting).StatusCode);

        var together = await Task.WhenAll(UploadAsync(first, photo, "mot.jpg"), UploadAsync(second, photo, "hai.jpg"), UploadAsync(first, photo, "ba.jpg"));

        Assert.All(together, r => Assert.Equal(HttpStatusCode.Redirect, r.StatusCode));
        Assert.Equal(1, gate.Peak);
        Assert.Equal(0, gate.Active);
    }

    [Fact]
    public void The_limit_is_validated()
    {
        Assert.Equal(2, new MediaOptions().MaxConcurrentDecodes);
        Assert.Null(new MediaOptions { MaxConcurrentDecodes = 1 }.Validate());
        Assert.Equal("Media:MaxConcurrentDecodes phải nằm trong khoảng 1–64.", new MediaOptions { MaxConcurrentDecodes = 0 }.Validate());
        Assert.Equal("Media:MaxConcurrentDecodes phải nằm trong khoảng 1–64.", new MediaOptions { MaxConcurrentDecodes = 65 }.Validate());
    }

    private static async Task<HttpResponseMessage> UploadAsync(BackOfficeSession session, byte[] bytes, string name)
    {
        var form = await session.GetFormAsync(Library, handler: "Upload");
        using var content = new MultipartFormDataContent { { new StringContent(BackOfficeSession.Token(form)), "__RequestVerificationToken" } };
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("image/jpeg");
        content.Add(file, "Files", name);
        return await session.Client.PostAsync(BackOfficeSession.Action(form), content);
    }
}
