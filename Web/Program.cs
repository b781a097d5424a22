using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.WebEncoders;
using ThiDuaCms.Content;
using ThiDuaCms.Content.Accounts;
using ThiDuaCms.Content.Data;
using ThiDuaCms.Content.Events;
using ThiDuaCms.Content.Media;
using ThiDuaCms.Content.Search;
using ThiDuaCms.Web.BackOffice;
using ThiDuaCms.Web.Commands;
using ThiDuaCms.Web.Endpoints;

var builder = WebApplication.CreateBuilder(args);
// No "Server: Kestrel": nothing to tell a scanner which server to try.
builder.WebHost.ConfigureKestrel(o => o.AddServerHeader = false);

builder.Services.AddOptions<ContentOptions>()
    .Bind(builder.Configuration.GetSection(ContentOptions.Section))
    .Validate(o => o.PageSize is >= 1 and <= 100, "Content:PageSize phải nằm trong khoảng 1–100.")
    .Validate(o => !string.IsNullOrWhiteSpace(o.DataDirectory), "Content:DataDirectory không được để trống.")
    .ValidateOnStart();
builder.Services.AddSingleton(provider => new ContentPaths(Path.Combine(
    provider.GetRequiredService<IWebHostEnvironment>().ContentRootPath,
    provider.GetRequiredService<IOptions<ContentOptions>>().Value.DataDirectory)));
builder.Services.AddOptions<MediaOptions>()
    .Bind(builder.Configuration.GetSection(MediaOptions.Section))
    .ValidateOnStart();
// Sign-in cookies and antiforgery tokens outlive a restart: the data-protection keys live in <DataDirectory>/keys
// (a later issue moves them to Redis). The fixed application name keeps them valid if the site's folder moves.
builder.Services.AddDataProtection().SetApplicationName("ThiDuaCms");
builder.Services.AddOptions<KeyManagementOptions>().Configure<ContentPaths, ILoggerFactory>((o, paths, logging) =>
    o.XmlRepository = new FileSystemXmlRepository(new DirectoryInfo(Path.Combine(paths.DataDirectory, "keys")), logging));
// Poll interval, retry delays and retained tail of the change log (defaults in ChangeLogOptions).
builder.Services.AddOptions<ChangeLogOptions>()
    .Bind(builder.Configuration.GetSection(ChangeLogOptions.Section))
    .Validate(o => o.PollInterval > TimeSpan.Zero && o.RetryDelay > TimeSpan.Zero && o.MaxRetryDelay >= o.RetryDelay,
        "ChangeLog:PollInterval và ChangeLog:RetryDelay phải lớn hơn 0, ChangeLog:MaxRetryDelay không nhỏ hơn RetryDelay.")
    .Validate(o => o.BatchSize is >= 1 and <= 10_000, "ChangeLog:BatchSize phải nằm trong khoảng 1–10.000.")
    .Validate(o => o.RetainedEntries >= 1, "ChangeLog:RetainedEntries phải lớn hơn 0.")
    .Validate(o => o.AbandonedCursorAfter > TimeSpan.Zero, "ChangeLog:AbandonedCursorAfter phải lớn hơn 0.")
    .ValidateOnStart();
builder.Services.AddContentCore(provider =>
    provider.GetRequiredService<IConfiguration>().GetConnectionString("Content")
    ?? provider.GetRequiredService<ContentPaths>().SqliteConnectionString);
builder.Services.AddContentSearch();

builder.Services.AddBackOffice(builder.Environment);
builder.Services.AddRazorPages(options => options.AuthorizeBackOffice());
// Write Vietnamese as characters, not &#x1EC7; entities: smaller pages, readable source.
builder.Services.Configure<WebEncoderOptions>(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));

// Behind a TLS-terminating proxy (only loopback proxies are trusted by default), honour X-Forwarded-Proto so
// Secure cookies and redirects see https.
builder.Services.Configure<ForwardedHeadersOptions>(o => o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto);

var app = builder.Build();

app.UseForwardedHeaders();
// TRACE, OPTIONS, PUT…: 405 before any page runs (and before the status-code page, which would run the page again).
app.UseMiddleware<ThiDuaCms.Web.AllowedMethods>();
if (!app.Environment.IsDevelopment())
{
    app.UseExceptionHandler("/loi");
    app.UseHsts();
}
app.UseStatusCodePagesWithReExecute("/loi/{0}");
// Inside the status-code page: a body that cannot be read answers 400/413 and then shows the Vietnamese page.
app.UseMiddleware<ThiDuaCms.Web.UnreadableBodies>();
app.UseMiddleware<ThiDuaCms.Web.SecurityHeaders>();
if (!app.Environment.IsDevelopment())
{
    app.UseMiddleware<ThiDuaCms.Web.BackOfficeRequiresHttps>();
}
app.MapStaticAssets();
app.UseAuthentication();
app.UseAuthorization();
app.MapRazorPages();
app.MapMedia();

await using (var scope = app.Services.CreateAsyncScope())
{
    var options = scope.ServiceProvider.GetRequiredService<IOptions<ContentOptions>>().Value;
    await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().InitializeAsync(options.SeedDemoContent);
    var accounts = scope.ServiceProvider.GetRequiredService<UserAccounts>();
    await accounts.EnsureRolesAsync();
    if (app.Environment.IsDevelopment() && options.SeedDemoContent)
    {
        await DemoUsers.SeedIfNoUsersAsync(accounts);
    }
}

if (UsersCommand.Matches(args))
{
    return await UsersCommand.RunAsync(args, app.Services, Console.Out);
}

await app.RunAsync();
return 0;

/// <summary>Entry point, visible to WebApplicationFactory in the tests.</summary>
public partial class Program;
