using System.Text;
using ThiDuaCms.Content.Text;

namespace ThiDuaCms.Content.Tests.Text;

public class VietnameseToneTests
{
    [Theory]
    // The traditional placement in open oa, oe, uy: the first vowel.
    [InlineData("hoà", "hòa")]
    [InlineData("Khánh Hoà", "Khánh Hòa")]
    [InlineData("khoẻ", "khỏe")]
    [InlineData("thuỷ", "thủy")]
    [InlineData("uỷ ban", "ủy ban")]
    [InlineData("Thuý", "Thúy")]
    [InlineData("loà xoà", "lòa xòa")]
    [InlineData("HOÀ", "HÒA")]
    [InlineData("THUỶ", "THỦY")]
    [InlineData("KHOẺ", "KHỎE")]
    [InlineData("Uỷ", "Ủy")]
    // Already traditional: unchanged.
    [InlineData("hòa", "hòa")]
    [InlineData("thủy", "thủy")]
    [InlineData("khỏe", "khỏe")]
    [InlineData("ủy", "ủy")]
    // qu and gi are consonants: the mark goes on the vowel after them.
    [InlineData("quý", "quý")]
    [InlineData("qúy", "quý")]
    [InlineData("quá", "quá")]
    [InlineData("qúa", "quá")]
    [InlineData("quả", "quả")]
    [InlineData("QUẢ", "QUẢ")]
    [InlineData("giá", "giá")]
    [InlineData("già", "già")]
    [InlineData("gìa", "già")]
    [InlineData("gì", "gì")]
    [InlineData("giữ", "giữ")]
    [InlineData("giường", "giường")]
    [InlineData("quốc", "quốc")]
    [InlineData("Quỳnh", "Quỳnh")]
    // A final consonant: the last vowel, in both conventions.
    [InlineData("hoàn", "hoàn")]
    [InlineData("hòan", "hoàn")]
    [InlineData("toán", "toán")]
    [InlineData("tóan", "toán")]
    [InlineData("hoạch", "hoạch")]
    [InlineData("huỳnh", "huỳnh")]
    [InlineData("hủynh", "huỷnh")]
    // A vowel with its own mark carries the tone.
    [InlineData("khuyến", "khuyến")]
    [InlineData("thuyền", "thuyền")]
    [InlineData("người", "người")]
    [InlineData("ngừơi", "người")]
    [InlineData("cửa", "cửa")]
    [InlineData("thuở", "thuở")]
    [InlineData("rượu", "rượu")]
    [InlineData("Nguyễn", "Nguyễn")]
    // Other open pairs: the first vowel; three vowels: the middle one.
    [InlineData("mái", "mái")]
    [InlineData("múa", "múa")]
    [InlineData("mía", "mía")]
    [InlineData("ngoài", "ngoài")]
    [InlineData("ngòai", "ngoài")]
    [InlineData("khuỷu", "khuỷu")]
    [InlineData("xoáy", "xoáy")]
    // Not Vietnamese syllables, or two marks: left as they are.
    [InlineData("José", "José")]
    [InlineData("Zoë", "Zoë")]
    [InlineData("Smíth", "Smíth")]
    [InlineData("hoàà", "hoàà")]
    [InlineData("COVID-19", "COVID-19")]
    public void One_tone_placement(string text, string expected) =>
        Assert.Equal(expected, VietnameseText.NormalizeTones(text));

    [Theory]
    [InlineData("Bệnh viện Đa khoa tỉnh Khánh Hoà", "Bệnh viện Đa khoa tỉnh Khánh Hòa")]
    [InlineData("Điều dưỡng Nguyễn Thị Thuỷ, khoa Hồi sức", "Điều dưỡng Nguyễn Thị Thủy, khoa Hồi sức")]
    [InlineData("Chăm sóc sức khoẻ – quý I/2026", "Chăm sóc sức khỏe – quý I/2026")]
    public void Whole_texts_keep_everything_else(string text, string expected) =>
        Assert.Equal(expected, VietnameseText.NormalizeTones(text));

    [Theory]
    [InlineData("hoà")]
    [InlineData("Khánh Hoà")]
    [InlineData("khoẻ")]
    [InlineData("Nguyễn Thị Thuỷ")]
    [InlineData("qúa")]
    public void Decomposed_input_gives_the_same_composed_spelling(string text)
    {
        var result = VietnameseText.NormalizeTones(text.Normalize(NormalizationForm.FormD));

        Assert.Equal(VietnameseText.NormalizeTones(text), result);
        Assert.True(result.IsNormalized(NormalizationForm.FormC));
    }

    [Fact]
    public void Canonical_is_trimmed_nfc_with_one_placement() =>
        Assert.Equal("Khánh Hòa", VietnameseText.Canonical("  Khánh Hoà \n".Normalize(NormalizationForm.FormD)));

    [Fact]
    public void Normalising_twice_changes_nothing_more()
    {
        const string text = "Hoà thuỷ khoẻ uỷ qúa gìa hòan ngòai ngừơi";
        var once = VietnameseText.NormalizeTones(text);

        Assert.Equal(once, VietnameseText.NormalizeTones(once));
    }
}
