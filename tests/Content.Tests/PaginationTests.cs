namespace ThiDuaCms.Content.Tests;

public sealed class PaginationTests
{
    public static TheoryData<int, int, int?[]> Cases => new()
    {
        { 1, 1, [1] },
        { 1, 7, [1, 2, 3, null, 7] },
        // A gap of one page shows the page rather than an ellipsis standing for it.
        { 4, 7, [1, 2, 3, 4, 5, 6, 7] },
        { 5, 10, [1, 2, 3, 4, 5, 6, 7, null, 10] },
        { 50, 100, [1, null, 48, 49, 50, 51, 52, null, 100] },
        { 100, 100, [1, null, 98, 99, 100] },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void The_pager_shows_the_first_the_last_and_two_pages_either_side(int page, int totalPages, int?[] expected) =>
        Assert.Equal(expected, new Pagination(page, totalPages).Numbers());
}
