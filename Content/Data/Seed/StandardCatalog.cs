using ThiDuaCms.Content.Recognition;

namespace ThiDuaCms.Content.Data.Seed;

/// <summary>
/// The titles, forms and issuing authorities every hospital uses (Luật Thi đua, khen thưởng 2022; Nghị định
/// 98/2023/NĐ-CP). The RecognitionRecords migration writes them into the catalog (those it lacks), so the clerk never
/// starts from nothing and no start-up write is needed; from then on the catalog is the clerk's. The demo content and
/// the tests name them through these constants; a test checks a new database has exactly these.
/// </summary>
public static class StandardCatalog
{
    public const string GiamDocBenhVien = "Giám đốc Bệnh viện";
    public const string GiamDocSoYTe = "Giám đốc Sở Y tế";
    public const string ChuTichUbndTinh = "Chủ tịch UBND tỉnh";
    public const string BoTruongBoYTe = "Bộ trưởng Bộ Y tế";
    public const string ThuTuongChinhPhu = "Thủ tướng Chính phủ";
    public const string ChuTichNuoc = "Chủ tịch nước";

    /// <summary>The same names, recipients and ranks as the RecognitionRecords migration writes.</summary>
    public static readonly IReadOnlyList<(string Name, CommendationKind Kind, TitleRecipients For, int Rank)> Titles =
    [
        ("Chiến sĩ thi đua toàn quốc", CommendationKind.EmulationTitle, TitleRecipients.Individual, 400),
        ("Chiến sĩ thi đua cấp bộ, ngành", CommendationKind.EmulationTitle, TitleRecipients.Individual, 300),
        ("Chiến sĩ thi đua cấp tỉnh", CommendationKind.EmulationTitle, TitleRecipients.Individual, 300),
        ("Chiến sĩ thi đua cơ sở", CommendationKind.EmulationTitle, TitleRecipients.Individual, 200),
        ("Lao động tiên tiến", CommendationKind.EmulationTitle, TitleRecipients.Individual, 100),
        ("Cờ thi đua của Chính phủ", CommendationKind.EmulationTitle, TitleRecipients.Collective, 450),
        ("Cờ thi đua của Bộ Y tế", CommendationKind.EmulationTitle, TitleRecipients.Collective, 350),
        ("Cờ thi đua cấp tỉnh", CommendationKind.EmulationTitle, TitleRecipients.Collective, 350),
        ("Tập thể lao động xuất sắc", CommendationKind.EmulationTitle, TitleRecipients.Collective, 250),
        ("Tập thể lao động tiên tiến", CommendationKind.EmulationTitle, TitleRecipients.Collective, 100),
        ("Huân chương Lao động hạng Nhất", CommendationKind.Form, TitleRecipients.Both, 930),
        ("Huân chương Lao động hạng Nhì", CommendationKind.Form, TitleRecipients.Both, 920),
        ("Huân chương Lao động hạng Ba", CommendationKind.Form, TitleRecipients.Both, 910),
        ("Thầy thuốc Nhân dân", CommendationKind.Form, TitleRecipients.Individual, 850),
        ("Thầy thuốc Ưu tú", CommendationKind.Form, TitleRecipients.Individual, 800),
        ("Bằng khen", CommendationKind.Form, TitleRecipients.Both, 600),
        ("Kỷ niệm chương “Vì sức khỏe nhân dân”", CommendationKind.Form, TitleRecipients.Individual, 550),
        ("Giấy khen", CommendationKind.Form, TitleRecipients.Both, 500),
    ];

    /// <summary>The same names, levels and ranks as the RecognitionRecords migration writes.</summary>
    public static readonly IReadOnlyList<(string Name, AuthorityLevel Level, int Rank)> Authorities =
    [
        (GiamDocBenhVien, AuthorityLevel.Facility, 10),
        (GiamDocSoYTe, AuthorityLevel.Sector, 20),
        (ChuTichUbndTinh, AuthorityLevel.MinistryOrProvince, 30),
        (BoTruongBoYTe, AuthorityLevel.MinistryOrProvince, 31),
        (ThuTuongChinhPhu, AuthorityLevel.State, 40),
        (ChuTichNuoc, AuthorityLevel.State, 41),
    ];
}
