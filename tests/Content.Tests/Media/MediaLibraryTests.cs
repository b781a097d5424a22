using ThiDuaCms.Content.Events;
using System.Text;
using Microsoft.EntityFrameworkCore;
using ThiDuaCms.Content.Articles;
using ThiDuaCms.Content.Media;

namespace ThiDuaCms.Tests.Media;

public class MediaLibraryTests
{
    private const long TwentyFiveMegabytes = 25L * 1024 * 1024;

    [Fact]
    public async Task A_real_jpeg_is_stored_under_a_generated_name_with_all_variants_and_a_private_original()
    {
        await using var bed = await MediaTestBed.CreateAsync();

        var result = await bed.UploadAsync(TestImages.PhotoWithGps, "Ảnh tập thể khoa Châm cứu.JPG");

        Assert.True(result.Succeeded, result.Error);
        var asset = result.Value!;
        Assert.Matches("^[0-9a-f]{32}$", asset.StoredName);
        Assert.Equal(("Ảnh tập thể khoa Châm cứu.JPG", "image/jpeg", 4000, 3000), (asset.OriginalFileName, asset.ContentType, asset.Width, asset.Height));
        Assert.Equal(TestImages.PhotoWithGps.Length, asset.ByteSize);
        Assert.Equal("", asset.AltText);
        var s = asset.StoredName;
        Assert.Equal(
            new[] { $"{s}-1600.jpg", $"{s}-1600.webp", $"{s}-320.jpg", $"{s}-320.webp", $"{s}-800.jpg", $"{s}-800.webp", $"originals/{s}.jpg" }
                .Select(f => Path.Combine("media", f)).Order(StringComparer.Ordinal),
            bed.Files());
        Assert.Equal(1, await bed.MediaRowCountAsync());
        Assert.Contains(await bed.EventsAsync(), e => e is MediaUploaded uploaded && uploaded.MediaAssetId == asset.Id);
    }

    [Fact]
    public async Task A_real_png_is_stored_with_its_variants()
    {
        await using var bed = await MediaTestBed.CreateAsync();

        var result = await bed.UploadAsync(TestImages.Png(1800, 1200), "so-do.png");

        Assert.True(result.Succeeded, result.Error);
        Assert.Equal(("image/png", 1800, 1200), (result.Value!.ContentType, result.Value.Width, result.Value.Height));
        Assert.Equal(7, bed.Files().Count);
        Assert.Contains(Path.Combine("media", "originals", result.Value.StoredName + ".png"), bed.Files());
    }

    public static TheoryData<string, string, string> Refusals => new()
    {
        { "truncated-jpeg", "anh.jpg", "Tệp ảnh bị hỏng hoặc không đầy đủ." },
        { "png-bomb", "anh.png", "Ảnh quá lớn: tối đa 50 megapixel (ảnh này 3600 megapixel)." },
        { "svg-script", "logo.svg", "Chỉ nhận ảnh JPEG, PNG, WebP hoặc GIF." },
        { "svg-named-jpg", "logo.jpg", "Chỉ nhận ảnh JPEG, PNG, WebP hoặc GIF." },
        { "html-named-jpg", "photo.jpg", "Chỉ nhận ảnh JPEG, PNG, WebP hoặc GIF." },
        { "25-mb", "lon.jpg", "Tệp quá lớn: tối đa 20 MB." },
        { "25-mb-unknown-length", "lon.jpg", "Tệp quá lớn: tối đa 20 MB." },
        { "empty", "rong.jpg", "Tệp rỗng: không có dữ liệu ảnh." },
    };

    [Theory]
    [MemberData(nameof(Refusals))]
    public async Task A_refused_file_gets_a_clear_message_and_leaves_nothing_on_disk_or_in_the_database(string kind, string fileName, string message)
    {
        await using var bed = await MediaTestBed.CreateAsync();
        var filesBefore = bed.Files();

        var bytes = kind switch
        {
            "truncated-jpeg" => TestImages.TruncatedJpeg(),
            "png-bomb" => TestImages.PngDeclaring(60_000, 60_000),
            "svg-script" or "svg-named-jpg" => TestImages.SvgWithScript(),
            "html-named-jpg" => TestImages.Html(),
            "25-mb" or "25-mb-unknown-length" => TestImages.Oversized((int)TwentyFiveMegabytes),
            "empty" => [],
            _ => throw new ArgumentOutOfRangeException(nameof(kind)),
        };
        var result = await bed.UploadAsync(bytes, fileName, seekable: kind != "25-mb-unknown-length");

        Assert.False(result.Succeeded);
        Assert.Equal(message, result.Error);
        Assert.Equal(filesBefore, bed.Files());
        Assert.Equal(0, await bed.MediaRowCountAsync());
        Assert.True(!Directory.Exists(bed.Paths.TempDirectory) || !Directory.EnumerateFileSystemEntries(bed.Paths.TempDirectory).Any());
    }

    [Theory]
    [InlineData("../../x.jpg")]
    [InlineData("..\\..\\x.jpg")]
    [InlineData("/etc/x.jpg")]
    public async Task A_path_in_the_file_name_is_never_used_to_store_the_file(string fileName)
    {
        await using var bed = await MediaTestBed.CreateAsync();

        var result = await bed.UploadAsync(TestImages.Jpeg(640, 480), fileName);

        // A valid image is accepted: the name is only shown, the file is stored under a generated name.
        Assert.True(result.Succeeded, result.Error);
        Assert.Equal("x.jpg", result.Value!.OriginalFileName);
        Assert.Matches("^[0-9a-f]{32}$", result.Value.StoredName);
        Assert.All(bed.Files(), f => Assert.StartsWith(Path.Combine("media", result.Value.StoredName), f.Replace("originals/", "", StringComparison.Ordinal), StringComparison.Ordinal));
        foreach (var root in new[] { bed.Paths.MediaDirectory, bed.Paths.TempDirectory, bed.Paths.DataDirectory })
        {
            Assert.False(File.Exists(Path.GetFullPath(Path.Combine(root, "../../x.jpg"))));
            Assert.False(File.Exists(Path.GetFullPath(Path.Combine(root, "../x.jpg"))));
            Assert.False(File.Exists(Path.Combine(root, "x.jpg")));
        }
    }

    [Fact]
    public async Task Only_authors_and_editors_may_upload()
    {
        await using var bed = await MediaTestBed.CreateAsync();

        var result = await bed.UploadAsync(TestImages.Jpeg(64, 48), "a.jpg", MediaTestBed.Clerk);

        Assert.Equal(MediaMessages.NotAllowed, result.Error);
        Assert.Empty(bed.Files());
    }

    [Fact]
    public void Display_file_names_are_reduced_to_a_safe_label()
    {
        Assert.Equal("x.jpg", MediaLibrary.DisplayFileName("../../x.jpg"));
        Assert.Equal("Hòa.jpg", MediaLibrary.DisplayFileName("Ho\u0300a.jpg"));
        Assert.Equal("ab.jpg", MediaLibrary.DisplayFileName("a\u0000\nb.jpg"));
        Assert.Equal(200, MediaLibrary.DisplayFileName(new string('a', 500) + ".jpg").Length);
        Assert.Equal("ảnh không tên", MediaLibrary.DisplayFileName(null));
    }

    [Fact]
    public async Task Alt_text_is_required_and_stored_in_nfc()
    {
        await using var bed = await MediaTestBed.CreateAsync();
        var id = (await bed.UploadAsync(TestImages.Jpeg(400, 300), "a.jpg")).Value!.Id;
        await using var db = bed.NewDbContext();
        var library = bed.Library(db);

        var missing = await library.UpdateDetailsAsync(id, new MediaDetails("   ", "Tiêu đề", null), MediaTestBed.Editor);
        var tooLong = await library.UpdateDetailsAsync(id, new MediaDetails(new string('a', 501), null, null), MediaTestBed.Editor);
        var saved = await library.UpdateDetailsAsync(id, new MediaDetails("Bác sĩ khám cho người be\u0323\u0302nh", " ", "Phòng Đào tạo"), MediaTestBed.Editor);

        Assert.Equal((false, "AltText"), (missing.Succeeded, missing.Field));
        Assert.Equal(MediaMessages.AltTextRequired, missing.Error);
        Assert.Equal((false, MediaMessages.AltTextTooLong), (tooLong.Succeeded, tooLong.Error));
        Assert.True(saved.Succeeded);
        var asset = await library.FindUsableAsync(id);
        Assert.NotNull(asset);
        Assert.Equal(("Bác sĩ khám cho người bệnh", null, "Phòng Đào tạo"), (asset.AltText, asset.Title, asset.Credit));
        Assert.True(asset.AltText.IsNormalized(NormalizationForm.FormC));
        Assert.Contains(await bed.EventsAsync(), e => e is MediaUpdated);
    }

    [Fact]
    public async Task Search_ignores_diacritics_and_can_list_only_usable_images()
    {
        await using var bed = await MediaTestBed.CreateAsync();
        var hospital = (await bed.UploadAsync(TestImages.Jpeg(64, 48), "toan-canh.jpg")).Value!;
        var undescribed = (await bed.UploadAsync(TestImages.Jpeg(64, 48), "benh-vien-moi.jpg")).Value!;
        var acupuncture = (await bed.UploadAsync(TestImages.Jpeg(64, 48), "cham-cuu.jpg")).Value!;
        await using var db = bed.NewDbContext();
        var library = bed.Library(db);
        await library.UpdateDetailsAsync(hospital.Id, new MediaDetails("Toàn cảnh Bệnh viện Y học cổ truyền", null, null), MediaTestBed.Editor);
        await library.UpdateDetailsAsync(acupuncture.Id, new MediaDetails("Châm cứu", "Khoa Châm cứu", null), MediaTestBed.Editor);

        var byFoldedText = await library.SearchAsync(new MediaQuery { Text = "benh vien" });
        var usable = await library.SearchAsync(new MediaQuery { UsableOnly = true });
        var all = await library.SearchAsync(new MediaQuery { PageSize = 2, Page = 2 });

        Assert.Equal([undescribed.Id, hospital.Id], byFoldedText.Items.Select(m => m.Id));
        Assert.Equal([acupuncture.Id, hospital.Id], usable.Items.Select(m => m.Id));
        Assert.Equal((3, 2), (all.TotalCount, all.TotalPages));
        Assert.Equal([hospital.Id], all.Items.Select(m => m.Id));
    }

    [Fact]
    public async Task Delete_is_refused_while_a_published_article_uses_the_image_and_lists_where()
    {
        await using var bed = await MediaTestBed.CreateAsync();
        var asset = (await bed.UploadAsync(TestImages.Jpeg(900, 600), "bia.jpg")).Value!;
        await bed.AddArticleAsync("Khoa Châm cứu: điển hình tiên tiến", ArticleStatus.Published, asset.Id);
        await bed.AddArticleAsync("Sáng kiến giảm thời gian chờ", ArticleStatus.Scheduled, null,
            body: $"![Ảnh](/media/{asset.StoredName}-800.jpg)");
        await bed.AddArticleAsync("Bản nháp về phong trào", ArticleStatus.Draft, asset.Id);
        var filesBefore = bed.Files();
        await using var db = bed.NewDbContext();
        var library = bed.Library(db);

        var usages = await library.UsagesAsync(asset.Id);
        var result = await library.DeleteAsync(asset.Id, MediaTestBed.Editor);

        Assert.Equal(3, usages.Count);
        Assert.False(result.Succeeded);
        Assert.Contains("“Khoa Châm cứu: điển hình tiên tiến”", result.Error);
        Assert.Contains("“Sáng kiến giảm thời gian chờ”", result.Error);
        Assert.DoesNotContain("Bản nháp về phong trào", result.Error);
        Assert.Equal(filesBefore, bed.Files());
        Assert.Equal(1, await bed.MediaRowCountAsync());
    }

    [Fact]
    public async Task Delete_is_refused_while_a_profile_shows_the_image()
    {
        await using var bed = await MediaTestBed.CreateAsync();
        var asset = (await bed.UploadAsync(TestImages.Jpeg(400, 400), "chan-dung.jpg")).Value!;
        await bed.AddPersonAsync("Nguyễn Văn An", asset.Id);
        await using var db = bed.NewDbContext();

        var result = await bed.Library(db).DeleteAsync(asset.Id, MediaTestBed.Editor);

        Assert.False(result.Succeeded);
        Assert.Contains("hồ sơ “Nguyễn Văn An”", result.Error);
    }

    [Fact]
    public async Task Delete_removes_the_files_and_the_row_and_clears_the_cover_of_drafts()
    {
        await using var bed = await MediaTestBed.CreateAsync();
        var asset = (await bed.UploadAsync(TestImages.Jpeg(900, 600), "bia.jpg")).Value!;
        var draft = await bed.AddArticleAsync("Bản nháp về phong trào", ArticleStatus.Draft, asset.Id);
        var archived = await bed.AddArticleAsync("Bài đã lưu trữ", ArticleStatus.Archived, asset.Id);
        await using var db = bed.NewDbContext();

        var result = await bed.Library(db).DeleteAsync(asset.Id, MediaTestBed.Editor);

        Assert.True(result.Succeeded, result.Error);
        Assert.Empty(bed.Files());
        Assert.Equal(0, await bed.MediaRowCountAsync());
        await using var check = bed.NewDbContext();
        var articles = await check.Articles.Where(a => a.Id == draft.Id || a.Id == archived.Id).ToListAsync();
        Assert.All(articles, a => Assert.Null(a.CoverImageId));
        Assert.All(articles, a => Assert.Equal(1, a.Version));
        Assert.Contains(await bed.EventsAsync(), e => e is MediaDeleted deleted && deleted.ClearedArticleIds.Count == 2);
    }
}

/// <summary>Uploads, edits and deletions are audited like articles, in the transaction of the change, beside their event.</summary>
public class MediaAuditTests
{
    [Fact]
    public async Task Upload_edit_and_delete_are_each_audited_with_their_event()
    {
        await using var bed = await MediaTestBed.CreateAsync();
        var id = (await bed.UploadAsync(TestImages.Jpeg(400, 300), "khoa-noi.jpg")).Value!.Id;
        await using (var db = bed.NewDbContext())
        {
            Assert.True((await bed.Library(db).UpdateDetailsAsync(id, new MediaDetails("Khoa Nội tổng hợp", null, null), MediaTestBed.Editor)).Succeeded);
        }
        await using (var db = bed.NewDbContext())
        {
            Assert.True((await bed.Library(db).DeleteAsync(id, MediaTestBed.Editor)).Succeeded);
        }

        await using var read = bed.NewDbContext();
        var entries = await read.AuditEntries.AsNoTracking().Where(e => e.EntityType == "MediaAsset" && e.EntityId == id).OrderBy(e => e.Id).ToListAsync();
        Assert.Equal(["Tải ảnh lên", "Sửa thông tin ảnh", "Xóa ảnh"], entries.Select(e => e.Action));
        Assert.All(entries, e => Assert.Equal(MediaTestBed.Editor.Name, e.UserName));
        Assert.Equal(["MediaUploaded", "MediaUpdated", "MediaDeleted"], (await bed.EventsAsync()).Select(e => e.GetType().Name));
    }

    [Fact]
    public async Task A_refused_upload_leaves_no_audit_entry_and_no_event()
    {
        await using var bed = await MediaTestBed.CreateAsync();

        Assert.False((await bed.UploadAsync(Encoding.UTF8.GetBytes("không phải ảnh"), "a.jpg")).Succeeded);

        await using var read = bed.NewDbContext();
        Assert.Empty(await read.AuditEntries.ToListAsync());
        Assert.Empty(await bed.EventsAsync());
    }
}
