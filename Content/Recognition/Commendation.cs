namespace ThiDuaCms.Content.Recognition;

public enum RecipientKind
{
    /// <summary>Cá nhân.</summary>
    Individual = 0,
    /// <summary>Tập thể.</summary>
    Collective = 1,
}

/// <summary>
/// One recognition of one recipient (a person or a department) by one <see cref="Decision"/>. Public exactly when its
/// decision is published and it is not revoked.
/// </summary>
public sealed class Commendation
{
    public int Id { get; set; }
    public int DecisionId { get; set; }
    public Decision Decision { get; set; } = null!;
    public int TitleId { get; set; }
    public CommendationTitle Title { get; set; } = null!;
    /// <summary>Exactly one of <see cref="PersonId"/> and <see cref="DepartmentId"/> is set (a check constraint holds it).</summary>
    public int? PersonId { get; set; }
    public Person? Person { get; set; }
    public int? DepartmentId { get; set; }
    public Department? Department { get; set; }
    public int Year { get; set; }
    public int? MovementId { get; set; }
    public Movement? Movement { get; set; }
    /// <summary>Thành tích: what the recipient was recognized for.</summary>
    public string? Citation { get; set; }
    /// <summary>The recipient's department as written on the decision (the honor roll shows it, not today's).</summary>
    public string? DepartmentNameAtAward { get; set; }
    /// <summary>The person's position as written on the decision.</summary>
    public string? PositionAtAward { get; set; }
    /// <summary>Number of the decision that revoked it (thu hồi).</summary>
    public string? RevokedByNumber { get; set; }
    /// <summary>Set exactly when the commendation is revoked.</summary>
    public DateOnly? RevokedOn { get; set; }
    public string? RevokedReason { get; set; }

    public bool IsRevoked => RevokedOn is not null;
    public RecipientKind RecipientKind => PersonId is not null ? RecipientKind.Individual : RecipientKind.Collective;
}
