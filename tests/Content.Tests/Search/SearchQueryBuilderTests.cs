using System.Text;
using ThiDuaCms.Content.Search;

namespace ThiDuaCms.Content.Tests.Search;

public sealed class SearchQueryBuilderTests
{
    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("!!! ... ???")]
    [InlineData("*")]
    [InlineData("((((")]
    [InlineData("\\")]
    [InlineData("~")]
    [InlineData("\"\"")]
    [InlineData("🏥💉👩‍⚕️")]
    [InlineData(null)]
    public void Input_without_a_word_gives_no_query(string? input) => Assert.Null(SearchQueryBuilder.Build(input));

    [Theory]
    [InlineData("\"điển hình")]
    [InlineData("AND(")]
    [InlineData("hồng~2")]
    [InlineData("dien*")]
    [InlineData("title:x")]
    [InlineData("a\"b\"c\"d")]
    [InlineData("152/QĐ-SYT")]
    [InlineData("\uD800lone surrogate\uDC00")]
    public void Input_with_words_gives_a_query(string input) => Assert.NotNull(SearchQueryBuilder.Build(input));

    [Fact]
    public void Long_input_is_cut_without_splitting_a_character()
    {
        var emoji = string.Concat(Enumerable.Repeat("a🏥", 1_000));
        var cleaned = SearchQueryBuilder.Clean(emoji);
        Assert.True(cleaned.Length <= SearchQueryBuilder.MaxLength);
        Assert.False(char.IsHighSurrogate(cleaned[^1]));
        Assert.NotNull(SearchQueryBuilder.Build(new string('a', 2_000)));
        Assert.NotNull(SearchQueryBuilder.Build(string.Concat(Enumerable.Repeat("điển hình ", 200))));
    }

    [Fact]
    public void NFD_input_gives_the_same_query_as_NFC()
    {
        var nfc = "Điển hình tiên tiến";
        Assert.Equal(SearchQueryBuilder.Build(nfc)!.Query.ToString(), SearchQueryBuilder.Build(nfc.Normalize(NormalizationForm.FormD))!.Query.ToString());
    }

    [Fact]
    public void A_query_typed_without_diacritics_uses_the_folded_fields_only()
    {
        var folded = SearchQueryBuilder.Build("dien hinh")!.Query.ToString();
        Assert.Contains("title.f:dien", folded, StringComparison.Ordinal);
        Assert.DoesNotContain("title:", folded, StringComparison.Ordinal);
        var exact = SearchQueryBuilder.Build("điển hình")!.Query.ToString();
        Assert.Contains("title:điển", exact, StringComparison.Ordinal);
        Assert.Contains("title.f:dien", exact, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("hoà", "hòa")]
    [InlineData("thuỷ", "thủy")]
    [InlineData("khoẻ", "khỏe")]
    [InlineData("uỷ", "ủy")]
    public void Both_tone_placements_give_the_same_query(string newer, string older) =>
        Assert.Equal(SearchQueryBuilder.Build(older)!.Query.ToString(), SearchQueryBuilder.Build(newer)!.Query.ToString());

    [Fact]
    public void A_decision_number_is_kept_whole_as_well_as_split()
    {
        var terms = VietnameseAnalysis.Terms(VietnameseAnalysis.Folded, "Quyết định 152/QĐ-SYT");
        Assert.Equal(
            [("quyet", 0), ("dinh", 1), ("152/qd-syt", 2), ("152", 2), ("qd", 3), ("syt", 4)],
            terms);
    }
}
