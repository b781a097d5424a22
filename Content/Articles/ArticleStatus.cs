namespace ThiDuaCms.Content.Articles;

public enum ArticleStatus
{
    Draft = 0,
    InReview = 1,
    Scheduled = 2,
    Published = 3,
    Archived = 4,
}
