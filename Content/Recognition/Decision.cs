namespace ThiDuaCms.Content.Recognition;

/// <summary>A decision is entered or imported as a draft, checked, then published; its commendations go public with it.</summary>
public enum DecisionState
{
    /// <summary>Nháp.</summary>
    Draft = 0,
    /// <summary>Đã kiểm tra.</summary>
    Checked = 1,
    /// <summary>Đã công bố.</summary>
    Published = 2,
}

/// <summary>A decision on commendation (quyết định khen thưởng) and the commendations it grants.</summary>
public sealed class Decision
{
    public int Id { get; set; }
    /// <summary>Số quyết định, e.g. "152/QĐ-SYT". Numbers restart every year, so only number, authority and year identify one.</summary>
    public string Number { get; set; } = "";
    public DateOnly Date { get; set; }
    public int AuthorityId { get; set; }
    public IssuingAuthority Authority { get; set; } = null!;
    public string? SignerName { get; set; }
    public string? SignerPosition { get; set; }
    /// <summary>Trích yếu, e.g. "Về việc tặng danh hiệu Lao động tiên tiến năm 2024".</summary>
    public string? Subject { get; set; }
    /// <summary>The scanned decision (PDF) in the media store; not yet offered by the back office.</summary>
    public int? PdfMediaId { get; set; }
    public DecisionState State { get; set; }
    /// <summary>When it was first published (UTC): its commendations have been public since, and are never hard-deleted.</summary>
    public DateTime? PublishedAt { get; set; }
    public List<Commendation> Commendations { get; set; } = [];

    /// <summary>Public now or at some time before: then neither it nor its commendations may be deleted.</summary>
    public bool HasBeenPublic => State == DecisionState.Published || PublishedAt is not null;
}
