using System.Globalization;
using Lucene.Net.Documents;

namespace ThiDuaCms.Content.Search;

/// <summary>Who may find a document. The public search finds only <see cref="Public"/> ones.</summary>
public static class SearchVisibility
{
    public const string Public = "public";
}

/// <summary>
/// One thing the search finds, whatever its kind (an article today; people, commendations and initiatives later),
/// as plain text. <paramref name="Key"/> is unique across kinds ("article:12").
/// </summary>
public sealed record SearchDocument(
    string Kind,
    string Key,
    string Title,
    string? Summary,
    string Body,
    string Keywords,
    string Url,
    DateTime? Date,
    string Visibility);

/// <summary>The fields of the index and how a <see cref="SearchDocument"/> fills them.</summary>
public static class SearchFields
{
    public const string Key = "key";
    public const string Kind = "kind";
    public const string Visibility = "visibility";
    public const string Title = "title";
    public const string Summary = "summary";
    public const string Keywords = "keywords";
    public const string Body = "body";
    public const string Url = "url";
    public const string Date = "date";
    public const string Excerpt = "excerpt";

    /// <summary>
    /// The stored text snippets are cut from: enough for a snippet around the first matches of a long article without
    /// storing (and re-analysing at every search) the whole body.
    /// </summary>
    public const int ExcerptLength = 3_000;

    /// <summary>The text fields, each indexed exact and folded; <c>Shingled</c> ones also as two-syllable shingles.</summary>
    public static readonly IReadOnlyList<(string Name, float Boost, bool Shingled)> Text =
    [
        (Title, 4f, true),
        (Summary, 2f, true),
        (Keywords, 2f, false),
        (Body, 1f, false),
    ];

    public static string FoldedName(string field) => field + ".f";

    public static string ShingleName(string field) => field + ".s";

    public static string FoldedShingleName(string field) => field + ".sf";

    internal static Document ToLucene(SearchDocument document)
    {
        var lucene = new Document
        {
            new StringField(Key, document.Key, Field.Store.YES),
            new StringField(Kind, document.Kind, Field.Store.YES),
            new StringField(Visibility, document.Visibility, Field.Store.NO),
            new StoredField(Url, document.Url),
        };
        if (document.Date is { } date)
        {
            lucene.Add(new StoredField(Date, date.Ticks));
        }
        lucene.Add(new StoredField(Title, document.Title));
        foreach (var (name, _, shingled) in Text)
        {
            var value = name switch
            {
                Title => document.Title,
                Summary => document.Summary ?? "",
                Keywords => document.Keywords,
                _ => document.Body,
            };
            if (value.Length == 0)
            {
                continue;
            }
            lucene.Add(new TextField(name, value, Field.Store.NO));
            lucene.Add(new TextField(FoldedName(name), value, Field.Store.NO));
            if (shingled)
            {
                lucene.Add(new TextField(ShingleName(name), value, Field.Store.NO));
                lucene.Add(new TextField(FoldedShingleName(name), value, Field.Store.NO));
            }
        }
        var excerpt = string.IsNullOrEmpty(document.Summary) ? document.Body : document.Summary + "\n" + document.Body;
        lucene.Add(new StoredField(Excerpt, Cap(excerpt, ExcerptLength)));
        return lucene;
    }

    internal static DateTime? ReadDate(Document document) =>
        document.GetField(Date)?.GetInt64Value() is { } ticks ? new DateTime(ticks, DateTimeKind.Utc) : null;

    /// <summary>At most <paramref name="length"/> characters, never cutting a surrogate pair in two.</summary>
    internal static string Cap(string text, int length)
    {
        if (text.Length <= length)
        {
            return text;
        }
        if (char.IsHighSurrogate(text[length - 1]))
        {
            length--;
        }
        return text[..length];
    }

    internal static string Position(long position) => position.ToString(CultureInfo.InvariantCulture);
}
