using ThiDuaCms.Content;
using ThiDuaCms.Content.Media;

namespace ThiDuaCms.Tests.Media;

public sealed class LocalMediaStorageTests : IDisposable
{
    private readonly ContentPaths _paths = new(Path.Combine(Path.GetTempPath(), "thiduacms-tests", "storage-" + Guid.NewGuid().ToString("N")));

    [Fact]
    public async Task Put_open_and_delete_by_key()
    {
        var storage = new LocalMediaStorage(_paths);
        await storage.PutAsync("originals/abc.jpg", new MemoryStream([1, 2, 3]));

        await using (var stream = await storage.OpenReadAsync("originals/abc.jpg"))
        {
            Assert.NotNull(stream);
            using var copy = new MemoryStream();
            await stream.CopyToAsync(copy);
            Assert.Equal([1, 2, 3], copy.ToArray());
        }
        Assert.True(File.Exists(Path.Combine(_paths.MediaDirectory, "originals", "abc.jpg")));

        await storage.DeleteAsync("originals/abc.jpg");
        Assert.Null(await storage.OpenReadAsync("originals/abc.jpg"));
        await storage.DeleteAsync("originals/abc.jpg");
    }

    [Theory]
    [InlineData("../x.jpg")]
    [InlineData("../../x.jpg")]
    [InlineData("/etc/passwd")]
    [InlineData("a/b/c.jpg")]
    [InlineData("ABC.jpg")]
    [InlineData("..")]
    [InlineData("")]
    public async Task Keys_that_could_leave_the_media_directory_are_refused(string key)
    {
        var storage = new LocalMediaStorage(_paths);
        await Assert.ThrowsAsync<ArgumentException>(() => storage.PutAsync(key, new MemoryStream([1])));
        await Assert.ThrowsAsync<ArgumentException>(() => storage.OpenReadAsync(key));
        Assert.Empty(Directory.EnumerateFiles(_paths.DataDirectory, "*", SearchOption.AllDirectories));
    }

    public void Dispose() => Directory.Delete(_paths.DataDirectory, recursive: true);
}
