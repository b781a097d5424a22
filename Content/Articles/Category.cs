namespace ThiDuaCms.Content.Articles;

public sealed class Category
{
    public int Id { get; set; }
    public string Name { get; set; } = "";
    public string Slug { get; set; } = "";
    public string? Description { get; set; }
    public int SortOrder { get; set; }
    public List<Article> Articles { get; set; } = [];
}
