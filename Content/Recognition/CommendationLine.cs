using System.Linq.Expressions;

namespace ThiDuaCms.Content.Recognition;

/// <summary>A commendation as a list shows it: to whom, what, from whom, by which decision, and whether it still stands.</summary>
/// <param name="RecipientSlug">The person's slug, or the department's when <paramref name="IsCollective"/>.</param>
public sealed record CommendationLine(
    int Id, string RecipientName, string RecipientSlug, bool IsCollective,
    int Year, string TitleName, CommendationKind Kind, string AuthorityName, AuthorityLevel Level,
    int DecisionId, string DecisionNumber, DateOnly DecisionDate, bool IsPublic,
    string? MovementName, string? MovementSlug, string? Citation, string? DepartmentNameAtAward, string? PositionAtAward,
    string? RevokedByNumber, DateOnly? RevokedOn, string? RevokedReason)
{
    public bool IsRevoked => RevokedOn is not null;

    /// <summary>Public exactly when its decision is published and it is not revoked: the one rule every public read uses.</summary>
    public static readonly Expression<Func<Commendation, bool>> Public =
        c => c.Decision.State == DecisionState.Published && c.RevokedOn == null;

    public static readonly Expression<Func<Commendation, CommendationLine>> Projection = c => new CommendationLine(
        c.Id,
        c.Person != null ? c.Person.FullName : c.Department!.Name,
        c.Person != null ? c.Person.Slug : c.Department!.Slug,
        c.DepartmentId != null,
        c.Year, c.Title.Name, c.Title.Kind, c.Decision.Authority.Name, c.Decision.Authority.Level,
        c.DecisionId, c.Decision.Number, c.Decision.Date, c.Decision.State == DecisionState.Published && c.RevokedOn == null,
        c.Movement == null ? null : c.Movement.Name, c.Movement == null ? null : c.Movement.Slug,
        c.Citation, c.DepartmentNameAtAward, c.PositionAtAward, c.RevokedByNumber, c.RevokedOn, c.RevokedReason);

    /// <summary>
    /// Newest year first, then standing: a higher authority level first, then the title's rank ("Bằng khen của Thủ
    /// tướng Chính phủ" above a Bằng khen of the province, above a Giấy khen), then the authority's rank.
    /// </summary>
    public static IQueryable<Commendation> InStanding(IQueryable<Commendation> commendations) =>
        ByYearAndStanding(commendations).ThenBy(c => c.Id);

    /// <summary><see cref="InStanding"/> without its last key, for lists that order the recipients of one title further.</summary>
    internal static IOrderedQueryable<Commendation> ByYearAndStanding(IQueryable<Commendation> commendations) =>
        commendations
            .OrderByDescending(c => c.Year)
            .ThenByDescending(c => c.Decision.Authority.Level)
            .ThenByDescending(c => c.Title.Rank)
            .ThenByDescending(c => c.Decision.Authority.Rank)
            .ThenBy(c => c.Title.SortKey);
}
