using ThiDuaCms.Content.Articles;

namespace ThiDuaCms.Content.Recognition;

/// <summary>An emulation movement (phong trào thi đua) with its period, goals and criteria.</summary>
public sealed class Movement
{
    public int Id { get; set; }
    public string Name { get; set; } = "";
    public string Slug { get; set; } = "";
    public string? Summary { get; set; }
    public DateOnly StartDate { get; set; }
    /// <summary>Null while the movement has no set end.</summary>
    public DateOnly? EndDate { get; set; }
    public string? Goals { get; set; }
    public string? Criteria { get; set; }
    public List<Article> Articles { get; set; } = [];
}
