namespace ThiDuaCms.Content.Audit;

/// <summary>Who did what to which item, and when. Written in the same transaction as the change itself.</summary>
public sealed class AuditEntry
{
    public long Id { get; set; }
    public DateTime At { get; set; }
    public string? UserId { get; set; }
    public string UserName { get; set; } = "";
    /// <summary>A short Vietnamese verb phrase, e.g. "Xuất bản".</summary>
    public string Action { get; set; } = "";
    public string EntityType { get; set; } = "";
    public int EntityId { get; set; }
    public string? Details { get; set; }
}
