using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using ThiDuaCms.Content.Accounts;
using ThiDuaCms.Content.Articles;

namespace ThiDuaCms.Content.Tests.Events;

/// <summary>
/// The test assembly's entry point, used only as a child process by the kill -9 test: it creates a draft through
/// <see cref="ArticleService"/> (article and change-log entry committed together), then kills itself with SIGKILL
/// before anything could deliver the entry. No dispatcher runs here.
/// </summary>
public static class CrashAfterCommit
{
    public const string Mode = "crash-after-commit";

    public static async Task<int> Main(string[] args)
    {
        if (args is not [Mode, var connectionString, var categoryId, var title])
        {
            await Console.Error.WriteLineAsync($"usage: {Mode} <connection string> <category id> <title>");
            return 2;
        }
        var services = new ServiceCollection().AddLogging().AddContentCore(_ => connectionString).BuildServiceProvider();
        await using (var scope = services.CreateAsyncScope())
        {
            var created = await scope.ServiceProvider.GetRequiredService<ArticleEditor>().CreateAsync(
                new ArticleInput { Title = title, BodyMarkdown = "Nội dung.", CategoryId = int.Parse(categoryId, System.Globalization.CultureInfo.InvariantCulture) },
                Actor.System);
            await Console.Out.WriteLineAsync(created.Value!.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));
            await Console.Out.FlushAsync();
        }
        Process.GetCurrentProcess().Kill(); // SIGKILL: no disposal, no hosted-service shutdown, nothing delivered.
        return 1;
    }
}
