using ThiDuaCms.Content.Articles;
using ThiDuaCms.Content.Media;

namespace ThiDuaCms.Content.Recognition;

/// <summary>A staff member: an individual who can be an exemplar and receive commendations.</summary>
public sealed class Person
{
    public int Id { get; set; }
    public string FullName { get; set; } = "";
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
