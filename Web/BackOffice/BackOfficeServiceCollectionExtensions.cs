using Microsoft.AspNetCore.Identity;
using ThiDuaCms.Content.Accounts;
using ThiDuaCms.Content.Data;

namespace ThiDuaCms.Web.BackOffice;

public static class BackOfficeServiceCollectionExtensions
{
    public const string Area = "QuanTri";

    /// <summary>Sign-in (ASP.NET Core Identity in the content database), roles and the back office's authorization.</summary>
    public static IServiceCollection AddBackOffice(this IServiceCollection services, IWebHostEnvironment environment)
    {
        services.AddIdentity<CmsUser, IdentityRole>(options =>
            {
                options.User.RequireUniqueEmail = true;
                options.Password.RequiredLength = 10;
                options.Password.RequireDigit = true;
                options.Password.RequireLowercase = true;
                options.Password.RequireUppercase = true;
                options.Password.RequireNonAlphanumeric = false;
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                options.Lockout.AllowedForNewUsers = true;
            })
            .AddEntityFrameworkStores<ContentDbContext>()
            .AddErrorDescriber<VietnameseIdentityErrors>()
            .AddClaimsPrincipalFactory<CmsUserClaimsPrincipalFactory>()
            .AddDefaultTokenProviders();

        services.ConfigureApplicationCookie(options =>
        {
            options.Cookie.Name = "ThiDuaCms.Auth";
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Lax;
            options.Cookie.SecurePolicy = environment.IsDevelopment() ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always;
            options.LoginPath = "/quan-tri/dang-nhap";
            options.LogoutPath = "/quan-tri/dang-xuat";
            options.ExpireTimeSpan = TimeSpan.FromHours(8);
            options.SlidingExpiration = true;
            // Signing out ends the session on the server (BackOfficeSessions), not only in this browser.
            options.Events.OnSigningIn = BackOfficeSessions.OnSigningInAsync;
            options.Events.OnSigningOut = BackOfficeSessions.OnSigningOutAsync;
            options.Events.OnValidatePrincipal = BackOfficeSessions.ValidatePrincipal(options.Events.OnValidatePrincipal);
            // A relative Location: the Host header (whatever a client sends in Development) never reaches a redirect.
            options.Events.OnRedirectToLogin = context =>
            {
                context.Response.Redirect(LocalPart(context.RedirectUri));
                return Task.CompletedTask;
            };
            // A signed-in user without the role gets a real 403 (and the Vietnamese 403 page), not a redirect.
            options.Events.OnRedirectToAccessDenied = context =>
            {
                context.Response.StatusCode = StatusCodes.Status403Forbidden;
                return Task.CompletedTask;
            };
        });
        services.AddAntiforgery(options =>
        {
            options.Cookie.SecurePolicy = environment.IsDevelopment() ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always;
        });

        services.Configure<SecurityStampValidatorOptions>(o => o.OnRefreshingPrincipal = BackOfficeSessions.CopySessionId);

        services.AddOptions<SignInThrottleOptions>()
            .BindConfiguration(SignInThrottleOptions.Section)
            .ValidateOnStart();
        services.AddSingleton<Microsoft.Extensions.Options.IValidateOptions<SignInThrottleOptions>, SignInThrottleOptionsValidation>();
        services.AddSingleton<SignInThrottle>();

        services.AddAuthorization(Policies.Add);
        services.AddScoped<UserAccounts>();
        return services;
    }

    /// <summary>The path and query of a redirect address the cookie handler made absolute from the request's Host.</summary>
    internal static string LocalPart(string redirectUri) =>
        Uri.TryCreate(redirectUri, UriKind.Absolute, out var absolute) ? absolute.PathAndQuery : redirectUri;

    /// <summary>Every back-office page needs a role; each folder narrows it.</summary>
    public static void AuthorizeBackOffice(this Microsoft.AspNetCore.Mvc.RazorPages.RazorPagesOptions options)
    {
        options.Conventions.AuthorizeAreaFolder(Area, "/", Policies.BackOffice);
        options.Conventions.AuthorizeAreaFolder(Area, "/Articles", Policies.Articles);
        options.Conventions.AuthorizeAreaFolder(Area, "/Media", Policies.Media);
        options.Conventions.AuthorizeAreaFolder(Area, "/Audit", Policies.Administration);
        options.Conventions.AuthorizeAreaFolder(Area, "/Users", Policies.Administration);
        options.Conventions.AllowAnonymousToAreaPage(Area, "/Account/Login");
        options.Conventions.AddAreaPageRoute(Area, "/Articles/Edit", "quan-tri/bai-viet/moi");
    }
}
