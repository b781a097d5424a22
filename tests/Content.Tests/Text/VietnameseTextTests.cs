using System.Text;
using ThiDuaCms.Content.Text;

namespace ThiDuaCms.Content.Tests.Text;

public class VietnameseTextTests
{
    [Theory]
    [InlineData("Hòa")]
    [InlineData("Khánh Hòa")]
    [InlineData("Điều dưỡng Nguyễn Thị Thủy")]
    [InlineData("Bệnh viện Y học cổ truyền và Phục hồi chức năng")]
    public void Nfc_turns_decomposed_text_into_composed_text(string composed)
    {
        var decomposed = composed.Normalize(NormalizationForm.FormD);
        Assert.NotEqual(composed, decomposed);

        var result = VietnameseText.Nfc(decomposed);

        Assert.Equal(composed, result);
        Assert.True(result.IsNormalized(NormalizationForm.FormC));
    }

    [Fact]
    public void Nfc_trims_outer_white_space_only() =>
        Assert.Equal("Giấy khen  Giám đốc", VietnameseText.Nfc("  Giấy khen  Giám đốc \n"));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  \t ")]
    public void NfcOrNull_turns_blank_into_null(string? text) =>
        Assert.Null(VietnameseText.NfcOrNull(text));

    [Fact]
    public void NfcOrNull_normalizes_text() =>
        Assert.Equal("Hòa", VietnameseText.NfcOrNull(" Hòa ".Normalize(NormalizationForm.FormD)));

    [Theory]
    [InlineData("hoà", "hòa")]
    [InlineData("thuỷ", "thủy")]
    [InlineData("Khánh Hoà", "khánh hòa")]
    [InlineData("Điển hình", "dien hinh")]
    [InlineData("ĐIỀU DƯỠNG", "dieu duong")]
    [InlineData("quý", "qúy")]
    public void Fold_makes_tone_placement_case_and_diacritics_irrelevant(string a, string b) =>
        Assert.Equal(VietnameseText.Fold(a), VietnameseText.Fold(b));

    [Fact]
    public void Fold_gives_plain_lower_case_letters() =>
        Assert.Equal("dien hinh tien tien", VietnameseText.Fold("Điển hình tiên tiến"));

    [Fact]
    public void Fold_gives_the_same_key_for_decomposed_input() =>
        Assert.Equal(VietnameseText.Fold("Thủy châm"), VietnameseText.Fold("Thủy châm".Normalize(NormalizationForm.FormD)));

    [Fact]
    public void Fold_keeps_different_words_apart() =>
        Assert.NotEqual(VietnameseText.Fold("hòa"), VietnameseText.Fold("họa sĩ"));
}

public class VietnameseTextEthTests
{
    /// <summary>Old TCVN3/VNI conversions leave Ð/ð (eth) where Đ/đ belongs: every key treats them as đ.</summary>
    [Theory]
    [InlineData("Ðặng", "Đặng")]
    [InlineData("ðiều dưỡng", "điều dưỡng")]
    public void Eth_counts_as_d_with_stroke(string eth, string d)
    {
        Assert.Equal(VietnameseText.Fold(d), VietnameseText.Fold(eth));
        Assert.Equal(VietnameseSort.Key(d), VietnameseSort.Key(eth));
    }
}
