using System.Text.Encodings.Web;
using System.Text.Unicode;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Highlight;
using Microsoft.Extensions.Logging;

namespace ThiDuaCms.Content.Search;

/// <summary>One result as the results page shows it. <see cref="SnippetHtml"/> is HTML-escaped text with the matched words in &lt;mark&gt;.</summary>
public sealed record SearchHit(string Kind, string KindName, string Title, string Url, DateTime? Date, string SnippetHtml);

public enum SearchState
{
    /// <summary>Nothing to search for (an empty box, only punctuation or symbols).</summary>
    NoQuery,
    Ok,
    /// <summary>The index is missing or being rebuilt: search answers again when the rebuild switches in.</summary>
    Unavailable,
}

public sealed record SearchResults(string Query, SearchState State, PagedList<SearchHit> Hits);

/// <summary>The public search over <see cref="SearchIndex"/>: only public documents, best first, paged, with snippets.</summary>
public sealed class SiteSearch(SearchIndex index, ILogger<SiteSearch> logger)
{
    /// <summary>Results past this page are not served: nobody reads them, and each page costs the pages before it.</summary>
    public const int MaxPage = 50;

    private const int SnippetLength = 220;
    private const string HighlightField = "highlight";

    private static readonly Filter PublicOnly =
        new CachingWrapperFilter(new QueryWrapperFilter(new TermQuery(new Term(SearchFields.Visibility, SearchVisibility.Public))));

    /// <summary>Page <paramref name="page"/> of the public documents matching <paramref name="query"/>; never throws on what a reader typed.</summary>
    public SearchResults Search(string? query, int page, int pageSize, CancellationToken ct = default)
    {
        ct.ThrowIfCancellationRequested();
        var typed = query?.Trim() ?? "";
        page = Math.Clamp(page, 1, MaxPage);
        var empty = new PagedList<SearchHit>([], page, pageSize, 0);
        if (SearchQueryBuilder.Build(typed) is not { } parsed)
        {
            return new SearchResults(typed, SearchState.NoQuery, empty);
        }
        try
        {
            return index.TrySearch(searcher => Run(searcher, parsed, page, pageSize), out var hits)
                ? new SearchResults(typed, SearchState.Ok, hits)
                : new SearchResults(typed, SearchState.Unavailable, empty);
        }
        catch (Exception ex) when (ex is IOException or CorruptIndexException or InvalidOperationException)
        {
            // A damaged index answers "being rebuilt", never an error page; the handler rebuilds it at its next write
            // or the next start.
            logger.LogError(ex, "Searching the index failed for {Query}.", typed);
            return new SearchResults(typed, SearchState.Unavailable, empty);
        }
    }

    private static PagedList<SearchHit> Run(IndexSearcher searcher, ParsedSearch parsed, int page, int pageSize)
    {
        var top = searcher.Search(parsed.Query, PublicOnly, page * pageSize);
        var highlighter = Highlighter(parsed);
        var hits = top.ScoreDocs.Skip((page - 1) * pageSize).Select(scoreDoc =>
        {
            var document = searcher.Doc(scoreDoc.Doc);
            var kind = document.Get(SearchFields.Kind);
            return new SearchHit(
                kind,
                KindName(kind),
                document.Get(SearchFields.Title),
                document.Get(SearchFields.Url),
                SearchFields.ReadDate(document),
                Snippet(highlighter, document.Get(SearchFields.Excerpt) ?? ""));
        }).ToList();
        return new PagedList<SearchHit>(hits, page, pageSize, top.TotalHits);
    }

    /// <summary>Marks the query's folded terms in the folded analysis of the stored excerpt: "hong" marks "hồng" and "hông".</summary>
    private static Highlighter Highlighter(ParsedSearch parsed)
    {
        var terms = new BooleanQuery();
        foreach (var term in parsed.FoldedTerms)
        {
            terms.Add(new TermQuery(new Term(HighlightField, term)), Occur.SHOULD);
        }
        var scorer = new QueryScorer(terms, HighlightField);
        return new Highlighter(new SimpleHTMLFormatter("<mark>", "</mark>"), new TextEncoder(), scorer)
        {
            TextFragmenter = new SimpleSpanFragmenter(scorer, SnippetLength),
        };
    }

    private static string Snippet(Highlighter highlighter, string excerpt)
    {
        try
        {
            if (highlighter.GetBestFragment(VietnameseAnalysis.Folded, HighlightField, excerpt) is { Length: > 0 } fragment)
            {
                return fragment.Trim();
            }
        }
        catch (InvalidTokenOffsetsException)
        {
            // Fall back to the excerpt's beginning, unmarked.
        }
        var start = SearchFields.Cap(excerpt, SnippetLength);
        return Html.Encode(start) + (start.Length < excerpt.Length ? "…" : "");
    }

    /// <summary>Escapes markup characters only: Vietnamese stays readable text rather than numeric entities.</summary>
    private static readonly HtmlEncoder Html = HtmlEncoder.Create(UnicodeRanges.All);

    private sealed class TextEncoder : IEncoder
    {
        public string EncodeText(string originalText) => Html.Encode(originalText);
    }

    private static string KindName(string kind) => kind switch
    {
        ArticleSearchSource.Kind => "Bài viết",
        _ => "Nội dung",
    };
}
