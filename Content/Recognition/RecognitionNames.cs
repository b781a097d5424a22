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

    public static string Of(AuthorityLevel level) => level switch
    {
        AuthorityLevel.Facility => "Cấp cơ sở",
        AuthorityLevel.Sector => "Cấp sở, ngành",
        AuthorityLevel.MinistryOrProvince => "Cấp bộ, tỉnh",
        AuthorityLevel.State => "Cấp nhà nước",
        _ => level.ToString(),
    };

    public static string Of(RecipientKind recipient) => recipient switch
    {
        RecipientKind.Individual => "Cá nhân",
        RecipientKind.Collective => "Tập thể",
        _ => recipient.ToString(),
    };

    public static string Of(TitleRecipients recipients) => recipients switch
    {
        TitleRecipients.Individual => "Cá nhân",
        TitleRecipients.Collective => "Tập thể",
        TitleRecipients.Both => "Cá nhân và tập thể",
        _ => recipients.ToString(),
    };

    public static string Of(DecisionState state) => state switch
    {
        DecisionState.Draft => "Nháp",
        DecisionState.Checked => "Đã kiểm tra",
        DecisionState.Published => "Đã công bố",
        _ => state.ToString(),
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
