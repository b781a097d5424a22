using System.Text;
using ThiDuaCms.Content.Text;

namespace ThiDuaCms.Content.Tests.Text;

public class VietnameseSortTests
{
    /// <summary>Each list is in Vietnamese dictionary order; sorting any shuffle of it by key gives it back.</summary>
    [Theory]
    [InlineData("a", "ă", "â", "b", "c", "d", "đ", "e", "ê", "g", "h", "i", "k", "l", "m", "n", "o", "ô", "ơ", "p", "q", "r", "s", "t", "u", "ư", "v", "x", "y")]
    [InlineData("An", "Ăn", "Ân")]
    [InlineData("ma", "mà", "mả", "mã", "má", "mạ")]
    [InlineData("Dũng", "Đặng")]
    [InlineData("Dương", "Đào", "Đặng", "Đinh", "Vũ")]
    [InlineData("Đặng", "Vũ")]
    [InlineData("An", "An Bình", "Anh", "Ánh", "Ba")]
    [InlineData("Hòa", "Hoan", "Hoàn", "Hoàng", "Hồ")]
    [InlineData("ca", "cả", "cá", "cà phê")]
    [InlineData("e", "è", "ê", "f", "g")]
    [InlineData("i", "j", "k")]
    [InlineData("v", "w", "x", "y", "z", "ß", "中")]
    [InlineData("1", "9", "a")]
    [InlineData("Thu", "Thủy", "Thụy", "Thùy Dương", "Thúy Hằng", "Thư")]
    public void Keys_order_text_the_Vietnamese_way(params string[] ordered)
    {
        var shuffled = ordered.Reverse().Concat(ordered.Where((_, i) => i % 2 == 0)).Distinct().ToList();

        Assert.Equal(ordered, shuffled.OrderBy(VietnameseSort.Key, StringComparer.Ordinal));
        Assert.Equal(ordered, shuffled.Order(VietnameseSort.Comparer));
    }

    [Fact]
    public void Binary_order_would_put_D_with_stroke_after_V_the_key_does_not()
    {
        Assert.True(string.CompareOrdinal("Đặng", "Vũ") > 0);
        Assert.True(string.CompareOrdinal(VietnameseSort.Key("Đặng"), VietnameseSort.Key("Vũ")) < 0);
    }

    [Fact]
    public void Letters_decide_before_tones_across_the_whole_text()
    {
        // Dictionary order: "ma" < "mà" by tone, but the letters of the second word decide first.
        Assert.True(string.CompareOrdinal(VietnameseSort.Key("mà a"), VietnameseSort.Key("ma b")) < 0);
        Assert.True(string.CompareOrdinal(VietnameseSort.Key("ma à"), VietnameseSort.Key("mà a")) < 0);
    }

    [Theory]
    [InlineData("hòa", "hoà")]
    [InlineData("Thủy", "THUỶ")]
    [InlineData("Nguyễn  Văn\tAn", "nguyễn văn an")]
    [InlineData("Khánh Hòa", "Khánh – Hòa")]
    [InlineData("Nguyễn Thị Thu Hà", "Nguyễn Thị Thu Hà")]
    public void Case_spacing_punctuation_and_tone_placement_do_not_matter(string a, string b) =>
        Assert.Equal(VietnameseSort.Key(a), VietnameseSort.Key(b));

    [Theory]
    [InlineData("Nguyễn Thị Thủy")]
    [InlineData("Đặng Văn Ân")]
    [InlineData("Bệnh viện Y học cổ truyền Khánh Hòa")]
    public void Decomposed_input_gives_the_same_key(string composed)
    {
        var decomposed = composed.Normalize(NormalizationForm.FormD);
        Assert.NotEqual(composed, decomposed);

        Assert.Equal(VietnameseSort.Key(composed), VietnameseSort.Key(decomposed));
        Assert.Equal(VietnameseSort.PersonNameKey(composed), VietnameseSort.PersonNameKey(decomposed));
    }

    [Fact]
    public void Keys_are_readable_ascii()
    {
        Assert.Equal("nguye{n-va{n 30", VietnameseSort.Key("Nguyễn Văn"));
        Assert.Equal("an 0/nguye{n-va{n 30", VietnameseSort.PersonNameKey("Nguyễn Văn An"));
        Assert.Equal("", VietnameseSort.Key(" – "));
        Assert.Equal("", VietnameseSort.PersonNameKey("  "));
    }

    [Fact]
    public void People_sort_by_given_name_then_family_and_middle_names()
    {
        string[] ordered =
        [
            "Nguyễn Văn An",
            "Trần Thị Bình",
            "Lê Văn Cường",
            "Đỗ Minh Dũng",
            "Đặng Thị Hà",
            "Lê Thị Hà",
            "Nguyễn Thị Hà",
            "Nguyễn Thị Thu Hà",
            "Vũ Thị Hà",
            "Phạm Văn Hòa",
            "Hoàng Thị Thủy",
        ];
        var shuffled = ordered.Reverse().ToList();

        Assert.Equal(ordered, shuffled.OrderBy(VietnameseSort.PersonNameKey, StringComparer.Ordinal));
        Assert.Equal(ordered, shuffled.Order(VietnameseSort.PersonNameComparer));
    }

    [Fact]
    public void A_one_word_name_comes_before_the_same_given_name_with_a_family_name()
    {
        Assert.True(string.CompareOrdinal(VietnameseSort.PersonNameKey("An"), VietnameseSort.PersonNameKey("Nguyễn An")) < 0);
        Assert.True(string.CompareOrdinal(VietnameseSort.PersonNameKey("Nguyễn An"), VietnameseSort.PersonNameKey("Bình")) < 0);
    }

    [Fact]
    public void The_given_name_decides_before_the_family_name_even_by_its_tone() =>
        Assert.True(string.CompareOrdinal(VietnameseSort.PersonNameKey("Vũ Văn Hoa"), VietnameseSort.PersonNameKey("Đặng Văn Hòa")) < 0);

    [Fact]
    public void Comparers_put_null_first_and_break_ties_by_the_text()
    {
        string?[] names = ["hoà", null, "Hòa", "An"];

        Assert.Equal(new string?[] { null, "An", "Hòa", "hoà" }, names.Order(VietnameseSort.Comparer));
    }

    [Fact]
    public void Keys_never_pass_the_column_length()
    {
        var random = new Random(20261202);
        var alphabet = "aăâbcdđeêghiklmnoôơpqrstuưvxy ÀÁẢÃẠ中ß-1".ToCharArray();
        for (var n = 0; n < 200; n++)
        {
            var text = new string(Enumerable.Range(0, random.Next(1, 1500)).Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray());

            Assert.True(VietnameseSort.Key(text).Length <= VietnameseSort.MaxKeyLength);
            Assert.True(VietnameseSort.PersonNameKey(text).Length <= VietnameseSort.MaxKeyLength);
        }
        var longestName = string.Join(' ', Enumerable.Repeat("Nguyễn", 200 / 7));
        Assert.True(VietnameseSort.PersonNameKey(longestName).Length < VietnameseSort.MaxKeyLength / 2);
    }
}
