using System.Globalization;

namespace ThiDuaCms.Content;

/// <summary>
/// The longest text each field written through a service may hold, defined once: the EF configuration declares it
/// (PostgreSQL enforces it; SQLite does not) and the services check it first, so a long input gets a Vietnamese
/// message naming the field instead of a database error.
/// </summary>
public static class FieldLimits
{
    public const int ArticleTitle = 300;
    public const int ArticleSummary = 1000;
    /// <summary>Generous: a long report with tables is far below it.</summary>
    public const int ArticleBody = 200_000;
    /// <summary>Rendered from at most <see cref="ArticleBody"/> characters of Markdown; HTML is longer than its source.</summary>
    public const int ArticleBodyHtml = 4 * ArticleBody;
    public const int AuthorName = 200;
    public const int SeoTitle = 300;
    public const int SeoDescription = 500;
    public const int ReviewComment = 2000;
    public const int TagName = 100;
    public const int RevisionNote = 300;

    public const int MediaAltText = 500;
    public const int MediaTitle = 300;
    public const int MediaCredit = 300;

    public const int CommendationTitleName = 200;
    public const int AuthorityName = 200;
    public const int DecisionNumber = 100;
    public const int SignerName = 200;
    public const int SignerPosition = 300;
    public const int DecisionSubject = 1000;
    public const int Citation = 20_000;
    public const int DepartmentNameAtAward = 200;
    public const int PositionAtAward = 300;
    public const int RevokedReason = 2000;

    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");

    /// <summary>
    /// Null when <paramref name="text"/> fits in <paramref name="max"/> characters, otherwise a refusal naming the
    /// field as the form does (<paramref name="label"/>, e.g. "Tiêu đề") for <paramref name="field"/>.
    /// </summary>
    public static OperationResult? TooLong(string? text, int max, string label, string? field) =>
        text?.Length > max ? OperationResult.Fail($"{label} không được dài quá {max.ToString("N0", Vietnamese)} ký tự.", field) : null;
}
