using ThiDuaCms.Content.Articles;
using ThiDuaCms.Content.Media;
using ThiDuaCms.Content.Text;

namespace ThiDuaCms.Content.Recognition;

/// <summary>A staff member: an individual who can be an exemplar and receive commendations.</summary>
public sealed class Person
{
    public int Id { get; set; }
    /// <summary>Họ và tên, family name first ("Nguyễn Văn An"); setting it sets <see cref="SortKey"/>.</summary>
    public string FullName
    {
        get => _fullName;
        set
        {
            _fullName = value;
            SortKey = VietnameseSort.PersonNameKey(value);
        }
    }
    private string _fullName = "";

    /// <summary>
    /// <see cref="VietnameseSort.PersonNameKey"/> of <see cref="FullName"/>, stored and indexed: every alphabetical
    /// list of people orders by it (given name, then family and middle names), never by the name's binary order.
    /// EF reads the column through the backing fields, so a stored key is read as stored.
    /// </summary>
    public string SortKey { get; private set; } = "";
    public string Slug { get; set; } = "";
    /// <summary>Chức danh, e.g. "Bác sĩ chuyên khoa II, Trưởng khoa".</summary>
    public string? Position { get; set; }
    public int? DepartmentId { get; set; }
    public Department? Department { get; set; }
    public int? PhotoId { get; set; }
    public MediaAsset? Photo { get; set; }
    public string? Bio { get; set; }
    /// <summary>Promoted by the editors as an outstanding exemplar on the home page.</summary>
    public bool IsFeatured { get; set; }
    public List<Article> Articles { get; set; } = [];
    public List<Initiative> Initiatives { get; set; } = [];
}
