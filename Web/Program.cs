using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.WebEncoders;
using ThiDuaCms.Content;
using ThiDuaCms.Content.Accounts;
using ThiDuaCms.Content.Data;
using ThiDuaCms.Content.Events;
using ThiDuaCms.Content.Media;
using ThiDuaCms.Web.BackOffice;
using ThiDuaCms.Web.Commands;
using ThiDuaCms.Web.Endpoints;

var builder = WebApplication.CreateBuilder(args);

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
// Poll interval, retry delays and retained tail of the change log (defaults in ChangeLogOptions).
builder.Services.AddOptions<ChangeLogOptions>().Bind(builder.Configuration.GetSection(ChangeLogOptions.Section));
builder.Services.AddContentCore(provider =>
    provider.GetRequiredService<IConfiguration>().GetConnectionString("Content")
    ?? provider.GetRequiredService<ContentPaths>().SqliteConnectionString);

builder.Services.AddBackOffice(builder.Environment);
builder.Services.AddRazorPages(options => options.AuthorizeBackOffice());
// Write Vietnamese as characters, not &#x1EC7; entities: smaller pages, readable source.
builder.Services.Configure<WebEncoderOptions>(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));

// Behind a TLS-terminating proxy (only loopback proxies are trusted by default), honour X-Forwarded-Proto so
// Secure cookies and redirects see https.
builder.Services.Configure<ForwardedHeadersOptions>(o => o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto);

var app = builder.Build();

app.UseForwardedHeaders();
if (!app.Environment.IsDevelopment())
{
    app.UseExceptionHandler("/loi");
    app.UseHsts();
}
app.UseStatusCodePagesWithReExecute("/loi/{0}");
app.UseMiddleware<ThiDuaCms.Web.SecurityHeaders>();
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
