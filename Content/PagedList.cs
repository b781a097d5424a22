namespace ThiDuaCms.Content;

/// <summary>One page of a longer list, with what a pager needs.</summary>
public sealed record PagedList<T>(IReadOnlyList<T> Items, int Page, int PageSize, int TotalCount)
{
    public int TotalPages => TotalCount == 0 ? 1 : (TotalCount + PageSize - 1) / PageSize;
    public bool HasPrevious => Page > 1;
    public bool HasNext => Page < TotalPages;

    /// <summary>What the shared pager (Themes/Default/Pages/Shared/_Pager.cshtml) shows for this page.</summary>
    public Pagination Pagination => new(Page, TotalPages);
}

/// <summary>The current page of how many.</summary>
public sealed record Pagination(int Page, int TotalPages)
{
    /// <summary>
    /// The page numbers a pager links: the first, the last and <paramref name="around"/> either side of the current
    /// one, in order; null where an ellipsis stands for the pages left out. A gap of a single page shows that page.
    /// </summary>
    public IReadOnlyList<int?> Numbers(int around = 2)
    {
        var wanted = new SortedSet<int> { 1, TotalPages };
        for (var p = Math.Max(1, Page - around); p <= Math.Min(TotalPages, Page + around); p++)
        {
            wanted.Add(p);
        }
        var numbers = new List<int?>();
        var previous = 0;
        foreach (var p in wanted)
        {
            if (p - previous == 2)
            {
                numbers.Add(p - 1);
            }
            else if (p - previous > 2)
            {
                numbers.Add(null);
            }
            numbers.Add(p);
            previous = p;
        }
        return numbers;
    }
}
