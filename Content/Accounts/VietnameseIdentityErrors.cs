using Microsoft.AspNetCore.Identity;

namespace ThiDuaCms.Content.Accounts;

/// <summary>Identity's validation messages in Vietnamese, so a clerk reads why a password or email was refused.</summary>
public sealed class VietnameseIdentityErrors : IdentityErrorDescriber
{
    public override IdentityError DefaultError() => Error(nameof(DefaultError), "Đã xảy ra lỗi không xác định.");
    public override IdentityError DuplicateEmail(string email) => Error(nameof(DuplicateEmail), $"Email {email} đã được sử dụng.");
    public override IdentityError DuplicateUserName(string userName) => Error(nameof(DuplicateUserName), $"Tên đăng nhập {userName} đã được sử dụng.");
    public override IdentityError InvalidEmail(string? email) => Error(nameof(InvalidEmail), $"Email \"{email}\" không hợp lệ.");
    public override IdentityError InvalidUserName(string? userName) => Error(nameof(InvalidUserName), $"Tên đăng nhập \"{userName}\" không hợp lệ.");
    public override IdentityError PasswordMismatch() => Error(nameof(PasswordMismatch), "Mật khẩu không đúng.");
    public override IdentityError PasswordTooShort(int length) => Error(nameof(PasswordTooShort), $"Mật khẩu phải có ít nhất {length} ký tự.");
    public override IdentityError PasswordRequiresDigit() => Error(nameof(PasswordRequiresDigit), "Mật khẩu phải có ít nhất một chữ số.");
    public override IdentityError PasswordRequiresLower() => Error(nameof(PasswordRequiresLower), "Mật khẩu phải có ít nhất một chữ thường.");
    public override IdentityError PasswordRequiresUpper() => Error(nameof(PasswordRequiresUpper), "Mật khẩu phải có ít nhất một chữ hoa.");
    public override IdentityError PasswordRequiresNonAlphanumeric() => Error(nameof(PasswordRequiresNonAlphanumeric), "Mật khẩu phải có ít nhất một ký tự đặc biệt.");
    public override IdentityError PasswordRequiresUniqueChars(int uniqueChars) => Error(nameof(PasswordRequiresUniqueChars), $"Mật khẩu phải có ít nhất {uniqueChars} ký tự khác nhau.");
    public override IdentityError UserAlreadyInRole(string role) => Error(nameof(UserAlreadyInRole), $"Tài khoản đã có vai trò {role}.");
    public override IdentityError ConcurrencyFailure() => Error(nameof(ConcurrencyFailure), "Tài khoản vừa được thay đổi ở nơi khác, vui lòng thử lại.");

    private static IdentityError Error(string code, string description) => new() { Code = code, Description = description };
}
