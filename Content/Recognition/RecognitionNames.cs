namespace ThiDuaCms.Content.Recognition;

/// <summary>Vietnamese names of the recognition vocabulary, as pages and exports print them.</summary>
public static class RecognitionNames
{
    public static string Of(DepartmentKind kind) => kind switch
    {
        DepartmentKind.Clinical => "Khoa",
        DepartmentKind.Office => "Phòng",
        _ => kind.ToString(),
    };

    public static string Of(IssuingLevel level) => level switch
    {
        IssuingLevel.Hospital => "Giám đốc Bệnh viện",
        IssuingLevel.DepartmentOfHealth => "Giám đốc Sở Y tế",
        IssuingLevel.Province => "Chủ tịch UBND tỉnh",
        IssuingLevel.Ministry => "Bộ trưởng Bộ Y tế",
        IssuingLevel.PrimeMinister => "Thủ tướng Chính phủ",
        IssuingLevel.President => "Chủ tịch nước",
        _ => level.ToString(),
    };

    public static string Of(CommendationKind kind) => kind switch
    {
        CommendationKind.EmulationTitle => "Danh hiệu thi đua",
        CommendationKind.Form => "Hình thức khen thưởng",
        _ => kind.ToString(),
    };

    public static string Of(InitiativeKind kind) => kind switch
    {
        InitiativeKind.Model => "Mô hình",
        InitiativeKind.Initiative => "Sáng kiến",
        InitiativeKind.ResearchProject => "Đề tài nghiên cứu",
        _ => kind.ToString(),
    };

    public static string Of(InitiativeStatus status) => status switch
    {
        InitiativeStatus.Registered => "Đã đăng ký",
        InitiativeStatus.InProgress => "Đang triển khai",
        InitiativeStatus.Evaluated => "Đã bình xét",
        InitiativeStatus.Recognized => "Đã công nhận",
        InitiativeStatus.NotRecognized => "Không đạt",
        _ => status.ToString(),
    };
}
