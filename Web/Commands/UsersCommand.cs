using ThiDuaCms.Content.Accounts;

namespace ThiDuaCms.Web.Commands;

/// <summary>
/// <c>dotnet run --project Web -- users add --email a@benhvien.vn --role "Biên tập" [--name "Lê Minh Tâm"]</c>:
/// creates an account with a generated password printed once. No default credentials exist in Production.
/// </summary>
public static class UsersCommand
{
    public static bool Matches(string[] args) => args.Length > 0 && args[0] == "users";

    public static async Task<int> RunAsync(string[] args, IServiceProvider services, TextWriter output)
    {
        if (args.Length < 2 || args[1] != "add")
        {
            await output.WriteLineAsync(Usage);
            return 2;
        }
        var options = ParseOptions(args.Skip(2).ToArray());
        if (!options.TryGetValue("email", out var email) || !options.TryGetValue("role", out var roleText))
        {
            await output.WriteLineAsync("Thiếu --email hoặc --role.\n" + Usage);
            return 2;
        }
        var role = Roles.Parse(roleText);
        if (role is null)
        {
            await output.WriteLineAsync($"Vai trò \"{roleText}\" không tồn tại. Chọn một trong: {string.Join(", ", Roles.All)}.");
            return 2;
        }

        await using var scope = services.CreateAsyncScope();
        var accounts = scope.ServiceProvider.GetRequiredService<UserAccounts>();
        var password = UserAccounts.GeneratePassword();
        var result = await accounts.AddAsync(email, options.GetValueOrDefault("name") ?? email, role, password);
        if (!result.Succeeded)
        {
            await output.WriteLineAsync("Không tạo được tài khoản: " + result.Error);
            return 1;
        }
        await output.WriteLineAsync($"Đã tạo tài khoản {email} với vai trò {role}.");
        await output.WriteLineAsync($"Mật khẩu (chỉ hiện một lần, hãy lưu lại và đổi sau khi đăng nhập): {password}");
        return 0;
    }

    private const string Usage =
        "Cách dùng: dotnet run --project Web -- users add --email <email> --role <\"Quản trị\"|\"Biên tập\"|\"Tác giả\"|\"Thi đua – Khen thưởng\"> [--name <họ tên>]";

    private static Dictionary<string, string> ParseOptions(string[] args)
    {
        var options = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            if (args[i].StartsWith("--", StringComparison.Ordinal))
            {
                options[args[i][2..]] = args[i + 1];
            }
        }
        return options;
    }
}
