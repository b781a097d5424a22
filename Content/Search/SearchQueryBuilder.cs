using System.Globalization;
using System.Text;
using Lucene.Net.Index;
using Lucene.Net.Search;
using ThiDuaCms.Content.Text;

namespace ThiDuaCms.Content.Search;

/// <summary>What a typed search means to the index: the query, and the folded terms a snippet marks.</summary>
public sealed record ParsedSearch(Query Query, IReadOnlyList<string> FoldedTerms);

/// <summary>
/// Turns whatever a reader types into a query, never throwing and never exposing Lucene syntax: words are words,
/// "quoted text" is a phrase, everything else separates words. Each word must be found (most of them, in a long
/// query) in a title, summary, keywords or body, exact or folded; exact matches and titles weigh more; words next to
/// each other in a title or summary (shingles) add to the score.
/// </summary>
public static class SearchQueryBuilder
{
    /// <summary>Longer input is cut: nobody types more, and a pasted page must not make a huge query.</summary>
    public const int MaxLength = 256;

    public const int MaxWords = 16;

    /// <summary>How much an exact-diacritic match weighs over a folded-only one.</summary>
    private const float ExactBoost = 2f;

    private const float ShingleBoost = 1.5f;

    private static readonly char[] Quotes = ['"', '“', '”', '„', '«', '»'];

    /// <summary>The query for <paramref name="input"/>, or null when it holds no word (empty, only punctuation or emoji).</summary>
    public static ParsedSearch? Build(string? input)
    {
        var text = Clean(input);
        if (text.Length == 0)
        {
            return null;
        }
        // A query typed without any diacritic says nothing about them: score it on the folded fields alone, or an
        // unmarked syllable ("thi", "anh") would prefer the documents where it is unmarked too.
        var foldedOnly = string.Equals(VietnameseText.Fold(text), text.ToLowerInvariant(), StringComparison.Ordinal);
        var words = new BooleanQuery();
        var required = new BooleanQuery();
        var folded = new List<string>();
        var freeText = new StringBuilder();
        var wordCount = 0;
        var segments = text.Split(Quotes);
        for (var i = 0; i < segments.Length && wordCount < MaxWords; i++)
        {
            var segment = segments[i];
            var isPhrase = i % 2 == 1 && i < segments.Length - 1; // an unbalanced last quote opens no phrase
            var segmentWords = VietnameseAnalysis.WordPattern().Matches(segment).Select(m => m.Value).Take(MaxWords - wordCount).ToList();
            if (segmentWords.Count == 0)
            {
                continue;
            }
            wordCount += segmentWords.Count;
            var joined = string.Join(' ', segmentWords);
            folded.AddRange(VietnameseAnalysis.Terms(VietnameseAnalysis.Folded, joined).Select(t => t.Term));
            if (isPhrase && segmentWords.Count > 1)
            {
                required.Add(PhraseClause(joined, foldedOnly), Occur.MUST);
                continue;
            }
            foreach (var word in segmentWords)
            {
                if (WordClause(word, foldedOnly) is { } clause)
                {
                    words.Add(clause, Occur.SHOULD);
                }
            }
            freeText.Append(joined).Append(' ');
        }
        if (words.Clauses.Count == 0 && required.Clauses.Count == 0)
        {
            return null;
        }
        if (words.Clauses.Count > 0)
        {
            // Every word of a short query; three in four of a long one, so one odd word does not empty the page.
            var count = words.Clauses.Count;
            words.MinimumNumberShouldMatch = count <= 3 ? count : (int)Math.Ceiling(count * 0.75);
            required.Add(words, Occur.MUST);
        }
        var query = new BooleanQuery { { required, Occur.MUST } };
        if (ShingleClause(freeText.ToString(), foldedOnly) is { } shingles)
        {
            query.Add(shingles, Occur.SHOULD);
        }
        return new ParsedSearch(query, folded.Distinct(StringComparer.Ordinal).ToList());
    }

    /// <summary>One word in any text field; a compound ("152/QĐ-SYT") whole or as the phrase of its parts.</summary>
    private static BooleanQuery? WordClause(string word, bool foldedOnly)
    {
        var exact = VietnameseAnalysis.Terms(VietnameseAnalysis.Exact, word);
        var foldedTerms = VietnameseAnalysis.Terms(VietnameseAnalysis.Folded, word);
        if (foldedTerms.Count == 0)
        {
            return null;
        }
        var clause = new BooleanQuery();
        foreach (var (name, boost, _) in SearchFields.Text)
        {
            AddWord(clause, SearchFields.FoldedName(name), foldedTerms, boost);
            if (!foldedOnly)
            {
                AddWord(clause, name, exact, boost * ExactBoost);
            }
        }
        return clause;
    }

    private static void AddWord(BooleanQuery clause, string field, List<(string Term, int Position)> terms, float boost)
    {
        if (terms.Count == 0)
        {
            return;
        }
        clause.Add(new TermQuery(new Term(field, terms[0].Term)) { Boost = boost }, Occur.SHOULD);
        if (terms.Count > 1)
        {
            // The parts after the whole token, as a phrase: "152/QD-SYT" also finds "152/QĐ – SYT".
            clause.Add(Phrase(field, terms.Skip(1).ToList(), boost), Occur.SHOULD);
        }
    }

    /// <summary>A quoted phrase in any text field, exact (unless typed without diacritics) or folded.</summary>
    private static BooleanQuery PhraseClause(string phrase, bool foldedOnly)
    {
        var exact = VietnameseAnalysis.Terms(VietnameseAnalysis.Exact, phrase);
        var foldedTerms = VietnameseAnalysis.Terms(VietnameseAnalysis.Folded, phrase);
        var clause = new BooleanQuery();
        foreach (var (name, boost, _) in SearchFields.Text)
        {
            clause.Add(Phrase(SearchFields.FoldedName(name), foldedTerms, boost), Occur.SHOULD);
            if (!foldedOnly)
            {
                clause.Add(Phrase(name, exact, boost * ExactBoost), Occur.SHOULD);
            }
        }
        return clause;
    }

    private static PhraseQuery Phrase(string field, List<(string Term, int Position)> terms, float boost)
    {
        var phrase = new PhraseQuery { Boost = boost };
        var first = terms.Count > 0 ? terms[0].Position : 0;
        foreach (var (term, position) in terms)
        {
            phrase.Add(new Term(field, term), position - first);
        }
        return phrase;
    }

    /// <summary>Neighbouring words as the two-syllable shingles of titles and summaries; null for a single word.</summary>
    private static BooleanQuery? ShingleClause(string text, bool foldedOnly)
    {
        var foldedShingles = VietnameseAnalysis.Terms(VietnameseAnalysis.FoldedShingles, text);
        if (foldedShingles.Count == 0)
        {
            return null;
        }
        var exactShingles = foldedOnly ? [] : VietnameseAnalysis.Terms(VietnameseAnalysis.ExactShingles, text);
        var clause = new BooleanQuery();
        foreach (var (name, boost, shingled) in SearchFields.Text)
        {
            if (!shingled)
            {
                continue;
            }
            foreach (var (term, _) in foldedShingles)
            {
                clause.Add(new TermQuery(new Term(SearchFields.FoldedShingleName(name), term)) { Boost = boost * ShingleBoost }, Occur.SHOULD);
            }
            foreach (var (term, _) in exactShingles)
            {
                clause.Add(new TermQuery(new Term(SearchFields.ShingleName(name), term)) { Boost = boost * ShingleBoost * ExactBoost }, Occur.SHOULD);
            }
        }
        return clause;
    }

    /// <summary>
    /// The input cut to <see cref="MaxLength"/>, in NFC, with control characters and lone surrogates (which
    /// <see cref="string.Normalize()"/> refuses) turned into spaces.
    /// </summary>
    internal static string Clean(string? input)
    {
        if (string.IsNullOrWhiteSpace(input))
        {
            return "";
        }
        var builder = new StringBuilder(Math.Min(input.Length, MaxLength));
        for (var i = 0; i < input.Length && builder.Length < MaxLength; i++)
        {
            var c = input[i];
            if (char.IsHighSurrogate(c) && i + 1 < input.Length && char.IsLowSurrogate(input[i + 1]))
            {
                if (builder.Length + 2 > MaxLength)
                {
                    break;
                }
                builder.Append(c).Append(input[++i]);
            }
            else if (char.IsSurrogate(c) || char.GetUnicodeCategory(c) is UnicodeCategory.Control or UnicodeCategory.Format)
            {
                builder.Append(' ');
            }
            else
            {
                builder.Append(c);
            }
        }
        return builder.ToString().Normalize(NormalizationForm.FormC).Trim();
    }
}
