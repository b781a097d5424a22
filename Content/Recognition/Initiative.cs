using ThiDuaCms.Content.Articles;
using ThiDuaCms.Content.Text;

namespace ThiDuaCms.Content.Recognition;

public enum InitiativeKind
{
    /// <summary>Mô hình.</summary>
    Model = 0,
    /// <summary>Sáng kiến.</summary>
    Initiative = 1,
    /// <summary>Đề tài nghiên cứu khoa học.</summary>
    ResearchProject = 2,
}

public enum InitiativeStatus
{
    /// <summary>Đã đăng ký.</summary>
    Registered = 0,
    /// <summary>Đang triển khai.</summary>
    InProgress = 1,
    /// <summary>Đã bình xét, chưa công nhận.</summary>
    Evaluated = 2,
    /// <summary>Đã được công nhận.</summary>
    Recognized = 3,
    /// <summary>Không đạt.</summary>
    NotRecognized = 4,
}

/// <summary>A model, initiative or research project registered by a department for a year.</summary>
public sealed class Initiative
{
    public int Id { get; set; }
    /// <summary>Setting it sets <see cref="SortKey"/>.</summary>
    public string Title
    {
        get => _title;
        set
        {
            _title = value;
            SortKey = VietnameseSort.Key(value);
        }
    }
    private string _title = "";

    /// <summary><see cref="VietnameseSort.Key"/> of <see cref="Title"/>, stored: lists order titles by it.</summary>
    public string SortKey { get; private set; } = "";
    public string Slug { get; set; } = "";
    public InitiativeKind Kind { get; set; }
    public int DepartmentId { get; set; }
    public Department Department { get; set; } = null!;
    public int Year { get; set; }
    public InitiativeStatus Status { get; set; }
    /// <summary>The level at which it was recognized, once it is.</summary>
    public AuthorityLevel? RecognitionLevel { get; set; }
    public string? Summary { get; set; }
    /// <summary>Hiệu quả: cost saved, patient satisfaction, …</summary>
    public string? Effect { get; set; }
    public List<Person> Owners { get; set; } = [];
    public List<Article> Articles { get; set; } = [];
}
