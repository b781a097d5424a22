namespace ThiDuaCms.Content.Recognition;

public enum RecipientKind
{
    /// <summary>Cá nhân.</summary>
    Individual = 0,
    /// <summary>Tập thể.</summary>
    Collective = 1,
}

public enum CommendationKind
{
    /// <summary>Danh hiệu thi đua, e.g. Lao động tiên tiến, Chiến sĩ thi đua cơ sở.</summary>
    EmulationTitle = 0,
    /// <summary>Hình thức khen thưởng, e.g. Giấy khen, Bằng khen, Kỷ niệm chương.</summary>
    Form = 1,
}

public enum IssuingLevel
{
    /// <summary>Giám đốc bệnh viện.</summary>
    Hospital = 0,
    /// <summary>Sở Y tế.</summary>
    DepartmentOfHealth = 1,
    /// <summary>Ủy ban nhân dân tỉnh.</summary>
    Province = 2,
    /// <summary>Bộ Y tế.</summary>
    Ministry = 3,
    /// <summary>Thủ tướng Chính phủ.</summary>
    PrimeMinister = 4,
    /// <summary>Chủ tịch nước.</summary>
    President = 5,
}

/// <summary>One recognition of one recipient (a person or a department) by one decision.</summary>
public sealed class Commendation
{
    public int Id { get; set; }
    public RecipientKind RecipientKind { get; set; }
    public int? PersonId { get; set; }
    public Person? Person { get; set; }
    public int? DepartmentId { get; set; }
    public Department? Department { get; set; }
    public CommendationKind Kind { get; set; }
    /// <summary>The title or form as written on the decision, e.g. "Chiến sĩ thi đua cơ sở".</summary>
    public string Name { get; set; } = "";
    public IssuingLevel Level { get; set; }
    public int Year { get; set; }
    public string? DecisionNumber { get; set; }
    public DateOnly? DecisionDate { get; set; }
    public int? MovementId { get; set; }
    public Movement? Movement { get; set; }
    /// <summary>Thành tích: what the recipient was recognized for.</summary>
    public string? Citation { get; set; }
}
