namespace ThiDuaCms.Content.Recognition;

/// <summary>The level of an issuing authority, for filtering and ordering: higher ranks higher.</summary>
public enum AuthorityLevel
{
    /// <summary>Cơ sở: the hospital.</summary>
    Facility = 0,
    /// <summary>Sở, ngành.</summary>
    Sector = 1,
    /// <summary>Bộ, tỉnh.</summary>
    MinistryOrProvince = 2,
    /// <summary>Nhà nước.</summary>
    State = 3,
}

/// <summary>Who issues decisions: "Giám đốc Sở Y tế", "Thủ tướng Chính phủ", … as data the clerk can add and rename.</summary>
public sealed class IssuingAuthority
{
    public int Id { get; set; }
    public string Name { get; set; } = "";
    public AuthorityLevel Level { get; set; }
    /// <summary>Orders authorities within a level (Chủ tịch nước above Thủ tướng Chính phủ); higher ranks higher.</summary>
    public int Rank { get; set; }
}
