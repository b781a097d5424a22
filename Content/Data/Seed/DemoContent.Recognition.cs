using ThiDuaCms.Content.Recognition;

namespace ThiDuaCms.Content.Data.Seed;

internal static partial class DemoContent
{
    public static readonly DemoDepartment[] Departments =
    [
        new("Khoa Châm cứu – Dưỡng sinh", DepartmentKind.Clinical, "Điều trị bằng châm cứu, điện châm, thủy châm và hướng dẫn dưỡng sinh."),
    ];

    public static readonly DemoPerson[] People =
    [
        new("Nguyễn Thị Thu Hà", "Bác sĩ chuyên khoa II, Trưởng khoa", "Khoa Châm cứu – Dưỡng sinh", "Hơn 20 năm gắn bó với nghề châm cứu.", true),
    ];

    public static readonly DemoMovement[] Movements =
    [
        new("Lao động giỏi, lao động sáng tạo", "Khuyến khích nghiên cứu khoa học và sáng kiến cải tiến kỹ thuật.",
            new DateOnly(2021, 1, 1), new DateOnly(2030, 12, 31), "Mỗi khoa, phòng có ít nhất một sáng kiến mỗi năm.", "Sáng kiến được Hội đồng công nhận."),
    ];

    public static readonly DemoInitiative[] Initiatives = [];

    public static readonly DemoCommendation[] Commendations = [];
}
