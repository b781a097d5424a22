using System.Text;
using ThiDuaCms.Content.Text;

namespace ThiDuaCms.Content.Tests.Text;

public class SlugTests
{
    [Theory]
    [InlineData("Điển hình tiên tiến", "dien-hinh-tien-tien")]
    [InlineData("Mô hình, sáng kiến, kinh nghiệm", "mo-hinh-sang-kien-kinh-nghiem")]
    [InlineData("Gương điển hình", "guong-dien-hinh")]
    [InlineData("Bệnh viện Y học cổ truyền và Phục hồi chức năng Khánh Hòa", "benh-vien-y-hoc-co-truyen-va-phuc-hoi-chuc-nang-khanh-hoa")]
    [InlineData("Nguyễn Thị Thu Hà", "nguyen-thi-thu-ha")]
    [InlineData("Phòng Đào tạo – Nghiên cứu khoa học – Chỉ đạo tuyến", "phong-dao-tao-nghien-cuu-khoa-hoc-chi-dao-tuyen")]
    public void Vietnamese_titles_become_readable_ascii_slugs(string title, string expected) =>
        Assert.Equal(expected, Slug.From(title));

    [Theory]
    [InlineData("đ")]
    [InlineData("Đ")]
    [InlineData("ĐĐ")]
    public void D_with_stroke_becomes_d(string text) =>
        Assert.Equal(new string('d', text.Length), Slug.From(text));

    [Fact]
    public void Upper_case_d_with_stroke_in_words_becomes_d() =>
        Assert.Equal("doan-thanh-nien-dat-sen-hong", Slug.From("ĐOÀN THANH NIÊN Đất Sen Hồng"));

    [Theory]
    [InlineData("aàáảãạ", 'a')]
    [InlineData("ăằắẳẵặ", 'a')]
    [InlineData("âầấẩẫậ", 'a')]
    [InlineData("eèéẻẽẹ", 'e')]
    [InlineData("êềếểễệ", 'e')]
    [InlineData("iìíỉĩị", 'i')]
    [InlineData("oòóỏõọ", 'o')]
    [InlineData("ôồốổỗộ", 'o')]
    [InlineData("ơờớởỡợ", 'o')]
    [InlineData("uùúủũụ", 'u')]
    [InlineData("ưừứửữự", 'u')]
    [InlineData("yỳýỷỹỵ", 'y')]
    public void Every_vowel_and_tone_mark_folds_to_its_base_letter(string forms, char expected)
    {
        foreach (var form in forms.Concat(forms.ToUpperInvariant()))
        {
            Assert.Equal(expected.ToString(), Slug.From(form.ToString()));
        }
    }

    [Theory]
    [InlineData("Hòa nhập – Thủy châm")]
    [InlineData("Điều dưỡng viên xuất sắc năm 2024")]
    [InlineData("Xanh – Sạch – Đẹp – An toàn")]
    public void Decomposed_input_gives_the_same_slug_as_composed(string title)
    {
        var decomposed = title.Normalize(NormalizationForm.FormD);
        Assert.NotEqual(title, decomposed);
        Assert.Equal(Slug.From(title), Slug.From(decomposed));
    }

    [Theory]
    [InlineData("Xanh – Sạch – Đẹp – An toàn", "xanh-sach-dep-an-toan")]
    [InlineData("  “03 xây, 03 chống và 03 biết”!!! ", "03-xay-03-chong-va-03-biet")]
    [InlineData("COVID-19: Năm thích ứng an toàn, linh hoạt…", "covid-19-nam-thich-ung-an-toan-linh-hoat")]
    [InlineData("Khoa Châm cứu — Dưỡng sinh / Phục hồi (2024)", "khoa-cham-cuu-duong-sinh-phuc-hoi-2024")]
    [InlineData("a\t\n b__c--d", "a-b-c-d")]
    public void Punctuation_and_dashes_collapse_to_single_hyphens(string title, string expected) =>
        Assert.Equal(expected, Slug.From(title));

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("– … !?")]
    public void Text_without_letters_or_digits_gives_an_empty_slug(string title) =>
        Assert.Equal("", Slug.From(title));

    [Fact]
    public void Long_title_is_cut_at_a_word_boundary_within_the_maximum_length()
    {
        var title = string.Join(' ', Enumerable.Repeat("Đổi mới phong cách thái độ phục vụ hướng tới sự hài lòng của người bệnh", 3));
        var full = string.Join('-', Enumerable.Repeat("doi-moi-phong-cach-thai-do-phuc-vu-huong-toi-su-hai-long-cua-nguoi-benh", 3));

        var slug = Slug.From(title);

        Assert.InRange(slug.Length, Slug.MaxLength / 2, Slug.MaxLength);
        Assert.StartsWith(slug, full, StringComparison.Ordinal);
        Assert.Equal('-', full[slug.Length]);
        Assert.False(slug.EndsWith('-'));
    }

    [Fact]
    public void Cut_falling_exactly_between_two_words_keeps_the_last_whole_word()
    {
        // Nine words of eight letters plus their hyphens fill exactly 80 characters; a tenth word follows.
        var words = Enumerable.Range(0, 12).Select(i => "khoa" + (char)('a' + i) + "phg").ToList();
        var full = string.Join('-', words);
        Assert.Equal('-', full[Slug.MaxLength]);

        Assert.Equal(full[..Slug.MaxLength], Slug.From(string.Join(' ', words)));
    }

    [Fact]
    public void A_single_word_longer_than_the_maximum_is_cut_hard() =>
        Assert.Equal(new string('a', Slug.MaxLength), Slug.From(new string('a', Slug.MaxLength + 20)));

    [Theory]
    [InlineData("dien-hinh-tien-tien", true)]
    [InlineData("guong-dien-hinh-2024", true)]
    [InlineData("Dien-hinh", false)]
    [InlineData("điển-hình", false)]
    [InlineData("dien--hinh", false)]
    [InlineData("-dien-hinh", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void IsValid_accepts_only_well_formed_slugs(string? slug, bool expected) =>
        Assert.Equal(expected, Slug.IsValid(slug));

    [Fact]
    public async Task MakeUniqueAsync_keeps_a_free_slug()
    {
        var slug = await Slug.MakeUniqueAsync("dien-hinh", _ => Task.FromResult(false));
        Assert.Equal("dien-hinh", slug);
    }

    [Fact]
    public async Task MakeUniqueAsync_appends_2_then_3_on_collisions()
    {
        var taken = new HashSet<string> { "dien-hinh" };
        Assert.Equal("dien-hinh-2", await Slug.MakeUniqueAsync("dien-hinh", s => Task.FromResult(taken.Contains(s))));

        taken.Add("dien-hinh-2");
        Assert.Equal("dien-hinh-3", await Slug.MakeUniqueAsync("dien-hinh", s => Task.FromResult(taken.Contains(s))));
    }

    [Fact]
    public async Task MakeUniqueAsync_uses_the_fallback_for_an_empty_slug()
    {
        Assert.Equal("bai-viet", await Slug.MakeUniqueAsync("", _ => Task.FromResult(false)));
        Assert.Equal("bai-viet-2", await Slug.MakeUniqueAsync("", s => Task.FromResult(s == "bai-viet")));
        Assert.Equal("ca-nhan", await Slug.MakeUniqueAsync("", _ => Task.FromResult(false), fallback: "ca-nhan"));
    }

    [Fact]
    public async Task MakeUniqueAsync_keeps_a_long_slug_with_its_suffix_within_the_maximum()
    {
        // Nine eight-letter words: a slug of exactly the maximum length, with no room for "-2".
        var root = string.Join('-', Enumerable.Range(0, 9).Select(i => "phuchoi" + (char)('a' + i)));
        Assert.Equal(Slug.MaxLength, root.Length);

        var unique = await Slug.MakeUniqueAsync(root, s => Task.FromResult(s == root));

        Assert.InRange(unique.Length, 1, Slug.MaxLength);
        Assert.EndsWith("-2", unique, StringComparison.Ordinal);
        Assert.True(Slug.IsValid(unique));
    }
}
