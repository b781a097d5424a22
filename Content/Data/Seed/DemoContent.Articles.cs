namespace ThiDuaCms.Content.Data.Seed;

internal static partial class DemoContent
{
    public static readonly DemoArticle[] Articles =
    [
        new("Mô hình châm cứu giảm đau sau phẫu thuật", "Mô hình", "Khoa Châm cứu – Dưỡng sinh triển khai mô hình phối hợp châm cứu giảm đau.",
            "## Bối cảnh\n\nNội dung mẫu.\n\n## Kết quả đạt được\n\nNgười bệnh hài lòng.", new DateTime(2024, 3, 15, 8, 0, 0), "Phòng Đào tạo – NCKH – CĐT",
            ["châm cứu"], ["Nguyễn Thị Thu Hà"], ["Khoa Châm cứu – Dưỡng sinh"], ["Lao động giỏi, lao động sáng tạo"], []),
    ];
}
