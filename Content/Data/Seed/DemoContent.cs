using ThiDuaCms.Content.Recognition;

namespace ThiDuaCms.Content.Data.Seed;

/// <summary>The demo hospital: Bệnh viện Y học cổ truyền và Phục hồi chức năng Khánh Hòa.</summary>
internal static partial class DemoContent
{
    public static readonly DemoCategory[] Categories =
    [
        new("Mô hình", "Các mô hình làm tốt, cách làm hay được triển khai tại các khoa, phòng."),
        new("Sáng kiến", "Sáng kiến cải tiến kỹ thuật, cải tiến quy trình được Hội đồng sáng kiến công nhận."),
        new("Kinh nghiệm", "Kinh nghiệm thực tiễn trong khám chữa bệnh, quản lý và phục vụ người bệnh."),
        new("Gương điển hình", "Những tập thể, cá nhân tiêu biểu trong các phong trào thi đua."),
    ];
}
