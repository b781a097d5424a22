using ThiDuaCms.Content.Articles;

namespace ThiDuaCms.Content.Recognition;

public enum DepartmentKind
{
    /// <summary>Khoa: a clinical or paraclinical department.</summary>
    Clinical = 0,
    /// <summary>Phòng: an administrative office.</summary>
    Office = 1,
}

/// <summary>A khoa or phòng: a collective that can be an exemplar and receive commendations.</summary>
public sealed class Department
{
    public int Id { get; set; }
    public string Name { get; set; } = "";
    public string Slug { get; set; } = "";
    public DepartmentKind Kind { get; set; }
    public string? Description { get; set; }
    public int SortOrder { get; set; }
    public List<Person> People { get; set; } = [];
    public List<Article> Articles { get; set; } = [];
}
