using ThiDuaCms.Content.Recognition;

namespace ThiDuaCms.Bench;

/// <summary>
/// The raw material of the bulk articles: a handful of title, summary and body templates, and the names they are
/// filled with. Placeholders are {{NAME}}; they never appear in headings, so the rendered HTML of a template can be
/// filled in the same way as its Markdown (see <see cref="BulkSeeder"/>).
/// </summary>
internal static class BenchData
{
    public static readonly (string Name, DepartmentKind Kind)[] Departments =
    [
        ("Khoa Khám bệnh", DepartmentKind.Clinical),
        ("Khoa Nội tổng hợp", DepartmentKind.Clinical),
        ("Khoa Ngoại – Phụ – Ngũ quan", DepartmentKind.Clinical),
        ("Khoa Phục hồi chức năng", DepartmentKind.Clinical),
        ("Khoa Nhi", DepartmentKind.Clinical),
        ("Khoa Lão khoa", DepartmentKind.Clinical),
        ("Khoa Cấp cứu – Hồi sức tích cực", DepartmentKind.Clinical),
        ("Khoa Dược", DepartmentKind.Clinical),
        ("Khoa Xét nghiệm – Chẩn đoán hình ảnh", DepartmentKind.Clinical),
        ("Khoa Kiểm soát nhiễm khuẩn", DepartmentKind.Clinical),
        ("Khoa Dinh dưỡng", DepartmentKind.Clinical),
        ("Phòng Kế hoạch tổng hợp", DepartmentKind.Office),
        ("Phòng Điều dưỡng", DepartmentKind.Office),
        ("Phòng Tổ chức – Hành chính", DepartmentKind.Office),
        ("Phòng Tài chính – Kế toán", DepartmentKind.Office),
    ];

    public static readonly string[] FamilyNames = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Võ", "Đặng", "Bùi"];
    public static readonly string[] MiddleNames = ["Thị", "Văn", "Minh", "Thị Thanh", "Hữu", "Ngọc", "Đức", "Thị Kim"];
    public static readonly string[] GivenNames = ["An", "Bình", "Châu", "Dũng", "Giang", "Hạnh", "Hùng", "Khánh", "Lan", "Long", "Mai", "Nam", "Oanh", "Phúc", "Quân", "Tâm", "Thảo", "Trung", "Vân", "Yến"];

    public static readonly string[] Positions =
    [
        "Bác sĩ chuyên khoa I", "Bác sĩ chuyên khoa II, Phó trưởng khoa", "Điều dưỡng trưởng khoa", "Kỹ thuật viên trưởng",
        "Dược sĩ đại học", "Cử nhân điều dưỡng", "Thạc sĩ, bác sĩ", "Chuyên viên",
    ];

    public static readonly string[] Tags =
    [
        "châm cứu", "xoa bóp bấm huyệt", "phục hồi chức năng", "dưỡng sinh", "thuốc nam", "cải tiến quy trình",
        "chuyển đổi số", "an toàn người bệnh", "kiểm soát nhiễm khuẩn", "dinh dưỡng", "người cao tuổi", "nhi khoa",
        "đột quỵ", "đau cột sống", "sự hài lòng", "5S", "đào tạo liên tục", "nghiên cứu khoa học", "chỉ đạo tuyến",
        "điều dưỡng", "dược lâm sàng", "cấp cứu", "giáo dục sức khỏe", "tiết kiệm chi phí", "bệnh án điện tử",
        "khen thưởng", "gương người tốt việc tốt", "thi đua yêu nước", "y đức", "cộng đồng",
    ];

    /// <summary>Extra movements beside the demo one, so articles link to more than one.</summary>
    public static readonly (string Name, DateOnly Start, DateOnly? End)[] Movements =
    [
        ("Xây dựng bệnh viện xanh – sạch – đẹp", new DateOnly(2016, 1, 1), new DateOnly(2020, 12, 31)),
        ("Đổi mới phong cách, thái độ phục vụ hướng tới sự hài lòng của người bệnh", new DateOnly(2015, 6, 1), null),
    ];

    public static readonly string[] Topics =
    [
        "châm cứu giảm đau sau phẫu thuật", "xoa bóp bấm huyệt cho người cao tuổi", "phục hồi chức năng sau đột quỵ",
        "sắc thuốc thang bằng máy tự động", "tư vấn dinh dưỡng cho người bệnh đái tháo đường", "đặt lịch khám qua tổng đài",
        "rút ngắn thời gian chờ lĩnh thuốc", "kiểm soát nhiễm khuẩn tại buồng bệnh", "bệnh án điện tử",
        "chăm sóc người bệnh toàn diện", "tập dưỡng sinh buổi sáng", "cấy chỉ điều trị đau vai gáy",
        "thủy châm điều trị thoát vị đĩa đệm", "vật lý trị liệu cho trẻ bại não", "xông hơi thuốc nam",
        "thực hành 5S tại khoa, phòng", "báo cáo sự cố y khoa tự nguyện", "quản lý vật tư tiêu hao",
        "bảo tồn vườn cây thuốc nam", "truyền thông giáo dục sức khỏe", "khám sàng lọc loãng xương",
        "cấp cứu ngừng tuần hoàn", "chuyển đổi số trong khám chữa bệnh", "thanh toán viện phí không dùng tiền mặt",
        "hoạt động trị liệu sau chấn thương",
    ];

    /// <summary>{0} topic, {1} department, {2} person, {3} year, {4} a count.</summary>
    public static readonly string[] Titles =
    [
        "Mô hình {0} tại {1}",
        "Sáng kiến {0}: hiệu quả sau {4} tháng triển khai",
        "Kinh nghiệm {0} ở {1}",
        "{1} triển khai {0} năm {3}",
        "Gương sáng {2} với {0}",
        "Cải tiến {0} giúp người bệnh bớt chờ đợi",
        "Nhìn lại {4} tháng thực hiện {0} tại {1}",
    ];

    public static readonly string[] Summaries =
    [
        "{{KHOA}} chia sẻ kết quả triển khai {{CHU_DE}}, với {{SO}} lượt người bệnh được hưởng lợi trong năm {{NAM}}.",
        "Từ một ý tưởng nhỏ của {{NGUOI}}, {{CHU_DE}} đã trở thành cách làm quen thuộc của {{KHOA}}.",
        "Sau {{SO}} tháng áp dụng {{CHU_DE}}, tỷ lệ người bệnh hài lòng tại {{KHOA}} đạt {{PHAN_TRAM}}%.",
        "Bài học kinh nghiệm về {{CHU_DE}} được {{KHOA}} đúc kết trong năm {{NAM}}.",
    ];

    public static readonly string[] Bodies =
    [
        """
        ## Bối cảnh

        Trong năm {{NAM}}, số người bệnh đến khám và điều trị tại {{KHOA}} tăng rõ rệt so với các năm trước, trong khi nhân lực và cơ sở vật chất còn hạn chế. Nhiều người bệnh phản ánh thời gian chờ đợi kéo dài, quy trình còn nhiều bước thủ công, thông tin hướng dẫn chưa rõ ràng. Trước thực tế đó, tập thể khoa đã họp bàn, lắng nghe ý kiến của người bệnh và thống nhất xây dựng mô hình {{CHU_DE}}.

        ## Cách làm

        Mô hình được triển khai theo từng bước, có đánh giá sau mỗi giai đoạn:

        1. Khảo sát thực trạng, thu thập số liệu trước can thiệp trong ba tháng đầu năm.
        2. Xây dựng quy trình mới, phân công rõ người phụ trách từng khâu và thời gian hoàn thành.
        3. Tập huấn cho toàn bộ bác sĩ, điều dưỡng, kỹ thuật viên của khoa; tổ chức làm thử trong hai tuần.
        4. Áp dụng chính thức, kiểm tra định kỳ hằng tháng và điều chỉnh kịp thời những điểm chưa hợp lý.

        Người trực tiếp theo dõi và hướng dẫn là {{NGUOI}}, người đã có nhiều năm gắn bó với công việc chuyên môn và luôn sẵn lòng chia sẻ kinh nghiệm với đồng nghiệp trẻ.

        ## Kết quả đạt được

        Sau {{SO}} tháng áp dụng, mô hình mang lại những kết quả đáng ghi nhận:

        - Thời gian chờ trung bình của người bệnh giảm gần một nửa so với trước khi triển khai.
        - Tỷ lệ người bệnh hài lòng đạt **{{PHAN_TRAM}}%** theo phiếu khảo sát của Phòng Quản lý chất lượng.
        - Không ghi nhận sự cố y khoa nào liên quan đến quy trình mới.
        - Chi phí vật tư tiêu hao giảm nhờ sắp xếp lại kho và sử dụng hợp lý.

        ## Bài học kinh nghiệm

        Thành công của mô hình đến từ sự đồng lòng của tập thể, sự quan tâm chỉ đạo sát sao của Ban Giám đốc và việc lấy người bệnh làm trung tâm trong mọi thay đổi. Khoa sẽ tiếp tục hoàn thiện quy trình, chia sẻ cách làm với các khoa, phòng khác và đề xuất Hội đồng sáng kiến xem xét công nhận.
        """,
        """
        ## Ý tưởng ban đầu

        Xuất phát từ những khó khăn trong công việc hằng ngày, {{NGUOI}} đã đề xuất sáng kiến {{CHU_DE}} với mong muốn giảm bớt thao tác thủ công và nâng cao chất lượng phục vụ người bệnh. Ý tưởng được lãnh đạo {{KHOA}} ủng hộ và giao cho một nhóm nhỏ cùng thực hiện từ đầu năm {{NAM}}.

        ## Nội dung sáng kiến

        Sáng kiến gồm ba phần chính:

        - **Chuẩn hóa quy trình**: mỗi bước đều có bảng kiểm, ai làm, làm khi nào, ghi chép ở đâu.
        - **Ứng dụng công nghệ thông tin**: thay sổ sách giấy bằng phần mềm, tra cứu nhanh, hạn chế sai sót.
        - **Đào tạo tại chỗ**: mỗi tuần một buổi sinh hoạt chuyên môn ngắn để trao đổi những vướng mắc.

        | Chỉ số | Trước khi áp dụng | Sau khi áp dụng |
        |---|---|---|
        | Thời gian thực hiện một lượt | 25 phút | 12 phút |
        | Tỷ lệ hài lòng | 78% | {{PHAN_TRAM}}% |

        ## Hiệu quả

        Trong {{SO}} tháng đầu áp dụng, sáng kiến đã giúp tiết kiệm đáng kể thời gian của nhân viên y tế, người bệnh được phục vụ nhanh hơn và chính xác hơn. Nhiều khoa bạn đã đến học tập, trao đổi kinh nghiệm để nhân rộng.

        ## Khả năng nhân rộng

        Sáng kiến không đòi hỏi đầu tư lớn, dễ áp dụng ở các đơn vị có điều kiện tương tự. Hội đồng sáng kiến bệnh viện đánh giá cao tính mới và tính hiệu quả, đề nghị tiếp tục theo dõi để hoàn thiện trong thời gian tới.
        """,
        """
        ## Những ngày đầu

        Gắn bó với {{KHOA}} từ những ngày còn nhiều khó khăn, {{NGUOI}} luôn được đồng nghiệp nhắc đến như một người tận tụy, chu đáo và giàu lòng yêu nghề. Không chỉ giỏi chuyên môn, chị còn là người khởi xướng nhiều cách làm hay, trong đó có {{CHU_DE}}.

        ## Tận tâm với người bệnh

        Mỗi buổi sáng, trước giờ giao ban, chị đều đi một vòng buồng bệnh để hỏi han, động viên người bệnh. Những người bệnh cao tuổi, ở xa, hoàn cảnh khó khăn luôn được chị quan tâm đặc biệt. Nhiều người bệnh sau khi ra viện vẫn gọi điện hỏi thăm, cảm ơn chị và tập thể khoa.

        > Người thầy thuốc giỏi trước hết phải là người biết lắng nghe người bệnh.

        ## Thành tích

        Trong năm {{NAM}}, chị được bình xét danh hiệu Chiến sĩ thi đua cơ sở, được Giám đốc Sở Y tế tặng giấy khen vì có thành tích xuất sắc trong phong trào thi đua. Sáng kiến của chị đã giúp hơn {{SO}} lượt người bệnh được chăm sóc tốt hơn, tỷ lệ hài lòng đạt {{PHAN_TRAM}}%.

        ## Lan tỏa

        Tấm gương của chị là động lực để các bạn trẻ trong khoa phấn đấu, rèn luyện y đức, nâng cao trình độ chuyên môn, góp phần xây dựng bệnh viện ngày càng phát triển, xứng đáng với niềm tin của nhân dân.
        """,
        """
        ## Đặt vấn đề

        Công tác {{CHU_DE}} giữ vai trò quan trọng trong việc nâng cao chất lượng khám bệnh, chữa bệnh bằng y học cổ truyền kết hợp y học hiện đại. Tuy vậy, trong thực tế triển khai tại {{KHOA}}, vẫn còn những khó khăn nhất định về nhân lực, trang thiết bị và sự phối hợp giữa các bộ phận.

        ## Kinh nghiệm rút ra

        Qua {{SO}} tháng thực hiện, tập thể khoa rút ra một số kinh nghiệm:

        - Lãnh đạo khoa phải trực tiếp chỉ đạo, phân công cụ thể và kiểm tra thường xuyên.
        - Mọi thay đổi cần được giải thích rõ cho người bệnh và người nhà người bệnh.
        - Số liệu phải được ghi chép đầy đủ để đánh giá khách quan trước và sau can thiệp.
        - Khen thưởng kịp thời những cá nhân có đóng góp, như {{NGUOI}}, để tạo động lực chung.

        ## Kết quả

        Tỷ lệ người bệnh hài lòng năm {{NAM}} đạt {{PHAN_TRAM}}%, cao hơn mục tiêu đề ra. Không có khiếu nại liên quan đến thái độ phục vụ. Khoa được Ban Giám đốc đánh giá là đơn vị tiêu biểu trong phong trào thi đua của bệnh viện.

        ## Kiến nghị

        Đề nghị bệnh viện tiếp tục đầu tư trang thiết bị, tạo điều kiện cho nhân viên tham gia các lớp đào tạo liên tục, đồng thời tổ chức hội thảo chia sẻ kinh nghiệm giữa các khoa, phòng để nhân rộng cách làm hiệu quả.
        """,
    ];

    public static readonly string[] Authors =
    [
        "Phòng Đào tạo – NCKH – CĐT", "Phòng Điều dưỡng", "Phòng Kế hoạch tổng hợp", "Ban biên tập",
    ];
}
