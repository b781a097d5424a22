using System.Text;
using System.Text.RegularExpressions;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Pattern;
using Lucene.Net.Analysis.Shingle;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Util;
using ThiDuaCms.Content.Text;

namespace ThiDuaCms.Content.Search;

/// <summary>
/// How Vietnamese text becomes terms. Every text field is indexed twice: exact (NFC, one tone placement, lower case:
/// "Hoà" and "hòa" are one term, "hồng" and "hông" two) and folded (the same without any mark, đ→d: "hong" for both).
/// Titles and summaries also get two-syllable shingles ("điển hình"), since most Vietnamese words are two syllables.
/// </summary>
public static partial class VietnameseAnalysis
{
    internal const LuceneVersion Version = LuceneVersion.LUCENE_48;

    /// <summary>Exact terms; compound tokens ("152/QĐ-SYT") kept whole and split.</summary>
    public static Analyzer Exact { get; } = Create(folded: false, shingles: false);

    /// <summary>Folded terms: no tone or vowel marks, đ→d.</summary>
    public static Analyzer Folded { get; } = Create(folded: true, shingles: false);

    /// <summary>Exact two-syllable shingles only.</summary>
    public static Analyzer ExactShingles { get; } = Create(folded: false, shingles: true);

    /// <summary>Folded two-syllable shingles only.</summary>
    public static Analyzer FoldedShingles { get; } = Create(folded: true, shingles: true);

    /// <summary>The analyzer of each field, by its suffix (<see cref="SearchFields"/>).</summary>
    public static Analyzer PerField { get; } = new PerFieldAnalyzerWrapper(Exact, SearchFields.Text
        .SelectMany(f => new[]
        {
            KeyValuePair.Create(SearchFields.FoldedName(f.Name), Folded),
            KeyValuePair.Create(SearchFields.ShingleName(f.Name), ExactShingles),
            KeyValuePair.Create(SearchFields.FoldedShingleName(f.Name), FoldedShingles),
        })
        .ToDictionary(p => p.Key, p => p.Value));

    /// <summary>
    /// A word: a letter or digit, then letters, marks (NFD input) and digits, with inner "/", "-" or "." joining parts, so a decision number
    /// such as "152/QĐ-SYT" or "COVID-19" is one token before <see cref="CompoundTokenFilter"/> splits it.
    /// Everything else (punctuation, emoji and their variation selectors, symbols) separates words.
    /// </summary>
    [GeneratedRegex(@"[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:[/.\-][\p{L}\p{N}][\p{L}\p{M}\p{N}]*)*")]
    internal static partial Regex WordPattern();

    private static Analyzer Create(bool folded, bool shingles) => Analyzer.NewAnonymous((_, reader) =>
    {
        var tokenizer = new PatternTokenizer(reader, WordPattern(), 0);
        TokenStream stream = new CompoundTokenFilter(tokenizer, keepWhole: !shingles);
        stream = new VietnameseSpellingFilter(stream);
        stream = new LowerCaseFilter(Version, stream);
        if (folded)
        {
            // After NFC every Vietnamese letter is one precomposed character, all of which ASCIIFoldingFilter folds (đ→d too).
            stream = new ASCIIFoldingFilter(stream);
        }
        if (shingles)
        {
            var shingle = new ShingleFilter(stream, 2, 2);
            shingle.SetOutputUnigrams(false);
            stream = shingle;
        }
        return new TokenStreamComponents(tokenizer, stream);
    });

    /// <summary>The terms <paramref name="analyzer"/> makes of <paramref name="text"/>, with their positions (0-based).</summary>
    internal static List<(string Term, int Position)> Terms(Analyzer analyzer, string text)
    {
        var terms = new List<(string, int)>();
        using var stream = analyzer.GetTokenStream("", text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        stream.Reset();
        var position = -1;
        while (stream.IncrementToken())
        {
            position += increment.PositionIncrement;
            terms.Add((term.ToString(), Math.Max(position, 0)));
        }
        stream.End();
        return terms;
    }
}

/// <summary>
/// Splits a token joined by "/", "-" or "." into its parts, keeping the whole one first at the same position when
/// asked: "152/QĐ-SYT" gives "152/QĐ-SYT" and "152" at one position, then "QĐ", "SYT", so the decision number is found
/// whole, and "152 QĐ" still finds it as a phrase.
/// </summary>
internal sealed class CompoundTokenFilter : TokenFilter
{
    private static readonly char[] Joiners = ['/', '-', '.'];

    private readonly bool _keepWhole;
    private readonly ICharTermAttribute _term;
    private readonly IOffsetAttribute _offset;
    private readonly IPositionIncrementAttribute _increment;
    private readonly Queue<(string Text, int Start, int End)> _parts = new();
    private State? _state;
    private int _nextIncrement;

    public CompoundTokenFilter(TokenStream input, bool keepWhole) : base(input)
    {
        _keepWhole = keepWhole;
        _term = AddAttribute<ICharTermAttribute>();
        _offset = AddAttribute<IOffsetAttribute>();
        _increment = AddAttribute<IPositionIncrementAttribute>();
    }

    public override bool IncrementToken()
    {
        if (_parts.Count > 0)
        {
            RestoreState(_state);
            EmitPart(_nextIncrement);
            _nextIncrement = 1;
            return true;
        }
        if (!m_input.IncrementToken())
        {
            return false;
        }
        var token = _term.ToString();
        if (token.IndexOfAny(Joiners) < 0)
        {
            return true;
        }
        var start = _offset.StartOffset;
        var from = 0;
        for (var i = 0; i <= token.Length; i++)
        {
            if (i == token.Length || Array.IndexOf(Joiners, token[i]) >= 0)
            {
                _parts.Enqueue((token[from..i], start + from, start + i));
                from = i + 1;
            }
        }
        _state = CaptureState();
        if (_keepWhole)
        {
            _nextIncrement = 0;
            return true;
        }
        EmitPart(_increment.PositionIncrement);
        _nextIncrement = 1;
        return true;
    }

    private void EmitPart(int increment)
    {
        var (text, start, end) = _parts.Dequeue();
        _term.SetEmpty().Append(text);
        _offset.SetOffset(start, end);
        _increment.PositionIncrement = increment;
    }

    public override void Reset()
    {
        base.Reset();
        _parts.Clear();
        _state = null;
    }
}

/// <summary>Each token in NFC with its tone mark where <see cref="VietnameseText.NormalizeTones"/> puts it ("hoà" → "hòa").</summary>
internal sealed class VietnameseSpellingFilter : TokenFilter
{
    private readonly ICharTermAttribute _term;

    public VietnameseSpellingFilter(TokenStream input) : base(input) => _term = AddAttribute<ICharTermAttribute>();

    public override bool IncrementToken()
    {
        if (!m_input.IncrementToken())
        {
            return false;
        }
        var buffer = _term.Buffer;
        for (var i = 0; i < _term.Length; i++)
        {
            if (buffer[i] > 127)
            {
                var token = _term.ToString();
                var spelled = VietnameseText.NormalizeTones(token.Normalize(NormalizationForm.FormC));
                if (!string.Equals(spelled, token, StringComparison.Ordinal))
                {
                    _term.SetEmpty().Append(spelled);
                }
                break;
            }
        }
        return true;
    }
}
