using System.Text;
using ThiDuaCms.Content.Tests.Support;

namespace ThiDuaCms.Content.Tests.Search;

/// <summary>A small Vietnamese corpus written for the relevance suite: near-collisions, tone placements, a decision number.</summary>
public sealed class SearchCorpusFixture : IAsyncLifetime
{
    public const string Rose = "Vườn hồng bên khoa Dược";
    public const string Hip = "Điều trị đau vùng hông cho người cao tuổi";
    public const string Doctor = "Bác sĩ Nguyễn Văn An tận tụy với người bệnh";
    public const string North = "Đoàn công tác về các xã phía bắc tỉnh";
    public const string Silver = "Tóc bạc vẫn say nghề: chuyện một điều dưỡng sắp nghỉ hưu";
    public const string Medicine = "Vườn thuốc nam giữa lòng bệnh viện";
    public const string Affiliated = "Các đơn vị trực thuộc Sở Y tế họp sơ kết";
    public const string Hydro = "Thuỷ châm giảm đau cột sống thắt lưng";
    public const string Health = "Chăm sóc sức khoẻ người cao tuổi tại nhà";
    public const string Decision = "Tặng giấy khen cho tập thể khoa Nội";
    public const string Exemplar = "Điển hình tiên tiến năm 2024";
    public const string Creative = "Lao động sáng tạo ở khoa Phục hồi chức năng";
    public const string Scattered = "Một năm nhìn lại của phòng Hành chính";
    public const string Acupuncture = "Châm cứu điều trị mất ngủ";
    public const string LongBody = "Một ngày ở khoa Khám bệnh";
    public const string Nursing = "Điều dưỡng trưởng khoa Ngoại kể chuyện nghề";
    public const string Diabetes = "Phòng ngừa bệnh đái tháo đường";
    public const string YinYang = "Âm dương trong y học cổ truyền";
    public const string Harmony = "Khoa Nhi hòa nhập cộng đồng";

    internal SearchTestBed Bed { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Bed = await SearchTestBed.CreateAsync();
        await Bed.PublishAsync(Rose, "Những khóm hoa hồng do nhân viên khoa tự tay chăm.", "Mỗi sáng, hoa hồng nở đỏ trước cửa khoa.");
        await Bed.PublishAsync(Hip, "Vật lý trị liệu giúp người bệnh đau hông đi lại được.", "Đau khớp hông là bệnh thường gặp.");
        await Bed.PublishAsync(Doctor, "Ba mươi năm gắn bó với nghề.", "Bác sĩ An khám cho hàng trăm người bệnh mỗi tuần.");
        await Bed.PublishAsync(North, "Khám bệnh miễn phí cho người dân.", "Đoàn đi về phía bắc, đến các xã vùng cao.");
        await Bed.PublishAsync(Silver, "Ba mươi lăm năm đứng ở khoa Nội.", "Mái tóc đã bạc nhưng chị vẫn trực đêm.");
        await Bed.PublishAsync(Medicine, "Hơn trăm loại cây thuốc được trồng và chăm sóc.", "Vườn thuốc nam phục vụ giảng dạy và điều trị.");
        await Bed.PublishAsync(Affiliated, "Các bệnh viện trực thuộc báo cáo kết quả sáu tháng.", "Hội nghị sơ kết của các đơn vị thuộc ngành.");
        await Bed.PublishAsync(Hydro, "Kết hợp thủy châm với xoa bóp bấm huyệt.", "Thuỷ châm là kỹ thuật tiêm thuốc vào huyệt.");
        await Bed.PublishAsync(Health, "Hướng dẫn người nhà giữ sức khoẻ cho ông bà.", "Sức khỏe người cao tuổi cần được theo dõi thường xuyên.");
        await Bed.PublishAsync(Decision, "Khen thưởng thành tích năm 2024.",
            "Theo Quyết định số 152/QĐ-SYT ngày 10/01/2025 của Giám đốc Sở Y tế, khoa Nội được tặng giấy khen.");
        await Bed.PublishAsync(Exemplar, "Những gương điển hình tiên tiến của bệnh viện.", "Bình xét các cá nhân điển hình tiên tiến.");
        await Bed.PublishAsync(Creative, "Phong trào lao động sáng tạo trong năm.", "Nhiều sáng kiến cải tiến kỹ thuật được áp dụng.");
        await Bed.PublishAsync(Scattered, "Sáng kiến nhỏ, hiệu quả lớn.",
            "Người lao động được khuyến khích có sáng kiến; phòng tạo điều kiện cho mọi người học tập, động viên nhau.");
        await Bed.PublishAsync(Acupuncture, "Kỹ thuật cổ truyền cho giấc ngủ.", "Người bệnh mất ngủ lâu năm đã ngủ ngon hơn.");
        await Bed.PublishAsync(LongBody, "Ghi chép tại khoa Khám bệnh.",
            string.Join(' ', Enumerable.Repeat("Người bệnh đến khám rất đông từ sáng sớm.", 30)) + " Có người đến để châm cứu.");
        await Bed.PublishAsync(Nursing, "Nghề điều dưỡng cần sự tận tâm.", "Chị là điều dưỡng trưởng được mọi người quý mến.");
        await Bed.PublishAsync(Diabetes, "Kiểm soát đường huyết mỗi ngày.", "Người bệnh đái tháo đường cần ăn uống điều độ.");
        await Bed.PublishAsync(YinYang, "Học thuyết âm dương trong chẩn đoán.", "Cân bằng âm dương là nền tảng của y học cổ truyền.");
        await Bed.PublishAsync(Harmony, "Các cháu được hoà nhập với bạn bè.", "Trẻ được chăm sóc để hoà nhập cộng đồng.");
        await Bed.IndexedAsync();
    }

    public async Task DisposeAsync() => await Bed.DisposeAsync();
}

/// <summary>What a reader finds first for what they type, with and without diacritics, in any case, form or tone placement.</summary>
public sealed class SearchRelevanceTests(SearchCorpusFixture corpus) : IClassFixture<SearchCorpusFixture>
{
    private List<string> Titles(string query) => corpus.Bed.Titles(query);

    [Theory]
    // Near-collisions: the exact spelling comes first.
    [InlineData("hồng", SearchCorpusFixture.Rose)]
    [InlineData("hông", SearchCorpusFixture.Hip)]
    [InlineData("bác sĩ", SearchCorpusFixture.Doctor)]
    [InlineData("bắc", SearchCorpusFixture.North)]
    [InlineData("bạc", SearchCorpusFixture.Silver)]
    [InlineData("thuốc nam", SearchCorpusFixture.Medicine)]
    [InlineData("trực thuộc", SearchCorpusFixture.Affiliated)]
    [InlineData("đường", SearchCorpusFixture.Diabetes)]
    [InlineData("dương", SearchCorpusFixture.YinYang)]
    [InlineData("dưỡng", SearchCorpusFixture.Nursing)]
    // Without diacritics, upper case, old and new tone placement.
    [InlineData("dien hinh tien tien", SearchCorpusFixture.Exemplar)]
    [InlineData("ĐIỂN HÌNH TIÊN TIẾN", SearchCorpusFixture.Exemplar)]
    [InlineData("BAC SI NGUYEN VAN AN", SearchCorpusFixture.Doctor)]
    [InlineData("thủy châm", SearchCorpusFixture.Hydro)]
    [InlineData("thuỷ châm", SearchCorpusFixture.Hydro)]
    [InlineData("sức khỏe người cao tuổi", SearchCorpusFixture.Health)]
    [InlineData("hoà nhập", SearchCorpusFixture.Harmony)]
    [InlineData("hòa nhập", SearchCorpusFixture.Harmony)]
    // Decision numbers: whole, folded, and as two words.
    [InlineData("152/QĐ-SYT", SearchCorpusFixture.Decision)]
    [InlineData("152/QD-SYT", SearchCorpusFixture.Decision)]
    [InlineData("152 qđ", SearchCorpusFixture.Decision)]
    // Titles weigh more than bodies: a title saying it once beats a long body saying it once.
    [InlineData("châm cứu", SearchCorpusFixture.Acupuncture)]
    [InlineData("chăm sóc", SearchCorpusFixture.Health)]
    // Words together (shingles) beat the same words apart.
    [InlineData("lao động sáng tạo", SearchCorpusFixture.Creative)]
    [InlineData("lao dong sang tao", SearchCorpusFixture.Creative)]
    public void The_expected_article_comes_first(string query, string expectedFirst)
    {
        var titles = Titles(query);
        Assert.True(titles.Count > 0 && titles[0] == expectedFirst,
            $"“{query}” gave: {string.Join(" | ", titles)}");
    }

    [Fact]
    public void NFD_input_finds_the_same_as_NFC()
    {
        var nfc = "thuốc nam";
        var nfd = nfc.Normalize(NormalizationForm.FormD);
        Assert.NotEqual(nfc, nfd);
        Assert.Equal(Titles(nfc), Titles(nfd));
        Assert.Equal(SearchCorpusFixture.Medicine, Titles(nfd)[0]);
    }

    [Fact]
    public void A_folded_query_finds_every_spelling_and_the_exact_one_ranks_first_when_typed()
    {
        var folded = Titles("hong");
        Assert.Contains(SearchCorpusFixture.Rose, folded);
        Assert.Contains(SearchCorpusFixture.Hip, folded);
        var exact = Titles("hồng");
        Assert.Contains(SearchCorpusFixture.Hip, exact); // still found, folded, but after
        Assert.True(exact.IndexOf(SearchCorpusFixture.Rose) < exact.IndexOf(SearchCorpusFixture.Hip));

        var bac = Titles("bac");
        Assert.Contains(SearchCorpusFixture.Doctor, bac);
        Assert.Contains(SearchCorpusFixture.North, bac);
        Assert.Contains(SearchCorpusFixture.Silver, bac);
    }

    [Fact]
    public void A_quoted_phrase_finds_the_words_together_only_with_or_without_diacritics()
    {
        Assert.Contains(SearchCorpusFixture.Scattered, Titles("lao động sáng tạo"));
        Assert.Equal([SearchCorpusFixture.Creative], Titles("\"lao động sáng tạo\""));
        Assert.Equal([SearchCorpusFixture.Creative], Titles("\"lao dong sang tao\""));
        Assert.Equal([SearchCorpusFixture.Creative], Titles("“Lao Động Sáng Tạo”"));
    }

    [Fact]
    public void Every_word_of_a_short_query_must_be_found()
    {
        Assert.Empty(Titles("thuốc hông bạc"));
        Assert.Empty(Titles("không có chữ này xyzzy"));
    }

    [Fact]
    public void The_snippet_marks_the_matched_words_whatever_their_diacritics_and_escapes_the_text()
    {
        var hit = corpus.Bed.Search.Search("hoa hong", 1, 10).Hits.Items.First(h => h.Title == SearchCorpusFixture.Rose);
        Assert.Contains("<mark>hoa</mark> <mark>hồng</mark>", hit.SnippetHtml, StringComparison.Ordinal);
        Assert.Equal("/bai-viet/vuon-hong-ben-khoa-duoc", hit.Url);
        Assert.Equal("Bài viết", hit.KindName);
        Assert.Equal(corpus.Bed.Database.NowUtc.AddHours(-1), hit.Date!.Value, TimeSpan.FromSeconds(1));
    }

    [Fact]
    public void Results_are_counted_and_paged()
    {
        var all = corpus.Bed.Search.Search("khoa", 1, 50).Hits;
        Assert.True(all.TotalCount >= 6, $"{all.TotalCount}");
        var second = corpus.Bed.Search.Search("khoa", 2, 3).Hits;
        Assert.Equal(all.TotalCount, second.TotalCount);
        Assert.Equal(all.Items.Skip(3).Take(3).Select(h => h.Title), second.Items.Select(h => h.Title));
    }
}
