using ThiDuaCms.Content.Recognition;
using static ThiDuaCms.Content.Data.Seed.StandardCatalog;

namespace ThiDuaCms.Content.Data.Seed;

internal static partial class DemoContent
{
    // Tên phong trào dùng nhiều lần trong danh sách khen thưởng; phải trùng từng ký tự với Movements.
    private const string HocTapLamTheoBac = "Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh";
    private const string PhongChongCovid = "Năm thích ứng an toàn, linh hoạt, kiểm soát hiệu quả dịch COVID-19";
    private const string DoiMoiPhongCach = "Đổi mới phong cách thái độ phục vụ của cán bộ y tế hướng tới sự hài lòng của người bệnh";
    private const string XanhSachDep = "Xanh – Sạch – Đẹp – An toàn";
    private const string LaoDongGioi = "Lao động giỏi, lao động sáng tạo";
    private const string DatSenHong = "Tạo dựng hình ảnh người cán bộ y tế Đất Sen Hồng";
    private const string KyNiemChuong = "Kỷ niệm chương “Vì sức khỏe nhân dân”";

    public static readonly DemoDepartment[] Departments =
    [
        new("Khoa Khám bệnh", DepartmentKind.Clinical,
            "Tiếp đón, khám, phân loại người bệnh ngoại trú và tư vấn điều trị bằng y học cổ truyền kết hợp y học hiện đại."),
        new("Khoa Châm cứu – Dưỡng sinh", DepartmentKind.Clinical,
            "Điều trị bằng châm cứu, điện châm, thủy châm, cấy chỉ và hướng dẫn tập luyện dưỡng sinh cho người bệnh."),
        new("Khoa Nội tổng hợp", DepartmentKind.Clinical,
            "Điều trị nội trú các bệnh lý cơ xương khớp, thần kinh, tim mạch, tiêu hóa và bệnh mạn tính ở người cao tuổi."),
        new("Khoa Phục hồi chức năng", DepartmentKind.Clinical,
            "Vật lý trị liệu, vận động trị liệu, hoạt động trị liệu cho người bệnh sau đột quỵ, chấn thương và phẫu thuật."),
        new("Khoa Nhi", DepartmentKind.Clinical,
            "Khám, điều trị và phục hồi chức năng cho trẻ bại não, chậm phát triển, rối loạn phổ tự kỷ và các bệnh nhi thường gặp."),
        new("Khoa Ngoại – Phụ", DepartmentKind.Clinical,
            "Điều trị các bệnh lý ngoại khoa, hậu môn – trực tràng và phụ khoa bằng phương pháp y học cổ truyền kết hợp thủ thuật."),
        new("Khoa Ngũ quan", DepartmentKind.Clinical,
            "Khám và điều trị các bệnh lý mắt, tai mũi họng và răng hàm mặt, kết hợp châm cứu trong các chứng liệt mặt, ù tai."),
        new("Khoa Dược", DepartmentKind.Clinical,
            "Cung ứng, bào chế, cấp phát thuốc thang, thành phẩm y học cổ truyền và quản lý sử dụng thuốc an toàn, hợp lý."),
        new("Khoa Cận lâm sàng", DepartmentKind.Clinical,
            "Thực hiện xét nghiệm huyết học, sinh hóa, chẩn đoán hình ảnh và thăm dò chức năng phục vụ chẩn đoán, điều trị."),
        new("Khoa Kiểm soát nhiễm khuẩn", DepartmentKind.Clinical,
            "Giám sát nhiễm khuẩn bệnh viện, khử khuẩn, tiệt khuẩn dụng cụ và quản lý chất thải y tế."),
        new("Khoa Dinh dưỡng", DepartmentKind.Clinical,
            "Tư vấn dinh dưỡng, xây dựng chế độ ăn bệnh lý và phối hợp món ăn – bài thuốc cho người bệnh nội trú."),
        new("Phòng Kế hoạch tổng hợp", DepartmentKind.Office,
            "Lập kế hoạch hoạt động chuyên môn, quản lý hồ sơ bệnh án, công nghệ thông tin và quản lý chất lượng bệnh viện."),
        new("Phòng Tổ chức – Hành chính", DepartmentKind.Office,
            "Tổ chức cán bộ, thi đua – khen thưởng, văn thư, truyền thông và bảo đảm hậu cần, an ninh trật tự."),
        new("Phòng Tài chính – Kế toán", DepartmentKind.Office,
            "Quản lý tài chính, thu viện phí, thanh quyết toán bảo hiểm y tế và thực hiện công khai tài chính."),
        new("Phòng Điều dưỡng", DepartmentKind.Office,
            "Quản lý, đào tạo và giám sát công tác chăm sóc người bệnh toàn diện của đội ngũ điều dưỡng, kỹ thuật viên, hộ lý."),
        new("Phòng Đào tạo – Nghiên cứu khoa học – Chỉ đạo tuyến", DepartmentKind.Office,
            "Tổ chức đào tạo liên tục, quản lý đề tài, sáng kiến và chuyển giao kỹ thuật y học cổ truyền cho tuyến dưới."),
        new("Phòng Vật tư – Trang thiết bị y tế", DepartmentKind.Office,
            "Mua sắm, quản lý, bảo dưỡng và kiểm định trang thiết bị, vật tư y tế của bệnh viện."),
    ];

    public static readonly DemoPerson[] People =
    [
        // Khoa Khám bệnh
        new("Trần Văn Hùng", "Bác sĩ chuyên khoa I, Trưởng khoa", "Khoa Khám bệnh",
            "Người khởi xướng mô hình một cửa tiếp đón người bệnh từ năm 2021. Hơn 18 năm khám và tư vấn điều trị y học cổ truyền ngoại trú."),
        new("Lê Thị Mỹ Hạnh", "Điều dưỡng trưởng khoa", "Khoa Khám bệnh",
            "Phụ trách khu tiếp đón, phân luồng người bệnh; luôn có mặt từ sáu giờ sáng để hỗ trợ người cao tuổi làm thủ tục."),
        new("Phạm Quốc Bảo", "Y sĩ y học cổ truyền", "Khoa Khám bệnh",
            "Y sĩ trẻ nhiệt tình, được người bệnh nhiều lần gửi thư cảm ơn vì thái độ ân cần, hướng dẫn tận tình."),

        // Khoa Châm cứu – Dưỡng sinh
        new("Nguyễn Thị Thu Hà", "Bác sĩ chuyên khoa II, Trưởng khoa", "Khoa Châm cứu – Dưỡng sinh",
            "Hơn 20 năm gắn bó với nghề châm cứu, chủ nhiệm đề tài phối hợp điện châm và vận động sớm cho người bệnh sau nhồi máu não. Chiến sĩ thi đua cấp tỉnh năm 2023.", true),
        new("Võ Minh Tuấn", "Bác sĩ y học cổ truyền", "Khoa Châm cứu – Dưỡng sinh",
            "Thành viên nhóm nghiên cứu điện châm phục hồi vận động sau đột quỵ; tham gia chuyển giao kỹ thuật châm cứu cho tuyến huyện."),
        new("Huỳnh Thị Kim Oanh", "Điều dưỡng trưởng khoa", "Khoa Châm cứu – Dưỡng sinh",
            "Xây dựng bảng kiểm an toàn thủ thuật thủy châm và tổ chức tập huấn kiểm soát nhiễm khuẩn cho điều dưỡng trong khoa."),
        new("Đặng Thị Ngọc Lan", "Y sĩ y học cổ truyền", "Khoa Châm cứu – Dưỡng sinh",
            "Hướng dẫn viên dưỡng sinh nhiều năm, trực tiếp đứng lớp dưỡng sinh cho người cao tuổi tại các phường, xã."),

        // Khoa Nội tổng hợp
        new("Hoàng Đức Thịnh", "Bác sĩ chuyên khoa II, Trưởng khoa", "Khoa Nội tổng hợp",
            "Chuyên sâu điều trị bệnh lý cơ xương khớp bằng y học cổ truyền; được tặng Kỷ niệm chương Vì sức khỏe nhân dân năm 2022."),
        new("Bùi Thị Thanh Thủy", "Bác sĩ chuyên khoa I, Phó trưởng khoa", "Khoa Nội tổng hợp",
            "Chủ nhiệm đề tài cấy chỉ catgut điều trị đau thắt lưng; hai năm liền đạt danh hiệu Chiến sĩ thi đua cơ sở.", true),
        new("Đỗ Văn Lực", "Điều dưỡng trưởng khoa", "Khoa Nội tổng hợp",
            "Tổ chức chăm sóc người bệnh nặng, người cao tuổi nằm lâu; từng tăng cường cho khu điều trị COVID-19 của tỉnh năm 2021."),
        new("Ngô Thị Bích Ngọc", "Điều dưỡng", "Khoa Nội tổng hợp",
            "Điều dưỡng trực tiếp chăm sóc, được đồng nghiệp tín nhiệm làm tổ trưởng tổ truyền thông giáo dục sức khỏe của khoa."),

        // Khoa Phục hồi chức năng
        new("Phan Thanh Sơn", "Thạc sĩ, Bác sĩ, Trưởng khoa", "Khoa Phục hồi chức năng",
            "Đào tạo chuyên sâu phục hồi chức năng thần kinh, phối hợp với Khoa Châm cứu – Dưỡng sinh xây dựng phác đồ phục hồi sau đột quỵ."),
        new("Lý Hoàng Nam", "Kỹ thuật viên trưởng khoa", "Khoa Phục hồi chức năng",
            "Tác giả bộ dụng cụ tập vận động bàn tay tự chế từ vật liệu sẵn có, giúp bệnh viện tiết kiệm hàng chục triệu đồng mỗi năm.", true),
        new("Trương Thị Diệu Linh", "Kỹ thuật viên phục hồi chức năng", "Khoa Phục hồi chức năng",
            "Phụ trách tập vận động cho người bệnh sau thay khớp và chấn thương chỉnh hình; tích cực nghiên cứu các phương pháp chườm thảo dược."),
        new("Mai Xuân Phúc", "Kỹ thuật viên phục hồi chức năng", "Khoa Phục hồi chức năng",
            "Đồng tác giả bộ dụng cụ tập vận động bàn tay; nhiều năm tham gia đoàn khám, tư vấn phục hồi chức năng tại các xã miền núi."),
        new("Dương Thị Hồng Nhung", "Kỹ thuật viên hoạt động trị liệu", "Khoa Phục hồi chức năng",
            "Hướng dẫn người bệnh tập các hoạt động sinh hoạt hằng ngày để sớm tự chăm sóc bản thân sau khi ra viện."),

        // Khoa Nhi
        new("Lương Thị Phương Thảo", "Bác sĩ chuyên khoa I, Trưởng khoa", "Khoa Nhi",
            "Người xây dựng phòng tập phục hồi chức năng cho trẻ tự kỷ và chậm phát triển; Chiến sĩ thi đua cấp tỉnh năm 2024.", true),
        new("Cao Thị Tuyết Mai", "Kỹ thuật viên ngôn ngữ trị liệu", "Khoa Nhi",
            "Kiên trì can thiệp ngôn ngữ cho trẻ chậm nói; được nhiều phụ huynh tin tưởng gọi thân mật là “cô Mai”."),
        new("Tôn Nữ Minh Châu", "Điều dưỡng trưởng khoa", "Khoa Nhi",
            "Tổ chức chăm sóc trẻ nội trú và hướng dẫn phụ huynh thực hiện bài tập phục hồi chức năng tại nhà."),

        // Khoa Ngoại – Phụ
        new("Đinh Công Thành", "Bác sĩ chuyên khoa I, Trưởng khoa", "Khoa Ngoại – Phụ",
            "Chủ nhiệm đề tài kết hợp xoa bóp bấm huyệt và chườm thảo dược giảm đau sau thủ thuật điều trị trĩ."),
        new("Kiều Thị Thanh Hoa", "Hộ sinh", "Khoa Ngoại – Phụ",
            "Tư vấn chăm sóc sức khỏe phụ nữ sau sinh bằng y học cổ truyền; nổi bật trong các hoạt động thiện nguyện của Công đoàn bệnh viện."),
        new("Châu Văn Lộc", "Bác sĩ y học cổ truyền", "Khoa Ngoại – Phụ",
            "Bác sĩ trẻ tham gia nhóm nghiên cứu của khoa, thực hiện thành thạo các thủ thuật ngoại khoa kết hợp y học cổ truyền."),

        // Khoa Ngũ quan
        new("Lâm Thị Ánh Tuyết", "Bác sĩ chuyên khoa I, Phụ trách khoa", "Khoa Ngũ quan",
            "Điều trị liệt dây thần kinh VII ngoại biên và ù tai bằng châm cứu kết hợp thuốc y học cổ truyền."),
        new("Tạ Quang Vinh", "Bác sĩ răng hàm mặt", "Khoa Ngũ quan",
            "Phụ trách khám răng miệng cho người bệnh nội trú và các đợt khám sức khỏe học đường của bệnh viện."),

        // Khoa Dược
        new("Thái Thị Minh Nguyệt", "Dược sĩ chuyên khoa I, Trưởng khoa", "Khoa Dược",
            "Người gây dựng vườn thuốc nam mẫu của bệnh viện; hơn 25 năm làm công tác dược liệu và bào chế thuốc y học cổ truyền.", true),
        new("Quách Văn Hiếu", "Dược sĩ đại học", "Khoa Dược",
            "Tác giả sáng kiến cấp phát thuốc thang theo đơn điện tử; phụ trách kho dược liệu và kiểm nghiệm cảm quan."),
        new("Võ Thị Hồng Vân", "Dược sĩ cao đẳng", "Khoa Dược",
            "Trực tiếp cân, bốc và cấp phát thuốc thang; cẩn thận, tỉ mỉ, nhiều năm liền không để xảy ra sai sót."),

        // Khoa Cận lâm sàng
        new("Nguyễn Hữu Phước", "Bác sĩ chuyên khoa I, Trưởng khoa", "Khoa Cận lâm sàng",
            "Phụ trách chẩn đoán hình ảnh và thăm dò chức năng; chỉ đạo khoa đạt tiêu chuẩn liên thông kết quả xét nghiệm."),
        new("Trần Thị Thu Sương", "Kỹ thuật viên xét nghiệm", "Khoa Cận lâm sàng",
            "Tác giả sáng kiến lấy mẫu xét nghiệm tại giường cho người bệnh hạn chế vận động."),
        new("Đoàn Minh Khang", "Kỹ thuật viên chẩn đoán hình ảnh", "Khoa Cận lâm sàng",
            "Thực hiện chụp X-quang, siêu âm hỗ trợ; từng tham gia tổ lấy mẫu xét nghiệm COVID-19 lưu động năm 2021–2022."),

        // Khoa Kiểm soát nhiễm khuẩn
        new("Hồ Thị Lệ Quyên", "Cử nhân điều dưỡng, Phụ trách khoa", "Khoa Kiểm soát nhiễm khuẩn",
            "Đầu mối xây dựng mô hình Bệnh viện không khói thuốc lá và phân loại chất thải nhựa tại nguồn.", true),
        new("Phạm Văn Tài", "Điều dưỡng", "Khoa Kiểm soát nhiễm khuẩn",
            "Giám sát vệ sinh tay và thu gom chất thải y tế; người trực tiếp vận hành khu khử khuẩn, tiệt khuẩn tập trung."),

        // Khoa Dinh dưỡng
        new("La Thị Thanh Tâm", "Cử nhân dinh dưỡng, Phụ trách khoa", "Khoa Dinh dưỡng",
            "Xây dựng thực đơn bệnh lý theo thể bệnh y học cổ truyền cho người bệnh đái tháo đường, tăng huyết áp."),
        new("Huỳnh Văn Đạt", "Kỹ thuật viên dinh dưỡng", "Khoa Dinh dưỡng",
            "Phụ trách bếp ăn bệnh lý, bảo đảm an toàn thực phẩm và cung cấp suất ăn đúng giờ cho người bệnh nội trú."),

        // Phòng Kế hoạch tổng hợp
        new("Vũ Ngọc Quang", "Bác sĩ chuyên khoa I, Trưởng phòng", "Phòng Kế hoạch tổng hợp",
            "Chỉ đạo triển khai bệnh án điện tử, ký số và các ứng dụng chuyển đổi số trong khám chữa bệnh."),
        new("Nguyễn Thị Kim Chi", "Kỹ sư công nghệ thông tin", "Phòng Kế hoạch tổng hợp",
            "Tác giả phần mềm đặt lịch khám và nhắc lịch tái khám qua Zalo; người “gỡ rối” máy tính cho mọi khoa, phòng.", true),

        // Phòng Tổ chức – Hành chính
        new("Trần Quang Huy", "Cử nhân quản trị nhân lực, Trưởng phòng", "Phòng Tổ chức – Hành chính",
            "Thường trực Hội đồng Thi đua – Khen thưởng bệnh viện; đồng tác giả mô hình Bệnh viện không khói thuốc lá."),
        new("Lê Minh Tâm", "Chuyên viên, phụ trách truyền thông", "Phòng Tổ chức – Hành chính",
            "Biên tập trang tin điện tử và trang mạng xã hội của bệnh viện; viết nhiều bài về gương người tốt, việc tốt trong ngành."),
        new("Phan Thị Ngọc Hân", "Nhân viên văn thư", "Phòng Tổ chức – Hành chính",
            "Quản lý văn bản đi, đến và hồ sơ thi đua – khen thưởng; chủ động số hóa kho lưu trữ của bệnh viện."),

        // Phòng Tài chính – Kế toán
        new("Hoàng Thị Thu Trang", "Kế toán trưởng", "Phòng Tài chính – Kế toán",
            "Triển khai thanh toán viện phí không dùng tiền mặt; bảo đảm công khai, minh bạch tài chính bệnh viện."),
        new("Nguyễn Văn Toàn", "Kế toán viên", "Phòng Tài chính – Kế toán",
            "Phụ trách quầy thu viện phí và đối chiếu thanh toán bảo hiểm y tế; nhanh nhẹn, vui vẻ với người bệnh."),

        // Phòng Điều dưỡng
        new("Bùi Thị Ngọc Ánh", "Cử nhân điều dưỡng, Trưởng phòng", "Phòng Điều dưỡng",
            "Điều dưỡng trưởng bệnh viện, người khởi xướng bộ tài liệu hướng dẫn chăm sóc người bệnh đột quỵ tại nhà có mã QR.", true),
        new("Võ Thị Thanh Nga", "Cử nhân điều dưỡng, chuyên trách công tác xã hội", "Phòng Điều dưỡng",
            "Kết nối nhà hảo tâm hỗ trợ người bệnh khó khăn, tổ chức các buổi sinh hoạt câu lạc bộ người bệnh sau đột quỵ."),

        // Phòng Đào tạo – Nghiên cứu khoa học – Chỉ đạo tuyến
        new("Đặng Quốc Việt", "Thạc sĩ, Bác sĩ chuyên khoa II, Trưởng phòng", "Phòng Đào tạo – Nghiên cứu khoa học – Chỉ đạo tuyến",
            "Thư ký Hội đồng Khoa học – Sáng kiến bệnh viện; phụ trách chuyển giao kỹ thuật y học cổ truyền cho các trung tâm y tế tuyến huyện."),
        new("Trịnh Thị Hải Yến", "Chuyên viên đào tạo", "Phòng Đào tạo – Nghiên cứu khoa học – Chỉ đạo tuyến",
            "Quản lý đào tạo liên tục và hồ sơ sáng kiến; tổ chức các lớp tập huấn trực tuyến cho tuyến xã."),

        // Phòng Vật tư – Trang thiết bị y tế
        new("Lưu Văn Trung", "Kỹ sư thiết bị y tế, Trưởng phòng", "Phòng Vật tư – Trang thiết bị y tế",
            "Tác giả sáng kiến quản lý bảo dưỡng thiết bị y tế bằng mã QR; tự sửa chữa nhiều thiết bị vật lý trị liệu."),
        new("Hà Minh Đức", "Kỹ thuật viên thiết bị y tế", "Phòng Vật tư – Trang thiết bị y tế",
            "Trực tiếp bảo dưỡng máy điện châm, máy kéo giãn cột sống và thiết bị vật lý trị liệu tại các khoa."),
    ];

    public static readonly DemoMovement[] Movements =
    [
        new(HocTapLamTheoBac,
            "Đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh gắn với Quy tắc ứng xử “03 xây, 03 chống và 03 biết” của cán bộ y tế bệnh viện.",
            new DateOnly(2021, 1, 1), new DateOnly(2030, 12, 31),
            "Đưa việc học tập và làm theo Bác trở thành việc làm thường xuyên của mỗi tập thể, cá nhân.\n"
            + "- 100% viên chức, người lao động được quán triệt chuyên đề học tập hằng năm.\n"
            + "- Mỗi khoa, phòng đăng ký ít nhất một việc làm cụ thể để làm theo Bác.\n"
            + "- Thực hiện nghiêm Quy tắc ứng xử “03 xây, 03 chống và 03 biết”: xây dựng tinh thần trách nhiệm, lòng nhân ái, văn hóa ứng xử; chống tiêu cực, thờ ơ, gây phiền hà; biết lắng nghe, biết chia sẻ, biết cảm thông.",
            "Tập thể không có viên chức vi phạm đạo đức nghề nghiệp, không bị phản ánh về thái độ phục vụ.\n"
            + "- Cá nhân có ít nhất một việc làm làm theo Bác được khoa, phòng xác nhận.\n"
            + "- Được bình xét là điển hình trong học tập và làm theo Bác ở hội nghị sơ kết, tổng kết hằng năm."),
        new(PhongChongCovid,
            "Thích ứng an toàn, linh hoạt với dịch COVID-19, vừa phòng, chống dịch hiệu quả vừa bảo đảm khám chữa bệnh thường xuyên cho nhân dân.",
            new DateOnly(2022, 1, 1), new DateOnly(2022, 12, 31),
            "Không để lây nhiễm chéo trong bệnh viện, duy trì hoạt động khám chữa bệnh an toàn.\n"
            + "- 100% viên chức, người lao động được tiêm đủ liều vắc xin theo hướng dẫn.\n"
            + "- Duy trì phân luồng, sàng lọc người bệnh có triệu chứng hô hấp tại khu tiếp đón.\n"
            + "- Tổ chức phục hồi chức năng cho người bệnh sau mắc COVID-19 bằng y học cổ truyền kết hợp tập thở.",
            "Không có ca lây nhiễm chéo trong bệnh viện do lỗi chuyên môn.\n"
            + "- Hoàn thành nhiệm vụ tăng cường, hỗ trợ địa phương khi được điều động.\n"
            + "- Chấp hành nghiêm quy trình kiểm soát nhiễm khuẩn, được Khoa Kiểm soát nhiễm khuẩn đánh giá đạt."),
        new(DoiMoiPhongCach,
            "Đổi mới phong cách, thái độ phục vụ, lấy người bệnh làm trung tâm, hướng tới tỷ lệ người bệnh hài lòng trên 90%.",
            new DateOnly(2021, 1, 1), new DateOnly(2030, 12, 31),
            "Nâng cao chất lượng phục vụ và sự hài lòng của người bệnh, người nhà người bệnh.\n"
            + "- Tỷ lệ người bệnh hài lòng chung đạt trên 90%, khảo sát định kỳ hằng quý.\n"
            + "- Cải tiến quy trình tiếp đón, rút ngắn thời gian chờ khám, chờ lấy thuốc.\n"
            + "- Tăng cường công tác xã hội, hỗ trợ người bệnh có hoàn cảnh khó khăn.",
            "Tập thể có tỷ lệ hài lòng của người bệnh trên 90% và không có đơn thư khiếu nại đúng về thái độ phục vụ.\n"
            + "- Cá nhân được người bệnh khen ngợi bằng thư, phiếu góp ý hoặc đường dây nóng.\n"
            + "- Có ít nhất một cải tiến quy trình phục vụ người bệnh trong năm."),
        new(XanhSachDep,
            "Xây dựng bệnh viện xanh, sạch, đẹp, an toàn, thực hiện Cơ sở y tế không khói thuốc lá và giảm thiểu chất thải nhựa.",
            new DateOnly(2021, 1, 1), new DateOnly(2025, 12, 31),
            "Khuôn viên bệnh viện xanh, sạch, đẹp; môi trường làm việc an toàn cho người bệnh và nhân viên y tế.\n"
            + "- Giữ vững danh hiệu Cơ sở y tế không khói thuốc lá, không hút thuốc trong toàn bộ khuôn viên.\n"
            + "- Phân loại 100% chất thải y tế tại nguồn, giảm sử dụng túi ni lông và đồ nhựa dùng một lần.\n"
            + "- Mỗi khoa, phòng nhận chăm sóc một khu vực cây xanh hoặc góc vườn thuốc nam.",
            "Đạt điểm kiểm tra Xanh – Sạch – Đẹp từ 90/100 điểm trở lên trong các đợt kiểm tra định kỳ.\n"
            + "- Không có viên chức, người lao động vi phạm quy định cấm hút thuốc lá.\n"
            + "- Không để xảy ra sự cố mất an toàn về điện, phòng cháy chữa cháy, an ninh trật tự."),
        new(LaoDongGioi,
            "Khuyến khích nghiên cứu khoa học, sáng kiến cải tiến kỹ thuật và ứng dụng công nghệ thông tin trong khám chữa bệnh và quản lý.",
            new DateOnly(2021, 1, 1), new DateOnly(2030, 12, 31),
            "Phát huy tinh thần sáng tạo của viên chức, người lao động để nâng cao chất lượng chuyên môn.\n"
            + "- Mỗi khoa, phòng đăng ký ít nhất một sáng kiến, mô hình hoặc đề tài trước ngày 10/01 hằng năm.\n"
            + "- Triển khai ít nhất hai kỹ thuật mới, kỹ thuật vượt tuyến mỗi năm.\n"
            + "- Đẩy mạnh chuyển đổi số: bệnh án điện tử, đặt lịch khám trực tuyến, thanh toán không dùng tiền mặt.",
            "Cá nhân hoàn thành xuất sắc nhiệm vụ và có sáng kiến được Hội đồng sáng kiến công nhận.\n"
            + "- Đề tài nghiên cứu khoa học được nghiệm thu đạt loại khá trở lên.\n"
            + "- Sáng kiến có hiệu quả được đo lường rõ: tiết kiệm chi phí, rút ngắn thời gian hoặc tăng sự hài lòng."),
        new(DatSenHong,
            "Xây dựng hình ảnh người cán bộ y tế Khánh Hòa tận tụy, chuyên nghiệp, nhân ái, gắn với văn hóa ứng xử và truyền thông gương người tốt, việc tốt.",
            new DateOnly(2023, 1, 1), new DateOnly(2025, 12, 31),
            "Lan tỏa hình ảnh người thầy thuốc “lương y như từ mẫu” trong từng khoa, phòng.\n"
            + "- Mỗi quý giới thiệu ít nhất một gương người tốt, việc tốt trên trang tin của bệnh viện.\n"
            + "- Tổ chức các hoạt động thiện nguyện, khám bệnh, cấp thuốc miễn phí cho người dân vùng khó khăn.\n"
            + "- Đồng phục, tác phong, giao tiếp chuẩn mực theo bộ quy tắc ứng xử của bệnh viện.",
            "Tập thể có hoạt động tình nguyện hoặc sáng kiến phục vụ người bệnh được lan tỏa trên phương tiện truyền thông.\n"
            + "- Cá nhân có việc làm tốt được người bệnh, cộng đồng ghi nhận.\n"
            + "- Không có viên chức vi phạm quy tắc ứng xử trong năm."),
    ];

    public static readonly DemoInitiative[] Initiatives =
    [
        new("Mô hình một cửa tiếp đón người bệnh tại Khoa Khám bệnh", InitiativeKind.Model, "Khoa Khám bệnh",
            ["Trần Văn Hùng", "Lê Thị Mỹ Hạnh"], 2021, InitiativeStatus.Recognized, AuthorityLevel.Facility,
            "Gộp các bước tiếp nhận, kiểm tra thẻ bảo hiểm y tế, phân luồng và hướng dẫn khám vào một quầy duy nhất, có điều dưỡng hỗ trợ người cao tuổi.",
            "Rút ngắn thời gian chờ khám trung bình từ 45 phút xuống 25 phút; tỷ lệ người bệnh hài lòng với khâu tiếp đón đạt 94%."),
        new("Mô hình Bệnh viện không khói thuốc lá", InitiativeKind.Model, "Khoa Kiểm soát nhiễm khuẩn",
            ["Hồ Thị Lệ Quyên", "Trần Quang Huy"], 2021, InitiativeStatus.Recognized, AuthorityLevel.Sector,
            "Thành lập đội giám sát liên khoa, gắn biển cấm hút thuốc ở mọi lối vào, tư vấn cai thuốc lá bằng châm cứu cho người bệnh và người nhà.",
            "100% khoa, phòng đạt tiêu chí không khói thuốc; không ghi nhận vi phạm trong 4 đợt kiểm tra năm 2022; 37 người được tư vấn cai thuốc thành công."),
        new("Vườn thuốc nam mẫu phục vụ giảng dạy và truyền thông", InitiativeKind.Model, "Khoa Dược",
            ["Thái Thị Minh Nguyệt", "Quách Văn Hiếu"], 2021, InitiativeStatus.Recognized, AuthorityLevel.Facility,
            "Cải tạo khu đất trống sau khu điều trị thành vườn thuốc nam, mỗi cây có bảng tên, tên khoa học và mã QR tra cứu công dụng.",
            "Trồng và định danh 126 loài cây thuốc; đón hơn 900 lượt học viên, học sinh tham quan mỗi năm."),
        new("Túi chườm thảo dược tự chế cho người bệnh đau vai gáy", InitiativeKind.Initiative, "Khoa Phục hồi chức năng",
            ["Trương Thị Diệu Linh"], 2021, InitiativeStatus.NotRecognized, null,
            "Dùng túi vải may sẵn đựng hỗn hợp ngải cứu, gừng, muối hạt để chườm nóng trước khi tập vận động vùng cổ vai.",
            "Người bệnh phản hồi tốt nhưng chưa đủ số liệu so sánh với nhóm chứng; Hội đồng đề nghị tiếp tục theo dõi, hoàn thiện."),
        new("Phối hợp điện châm và bài tập vận động sớm trong phục hồi chức năng người bệnh sau nhồi máu não", InitiativeKind.ResearchProject, "Khoa Châm cứu – Dưỡng sinh",
            ["Nguyễn Thị Thu Hà", "Võ Minh Tuấn", "Phan Thanh Sơn"], 2022, InitiativeStatus.Recognized, AuthorityLevel.Sector,
            "Nghiên cứu can thiệp có nhóm chứng trên 90 người bệnh nhồi máu não giai đoạn bán cấp, phối hợp điện châm với chương trình vận động từ ngày thứ ba.",
            "Chỉ số Barthel trung bình lúc ra viện cao hơn nhóm chứng 12,4 điểm; thời gian nằm viện giảm trung bình 3,5 ngày."),
        new("Phòng tập phục hồi chức năng cho trẻ tự kỷ và chậm phát triển", InitiativeKind.Model, "Khoa Nhi",
            ["Lương Thị Phương Thảo", "Cao Thị Tuyết Mai"], 2022, InitiativeStatus.Recognized, AuthorityLevel.Facility,
            "Bố trí phòng tập riêng với khu vận động, khu giác quan và khu ngôn ngữ; phụ huynh được hướng dẫn để cùng tập với trẻ.",
            "Mỗi năm can thiệp cho khoảng 180 trẻ; 76% trẻ cải thiện kỹ năng giao tiếp sau 6 tháng theo thang đánh giá của khoa."),
        new("Bộ dụng cụ tập vận động bàn tay tự chế từ vật liệu sẵn có", InitiativeKind.Initiative, "Khoa Phục hồi chức năng",
            ["Lý Hoàng Nam", "Mai Xuân Phúc"], 2022, InitiativeStatus.Recognized, AuthorityLevel.Facility,
            "Chế tạo bảng cài nút, bảng vặn ốc, ống gỗ nhiều cỡ và dây kháng lực từ gỗ, ống nhựa, săm xe để tập khéo léo bàn tay.",
            "Tiết kiệm khoảng 38 triệu đồng/năm so với mua dụng cụ nhập khẩu; đã chuyển giao mẫu cho 3 trung tâm y tế huyện."),
        new("Thanh toán viện phí không dùng tiền mặt qua mã QR", InitiativeKind.Initiative, "Phòng Tài chính – Kế toán",
            ["Hoàng Thị Thu Trang", "Nguyễn Văn Toàn"], 2022, InitiativeStatus.Recognized, AuthorityLevel.Facility,
            "In mã QR động trên bảng kê chi phí để người bệnh chuyển khoản tạm ứng, thanh toán ra viện mà không cần xếp hàng.",
            "Giao dịch không dùng tiền mặt đạt 46% năm 2024; thời gian thanh toán ra viện giảm từ 20 phút xuống 7 phút."),
        new("Ứng dụng phần mềm đặt lịch khám và nhắc lịch tái khám qua Zalo", InitiativeKind.Initiative, "Phòng Kế hoạch tổng hợp",
            ["Nguyễn Thị Kim Chi", "Vũ Ngọc Quang"], 2023, InitiativeStatus.Recognized, AuthorityLevel.Sector,
            "Người bệnh đặt lịch qua trang tin, Zalo hoặc tổng đài; hệ thống tự gửi tin nhắn nhắc lịch trước ngày tái khám một ngày.",
            "Khoảng 32% lượt khám được đặt lịch trước; tỷ lệ tái khám đúng hẹn tăng từ 61% lên 83%."),
        new("Cải tiến quy trình cấp phát thuốc thang theo đơn điện tử", InitiativeKind.Initiative, "Khoa Dược",
            ["Quách Văn Hiếu", "Võ Thị Hồng Vân"], 2023, InitiativeStatus.Recognized, AuthorityLevel.Facility,
            "Đơn thuốc thang được chuyển thẳng từ phòng khám sang khoa Dược; thuốc được cân, đóng gói sẵn trước khi người bệnh đến quầy.",
            "Thời gian chờ nhận thuốc thang giảm từ 35 phút xuống 15 phút; tỷ lệ sai sót cấp phát còn dưới 0,02%."),
        new("Hướng dẫn chăm sóc người bệnh đột quỵ tại nhà bằng video và tờ rơi mã QR", InitiativeKind.Initiative, "Phòng Điều dưỡng",
            ["Bùi Thị Ngọc Ánh", "Võ Thị Thanh Nga"], 2023, InitiativeStatus.Recognized, AuthorityLevel.Facility,
            "Bộ 12 video ngắn về xoay trở, cho ăn, tập vận động, phòng loét; người nhà quét mã QR trên tờ rơi phát khi ra viện.",
            "Hơn 1.200 lượt xem; tỷ lệ tái nhập viện do loét tì đè, viêm phổi trong 3 tháng sau ra viện giảm từ 9% xuống 4%."),
        new("Phân loại và thu gom chất thải nhựa tại nguồn", InitiativeKind.Initiative, "Khoa Kiểm soát nhiễm khuẩn",
            ["Hồ Thị Lệ Quyên", "Phạm Văn Tài"], 2023, InitiativeStatus.Recognized, AuthorityLevel.Facility,
            "Bố trí thùng thu gom nhựa tái chế theo mã màu ở từng khoa, thay túi ni lông đựng thuốc thang bằng túi giấy và túi vải.",
            "Giảm khoảng 30% lượng túi ni lông sử dụng; thu hồi gần 1,2 tấn nhựa tái chế mỗi năm."),
        new("Đánh giá hiệu quả cấy chỉ catgut trong điều trị đau thắt lưng do thoái hóa cột sống", InitiativeKind.ResearchProject, "Khoa Nội tổng hợp",
            ["Bùi Thị Thanh Thủy", "Hoàng Đức Thịnh"], 2024, InitiativeStatus.Recognized, AuthorityLevel.Sector,
            "Nghiên cứu trên 64 người bệnh đau thắt lưng mạn tính, cấy chỉ catgut vào các huyệt Thận du, Đại trường du, Ủy trung kết hợp thuốc thang.",
            "Điểm đau VAS giảm trung bình 4,1 điểm sau 4 tuần; 87% người bệnh đạt kết quả tốt và khá."),
        new("Quản lý bảo dưỡng thiết bị y tế bằng mã QR", InitiativeKind.Initiative, "Phòng Vật tư – Trang thiết bị y tế",
            ["Lưu Văn Trung", "Hà Minh Đức"], 2024, InitiativeStatus.Recognized, AuthorityLevel.Facility,
            "Mỗi thiết bị gắn một mã QR; khoa sử dụng quét mã để báo hỏng, xem lịch bảo dưỡng và lý lịch sửa chữa.",
            "Thời gian khắc phục hỏng hóc trung bình giảm từ 3 ngày xuống 1,5 ngày; tiết kiệm khoảng 45 triệu đồng chi phí sửa chữa mỗi năm."),
        new("Chương trình dưỡng sinh cho người cao tuổi tại cộng đồng", InitiativeKind.Model, "Khoa Châm cứu – Dưỡng sinh",
            ["Đặng Thị Ngọc Lan", "Huỳnh Thị Kim Oanh"], 2024, InitiativeStatus.InProgress, null,
            "Phối hợp Hội Người cao tuổi mở lớp dưỡng sinh miễn phí tại nhà văn hóa các phường, xã; mỗi lớp 8 buổi, có sổ theo dõi huyết áp.",
            "Đã tổ chức 12 lớp tại 6 phường, xã với 340 người cao tuổi tham gia; 82% học viên duy trì tập sau khóa học."),
        new("Thực đơn bệnh lý theo thể bệnh y học cổ truyền cho người bệnh đái tháo đường", InitiativeKind.Initiative, "Khoa Dinh dưỡng",
            ["La Thị Thanh Tâm", "Bùi Thị Thanh Thủy"], 2024, InitiativeStatus.Evaluated, null,
            "Xây dựng 21 thực đơn theo thể bệnh, kết hợp món ăn – bài thuốc như cháo ý dĩ, canh mướp đắng, trà khổ qua cho người bệnh nội trú.",
            "Tỷ lệ người bệnh đạt mục tiêu đường huyết lúc đói khi ra viện tăng từ 58% lên 71%."),
        new("Lấy mẫu xét nghiệm tại giường cho người bệnh hạn chế vận động", InitiativeKind.Initiative, "Khoa Cận lâm sàng",
            ["Trần Thị Thu Sương", "Nguyễn Hữu Phước"], 2025, InitiativeStatus.Recognized, AuthorityLevel.Facility,
            "Tổ lấy mẫu đi buồng từ 6 giờ sáng với xe đẩy chuyên dụng, dán mã vạch tại giường, không để người bệnh liệt phải di chuyển.",
            "95% người bệnh nội trú có kết quả xét nghiệm trước 9 giờ sáng; không còn trường hợp người bệnh phải chờ ở hành lang."),
        new("Bảng kiểm an toàn trong thủ thuật thủy châm", InitiativeKind.Initiative, "Khoa Châm cứu – Dưỡng sinh",
            ["Huỳnh Thị Kim Oanh"], 2025, InitiativeStatus.Evaluated, null,
            "Bảng kiểm 10 bước từ đối chiếu người bệnh, thuốc, huyệt vị đến theo dõi sau tiêm, áp dụng cho mọi lượt thủy châm.",
            "Không ghi nhận sự cố nào trong 6 tháng áp dụng trên hơn 4.500 lượt thủ thuật."),
        new("Số hóa hồ sơ bệnh án và ký số tại các khoa lâm sàng", InitiativeKind.Model, "Phòng Kế hoạch tổng hợp",
            ["Vũ Ngọc Quang", "Nguyễn Thị Kim Chi"], 2025, InitiativeStatus.InProgress, null,
            "Triển khai bệnh án điện tử theo lộ trình, bác sĩ và điều dưỡng ký số trên máy tính bảng tại buồng bệnh.",
            "Đã triển khai ở 6/10 khoa lâm sàng; giảm khoảng 120.000 trang in mỗi năm."),
        new("Kết hợp xoa bóp bấm huyệt và chườm thảo dược giảm đau sau thủ thuật điều trị trĩ", InitiativeKind.ResearchProject, "Khoa Ngoại – Phụ",
            ["Đinh Công Thành", "Châu Văn Lộc"], 2025, InitiativeStatus.Registered, null,
            "Đề tài cấp cơ sở đánh giá tác dụng giảm đau của xoa bóp bấm huyệt kết hợp chườm thảo dược trong 72 giờ đầu sau thủ thuật.",
            "Bước đầu trên 42 người bệnh, lượng thuốc giảm đau phải dùng thêm giảm khoảng 30%; dự kiến nghiệm thu quý IV/2026."),
    ];

    // Danh sách công nhận danh hiệu hằng năm: một quyết định cho nhiều người, nhiều tập thể.
    private static readonly (int Year, string Decision, DateOnly Date, string[] Names)[] LaoDongTienTien =
    [
        (2021, "15/QĐ-BVYHCT", new DateOnly(2022, 1, 14),
            ["Lê Thị Mỹ Hạnh", "Võ Minh Tuấn", "Đỗ Văn Lực", "Ngô Thị Bích Ngọc", "Mai Xuân Phúc", "Tôn Nữ Minh Châu",
             "Quách Văn Hiếu", "Đoàn Minh Khang", "Phạm Văn Tài", "Huỳnh Văn Đạt", "Phan Thị Ngọc Hân", "Nguyễn Văn Toàn"]),
        (2022, "12/QĐ-BVYHCT", new DateOnly(2023, 1, 12),
            ["Phạm Quốc Bảo", "Huỳnh Thị Kim Oanh", "Đặng Thị Ngọc Lan", "Bùi Thị Thanh Thủy", "Trương Thị Diệu Linh", "Cao Thị Tuyết Mai",
             "Kiều Thị Thanh Hoa", "Lâm Thị Ánh Tuyết", "Võ Thị Hồng Vân", "Trần Thị Thu Sương", "Nguyễn Thị Kim Chi", "Lê Minh Tâm"]),
        (2023, "18/QĐ-BVYHCT", new DateOnly(2024, 1, 16),
            ["Trần Văn Hùng", "Võ Minh Tuấn", "Đỗ Văn Lực", "Dương Thị Hồng Nhung", "Tôn Nữ Minh Châu", "Đinh Công Thành",
             "Tạ Quang Vinh", "Nguyễn Hữu Phước", "La Thị Thanh Tâm", "Hoàng Thị Thu Trang", "Võ Thị Thanh Nga", "Trịnh Thị Hải Yến",
             "Hà Minh Đức"]),
        (2024, "21/QĐ-BVYHCT", new DateOnly(2025, 1, 15),
            ["Lê Thị Mỹ Hạnh", "Phạm Quốc Bảo", "Huỳnh Thị Kim Oanh", "Ngô Thị Bích Ngọc", "Mai Xuân Phúc", "Cao Thị Tuyết Mai",
             "Châu Văn Lộc", "Quách Văn Hiếu", "Đoàn Minh Khang", "Phạm Văn Tài", "Lê Minh Tâm", "Nguyễn Văn Toàn", "Đặng Quốc Việt"]),
        (2025, "14/QĐ-BVYHCT", new DateOnly(2026, 1, 13),
            ["Đặng Thị Ngọc Lan", "Hoàng Đức Thịnh", "Trương Thị Diệu Linh", "Dương Thị Hồng Nhung", "Tôn Nữ Minh Châu", "Kiều Thị Thanh Hoa",
             "Lâm Thị Ánh Tuyết", "Võ Thị Hồng Vân", "Huỳnh Văn Đạt", "Trần Quang Huy", "Phan Thị Ngọc Hân", "Võ Thị Thanh Nga",
             "Hà Minh Đức"]),
    ];

    private static readonly (int Year, string Decision, DateOnly Date, string[] Names)[] TapTheLaoDongTienTien =
    [
        (2021, "16/QĐ-BVYHCT", new DateOnly(2022, 1, 14),
            ["Khoa Khám bệnh", "Khoa Châm cứu – Dưỡng sinh", "Khoa Kiểm soát nhiễm khuẩn", "Khoa Dược", "Phòng Tài chính – Kế toán"]),
        (2022, "13/QĐ-BVYHCT", new DateOnly(2023, 1, 12),
            ["Khoa Phục hồi chức năng", "Khoa Nội tổng hợp", "Khoa Nhi", "Khoa Cận lâm sàng", "Phòng Điều dưỡng"]),
        (2023, "19/QĐ-BVYHCT", new DateOnly(2024, 1, 16),
            ["Khoa Khám bệnh", "Khoa Châm cứu – Dưỡng sinh", "Khoa Dược", "Phòng Kế hoạch tổng hợp", "Khoa Ngoại – Phụ"]),
        (2024, "22/QĐ-BVYHCT", new DateOnly(2025, 1, 15),
            ["Khoa Nhi", "Khoa Nội tổng hợp", "Khoa Dinh dưỡng", "Phòng Vật tư – Trang thiết bị y tế", "Phòng Đào tạo – Nghiên cứu khoa học – Chỉ đạo tuyến"]),
        (2025, "15/QĐ-BVYHCT", new DateOnly(2026, 1, 13),
            ["Khoa Dược", "Khoa Phục hồi chức năng", "Khoa Cận lâm sàng", "Khoa Ngũ quan", "Phòng Tổ chức – Hành chính"]),
    ];

    private static DemoCommendation[] BuildCommendations()
    {
        var list = new List<DemoCommendation>();
        foreach (var (year, decision, date, names) in LaoDongTienTien)
        {
            list.AddRange(names.Select(n => new DemoCommendation(
                RecipientKind.Individual, n, "Lao động tiên tiến", GiamDocBenhVien,
                year, decision, date, null,
                $"Hoàn thành tốt nhiệm vụ năm {year}; chấp hành tốt chủ trương, chính sách của Đảng, pháp luật của Nhà nước và quy tắc ứng xử của bệnh viện.")));
        }
        foreach (var (year, decision, date, names) in TapTheLaoDongTienTien)
        {
            list.AddRange(names.Select(n => new DemoCommendation(
                RecipientKind.Collective, n, "Tập thể lao động tiên tiến", GiamDocBenhVien,
                year, decision, date, null,
                $"Hoàn thành tốt nhiệm vụ năm {year}; 100% viên chức, người lao động trong tập thể hoàn thành nhiệm vụ, nội bộ đoàn kết.")));
        }
        list.AddRange(Individually);
        list.AddRange(ConferenceDepartments.Select(n => new DemoCommendation(
            RecipientKind.Collective, n, "Giấy khen", GiamDocBenhVien, 2025, ConferenceDecision, ConferenceDate, null, ConferenceCitation)));
        list.AddRange(ConferencePeople.Select(n => new DemoCommendation(
            RecipientKind.Individual, n, "Giấy khen", GiamDocBenhVien, 2025, ConferenceDecision, ConferenceDate, null, ConferenceCitation)));
        return [.. list];
    }

    // The five-year exemplars' conference of 07/03/2025: its article says "12 tập thể, 36 cá nhân" received the director's Giấy khen.
    private const string ConferenceDecision = "65/QĐ-BVYHCT";
    private static readonly DateOnly ConferenceDate = new(2025, 3, 7);
    private const string ConferenceCitation = "Đã có thành tích xuất sắc trong phong trào thi đua yêu nước giai đoạn 2021–2025.";

    private static readonly string[] ConferenceDepartments =
    [
        "Khoa Khám bệnh", "Khoa Châm cứu – Dưỡng sinh", "Khoa Nội tổng hợp", "Khoa Phục hồi chức năng", "Khoa Nhi", "Khoa Dược",
        "Khoa Cận lâm sàng", "Khoa Kiểm soát nhiễm khuẩn", "Khoa Dinh dưỡng", "Phòng Kế hoạch tổng hợp", "Phòng Tổ chức – Hành chính",
        "Phòng Điều dưỡng",
    ];

    private static readonly string[] ConferencePeople =
    [
        "Trần Văn Hùng", "Lê Thị Mỹ Hạnh", "Phạm Quốc Bảo", "Nguyễn Thị Thu Hà", "Võ Minh Tuấn", "Huỳnh Thị Kim Oanh",
        "Đặng Thị Ngọc Lan", "Hoàng Đức Thịnh", "Bùi Thị Thanh Thủy", "Đỗ Văn Lực", "Ngô Thị Bích Ngọc", "Phan Thanh Sơn",
        "Lý Hoàng Nam", "Trương Thị Diệu Linh", "Mai Xuân Phúc", "Lương Thị Phương Thảo", "Cao Thị Tuyết Mai", "Tôn Nữ Minh Châu",
        "Kiều Thị Thanh Hoa", "Lâm Thị Ánh Tuyết", "Thái Thị Minh Nguyệt", "Quách Văn Hiếu", "Võ Thị Hồng Vân", "Nguyễn Hữu Phước",
        "Trần Thị Thu Sương", "Đoàn Minh Khang", "Hồ Thị Lệ Quyên", "Phạm Văn Tài", "La Thị Thanh Tâm", "Vũ Ngọc Quang",
        "Nguyễn Thị Kim Chi", "Hoàng Thị Thu Trang", "Bùi Thị Ngọc Ánh", "Võ Thị Thanh Nga", "Đặng Quốc Việt", "Lưu Văn Trung",
    ];

    /// <summary>Subject lines that say more than the one made from the titles.</summary>
    public static readonly Dictionary<string, string> DecisionSubjects = new()
    {
        [ConferenceDecision] = "Về việc tặng Giấy khen cho các tập thể, cá nhân có thành tích xuất sắc trong phong trào thi đua yêu nước giai đoạn 2021–2025",
    };

    /// <summary>Who signs each authority's decisions; the names are invented for the demo.</summary>
    public static readonly DemoSigner[] Signers =
    [
        new(GiamDocBenhVien, "Nguyễn Đức Khánh", "Giám đốc"),
        new(GiamDocSoYTe, "Phạm Thị Minh Hằng", "Giám đốc Sở Y tế"),
        new(ChuTichUbndTinh, "Lê Hoàng Phúc", "KT. Chủ tịch – Phó Chủ tịch Ủy ban nhân dân tỉnh"),
        new(BoTruongBoYTe, "Trịnh Văn Khải", "KT. Bộ trưởng – Thứ trưởng Bộ Y tế"),
    ];

    private static DemoCommendation Cstdcs(string person, int year, string decision, DateOnly date, string citation) =>
        new(RecipientKind.Individual, person, "Chiến sĩ thi đua cơ sở", GiamDocBenhVien,
            year, decision, date, LaoDongGioi, citation);

    private static readonly DemoCommendation[] Individually =
    [
        // ---- Chiến sĩ thi đua cơ sở ----
        Cstdcs("Trần Văn Hùng", 2021, "27/QĐ-BVYHCT", new DateOnly(2022, 1, 25),
            "Hoàn thành xuất sắc nhiệm vụ năm 2021; là tác giả mô hình một cửa tiếp đón người bệnh được Hội đồng sáng kiến bệnh viện công nhận."),
        Cstdcs("Thái Thị Minh Nguyệt", 2021, "27/QĐ-BVYHCT", new DateOnly(2022, 1, 25),
            "Hoàn thành xuất sắc nhiệm vụ năm 2021; chủ trì xây dựng vườn thuốc nam mẫu phục vụ giảng dạy và truyền thông."),
        Cstdcs("Hồ Thị Lệ Quyên", 2021, "27/QĐ-BVYHCT", new DateOnly(2022, 1, 25),
            "Hoàn thành xuất sắc nhiệm vụ năm 2021; đầu mối xây dựng mô hình Bệnh viện không khói thuốc lá được Sở Y tế công nhận."),
        Cstdcs("Nguyễn Thị Thu Hà", 2021, "27/QĐ-BVYHCT", new DateOnly(2022, 1, 25),
            "Hoàn thành xuất sắc nhiệm vụ năm 2021; có giải pháp chuyên môn về điện châm phục hồi vận động được áp dụng tại khoa."),
        Cstdcs("Nguyễn Thị Thu Hà", 2022, "20/QĐ-BVYHCT", new DateOnly(2023, 1, 19),
            "Hoàn thành xuất sắc nhiệm vụ năm 2022; chủ nhiệm đề tài phối hợp điện châm và vận động sớm cho người bệnh sau nhồi máu não, nghiệm thu loại xuất sắc."),
        Cstdcs("Lương Thị Phương Thảo", 2022, "20/QĐ-BVYHCT", new DateOnly(2023, 1, 19),
            "Hoàn thành xuất sắc nhiệm vụ năm 2022; xây dựng phòng tập phục hồi chức năng cho trẻ tự kỷ và chậm phát triển."),
        Cstdcs("Lý Hoàng Nam", 2022, "20/QĐ-BVYHCT", new DateOnly(2023, 1, 19),
            "Hoàn thành xuất sắc nhiệm vụ năm 2022; tác giả bộ dụng cụ tập vận động bàn tay tự chế, tiết kiệm khoảng 38 triệu đồng/năm."),
        Cstdcs("Hoàng Thị Thu Trang", 2022, "20/QĐ-BVYHCT", new DateOnly(2023, 1, 19),
            "Hoàn thành xuất sắc nhiệm vụ năm 2022; triển khai thành công thanh toán viện phí không dùng tiền mặt qua mã QR."),
        Cstdcs("Nguyễn Thị Thu Hà", 2023, "24/QĐ-BVYHCT", new DateOnly(2024, 1, 22),
            "Hoàn thành xuất sắc nhiệm vụ năm 2023; chủ trì chuyển giao kỹ thuật điện châm phục hồi sau đột quỵ cho 4 trung tâm y tế tuyến huyện."),
        Cstdcs("Lương Thị Phương Thảo", 2023, "24/QĐ-BVYHCT", new DateOnly(2024, 1, 22),
            "Hoàn thành xuất sắc nhiệm vụ năm 2023; mở rộng mô hình can thiệp sớm cho trẻ chậm phát triển với hơn 180 trẻ được điều trị."),
        Cstdcs("Nguyễn Thị Kim Chi", 2023, "24/QĐ-BVYHCT", new DateOnly(2024, 1, 22),
            "Hoàn thành xuất sắc nhiệm vụ năm 2023; tác giả phần mềm đặt lịch khám và nhắc lịch tái khám qua Zalo được Sở Y tế công nhận."),
        Cstdcs("Bùi Thị Ngọc Ánh", 2023, "24/QĐ-BVYHCT", new DateOnly(2024, 1, 22),
            "Hoàn thành xuất sắc nhiệm vụ năm 2023; chủ trì bộ tài liệu hướng dẫn chăm sóc người bệnh đột quỵ tại nhà bằng video và mã QR."),
        Cstdcs("Quách Văn Hiếu", 2023, "24/QĐ-BVYHCT", new DateOnly(2024, 1, 22),
            "Hoàn thành xuất sắc nhiệm vụ năm 2023; sáng kiến cấp phát thuốc thang theo đơn điện tử rút ngắn thời gian chờ còn 15 phút."),
        Cstdcs("Hồ Thị Lệ Quyên", 2023, "24/QĐ-BVYHCT", new DateOnly(2024, 1, 22),
            "Hoàn thành xuất sắc nhiệm vụ năm 2023; sáng kiến phân loại và thu gom chất thải nhựa tại nguồn được áp dụng toàn bệnh viện."),
        Cstdcs("Lương Thị Phương Thảo", 2024, "26/QĐ-BVYHCT", new DateOnly(2025, 1, 20),
            "Hoàn thành xuất sắc nhiệm vụ năm 2024; ba năm liên tục có giải pháp nâng cao chất lượng phục hồi chức năng nhi khoa."),
        Cstdcs("Bùi Thị Thanh Thủy", 2024, "26/QĐ-BVYHCT", new DateOnly(2025, 1, 20),
            "Hoàn thành xuất sắc nhiệm vụ năm 2024; chủ nhiệm đề tài cấy chỉ catgut điều trị đau thắt lưng được Sở Y tế nghiệm thu."),
        Cstdcs("Hoàng Đức Thịnh", 2024, "26/QĐ-BVYHCT", new DateOnly(2025, 1, 20),
            "Hoàn thành xuất sắc nhiệm vụ năm 2024; tham gia đề tài cấy chỉ catgut và triển khai 3 kỹ thuật mới tại Khoa Nội tổng hợp."),
        Cstdcs("Lưu Văn Trung", 2024, "26/QĐ-BVYHCT", new DateOnly(2025, 1, 20),
            "Hoàn thành xuất sắc nhiệm vụ năm 2024; sáng kiến quản lý bảo dưỡng thiết bị y tế bằng mã QR tiết kiệm khoảng 45 triệu đồng/năm."),
        Cstdcs("Lý Hoàng Nam", 2024, "26/QĐ-BVYHCT", new DateOnly(2025, 1, 20),
            "Hoàn thành xuất sắc nhiệm vụ năm 2024; hướng dẫn chuyển giao bộ dụng cụ tập vận động bàn tay cho 3 trung tâm y tế huyện."),
        Cstdcs("Bùi Thị Thanh Thủy", 2025, "17/QĐ-BVYHCT", new DateOnly(2026, 1, 16),
            "Hoàn thành xuất sắc nhiệm vụ năm 2025; nhân rộng kỹ thuật cấy chỉ catgut điều trị đau thắt lưng, hướng dẫn 6 bác sĩ tuyến huyện thực hiện thành thạo."),
        Cstdcs("Trần Thị Thu Sương", 2025, "17/QĐ-BVYHCT", new DateOnly(2026, 1, 16),
            "Hoàn thành xuất sắc nhiệm vụ năm 2025; tác giả sáng kiến lấy mẫu xét nghiệm tại giường cho người bệnh hạn chế vận động."),
        Cstdcs("Nguyễn Hữu Phước", 2025, "17/QĐ-BVYHCT", new DateOnly(2026, 1, 16),
            "Hoàn thành xuất sắc nhiệm vụ năm 2025; chỉ đạo Khoa Cận lâm sàng trả kết quả xét nghiệm nội trú trước 9 giờ sáng."),
        Cstdcs("Vũ Ngọc Quang", 2025, "17/QĐ-BVYHCT", new DateOnly(2026, 1, 16),
            "Hoàn thành xuất sắc nhiệm vụ năm 2025; chỉ đạo triển khai bệnh án điện tử và ký số tại 6 khoa lâm sàng."),

        // ---- Chiến sĩ thi đua cấp tỉnh ----
        new(RecipientKind.Individual, "Nguyễn Thị Thu Hà", "Chiến sĩ thi đua cấp tỉnh", ChuTichUbndTinh,
            2023, "612/QĐ-UBND", new DateOnly(2024, 3, 14), LaoDongGioi,
            "Ba năm liên tục đạt danh hiệu Chiến sĩ thi đua cơ sở (2021–2023); đề tài điện châm phục hồi chức năng sau nhồi máu não có phạm vi ảnh hưởng trong toàn tỉnh."),
        new(RecipientKind.Individual, "Lương Thị Phương Thảo", "Chiến sĩ thi đua cấp tỉnh", ChuTichUbndTinh,
            2024, "705/QĐ-UBND", new DateOnly(2025, 3, 19), LaoDongGioi,
            "Ba năm liên tục đạt danh hiệu Chiến sĩ thi đua cơ sở (2022–2024); mô hình phục hồi chức năng cho trẻ tự kỷ được nhân rộng tại các trung tâm y tế trong tỉnh."),

        // ---- Tập thể lao động xuất sắc ----
        new(RecipientKind.Collective, "Khoa Châm cứu – Dưỡng sinh", "Tập thể lao động xuất sắc", ChuTichUbndTinh,
            2021, "548/QĐ-UBND", new DateOnly(2022, 3, 10), null,
            "Hoàn thành xuất sắc nhiệm vụ năm 2021; vừa bảo đảm điều trị thường xuyên vừa cử nhân lực tăng cường phòng, chống dịch COVID-19."),
        new(RecipientKind.Collective, "Khoa Phục hồi chức năng", "Tập thể lao động xuất sắc", ChuTichUbndTinh,
            2022, "633/QĐ-UBND", new DateOnly(2023, 3, 16), PhongChongCovid,
            "Hoàn thành xuất sắc nhiệm vụ năm 2022; tổ chức phục hồi chức năng hô hấp cho hơn 600 người bệnh sau mắc COVID-19."),
        new(RecipientKind.Collective, "Khoa Khám bệnh", "Tập thể lao động xuất sắc", ChuTichUbndTinh,
            2023, "612/QĐ-UBND", new DateOnly(2024, 3, 14), DoiMoiPhongCach,
            "Hoàn thành xuất sắc nhiệm vụ năm 2023; tỷ lệ người bệnh ngoại trú hài lòng đạt 95,2%, không có phản ánh về thái độ phục vụ."),
        new(RecipientKind.Collective, "Khoa Châm cứu – Dưỡng sinh", "Tập thể lao động xuất sắc", ChuTichUbndTinh,
            2023, "612/QĐ-UBND", new DateOnly(2024, 3, 14), LaoDongGioi,
            "Hoàn thành xuất sắc nhiệm vụ năm 2023; chuyển giao kỹ thuật điện châm phục hồi sau đột quỵ cho 4 trung tâm y tế tuyến huyện."),
        new(RecipientKind.Collective, "Khoa Nhi", "Tập thể lao động xuất sắc", ChuTichUbndTinh,
            2024, "705/QĐ-UBND", new DateOnly(2025, 3, 19), DatSenHong,
            "Hoàn thành xuất sắc nhiệm vụ năm 2024; mô hình can thiệp sớm cho trẻ tự kỷ được phụ huynh và cộng đồng đánh giá cao."),
        new(RecipientKind.Collective, "Khoa Dược", "Tập thể lao động xuất sắc", ChuTichUbndTinh,
            2025, "684/QĐ-UBND", new DateOnly(2026, 3, 12), DoiMoiPhongCach,
            "Hoàn thành xuất sắc nhiệm vụ năm 2025; bảo đảm đủ thuốc, dược liệu đạt chuẩn, thời gian chờ nhận thuốc thang dưới 15 phút."),
        new(RecipientKind.Collective, "Khoa Phục hồi chức năng", "Tập thể lao động xuất sắc", ChuTichUbndTinh,
            2025, "684/QĐ-UBND", new DateOnly(2026, 3, 12), LaoDongGioi,
            "Hoàn thành xuất sắc nhiệm vụ năm 2025; triển khai 3 kỹ thuật phục hồi chức năng mới, tỷ lệ hài lòng người bệnh nội trú đạt 96%."),

        // ---- Giấy khen của Giám đốc Bệnh viện ----
        new(RecipientKind.Collective, "Khoa Khám bệnh", "Giấy khen", GiamDocBenhVien,
            2021, "342/QĐ-BVYHCT", new DateOnly(2021, 12, 28), DoiMoiPhongCach,
            "Đã có thành tích xuất sắc trong phong trào đổi mới phong cách, thái độ phục vụ năm 2021 với mô hình một cửa tiếp đón người bệnh."),
        new(RecipientKind.Individual, "Ngô Thị Bích Ngọc", "Giấy khen", GiamDocBenhVien,
            2021, "298/QĐ-BVYHCT", new DateOnly(2021, 10, 15), null,
            "Đã có thành tích trong công tác chăm sóc người bệnh tại khu điều trị COVID-19 của tỉnh năm 2021."),
        new(RecipientKind.Individual, "Phạm Văn Tài", "Giấy khen", GiamDocBenhVien,
            2021, "342/QĐ-BVYHCT", new DateOnly(2021, 12, 28), XanhSachDep,
            "Đã có thành tích xuất sắc trong phong trào Xanh – Sạch – Đẹp – An toàn năm 2021, bảo đảm thu gom, xử lý chất thải y tế đúng quy định."),
        new(RecipientKind.Collective, "Khoa Kiểm soát nhiễm khuẩn", "Giấy khen", GiamDocBenhVien,
            2022, "356/QĐ-BVYHCT", new DateOnly(2022, 12, 27), PhongChongCovid,
            "Đã có thành tích xuất sắc trong phong trào thi đua thích ứng an toàn, linh hoạt, kiểm soát hiệu quả dịch COVID-19 năm 2022."),
        new(RecipientKind.Individual, "Tôn Nữ Minh Châu", "Giấy khen", GiamDocBenhVien,
            2022, "356/QĐ-BVYHCT", new DateOnly(2022, 12, 27), PhongChongCovid,
            "Đã có thành tích trong tổ chức khám, chăm sóc an toàn cho trẻ trong thời gian dịch COVID-19 năm 2022."),
        new(RecipientKind.Individual, "Đoàn Minh Khang", "Giấy khen", GiamDocBenhVien,
            2022, "356/QĐ-BVYHCT", new DateOnly(2022, 12, 27), PhongChongCovid,
            "Đã có thành tích trong tổ lấy mẫu xét nghiệm COVID-19 lưu động năm 2022."),
        new(RecipientKind.Collective, "Phòng Tài chính – Kế toán", "Giấy khen", GiamDocBenhVien,
            2022, "357/QĐ-BVYHCT", new DateOnly(2022, 12, 27), LaoDongGioi,
            "Đã có thành tích xuất sắc trong phong trào Lao động giỏi, lao động sáng tạo năm 2022 với giải pháp thanh toán viện phí không dùng tiền mặt."),
        // Revoked (thu hồi): it stays in the back office and the audit log, and leaves every public page.
        new(RecipientKind.Individual, "Nguyễn Văn Toàn", "Giấy khen", GiamDocBenhVien,
            2022, "357/QĐ-BVYHCT", new DateOnly(2022, 12, 27), LaoDongGioi,
            "Đã có thành tích trong triển khai thanh toán viện phí không dùng tiền mặt năm 2022.",
            new DemoRevocation("92/QĐ-BVYHCT", new DateOnly(2023, 4, 18),
                "Hồ sơ đề nghị khen thưởng kê khai số giao dịch không dùng tiền mặt bị tính trùng; thành tích không đúng thực tế.")),
        new(RecipientKind.Collective, "Khoa Dược", "Giấy khen", GiamDocBenhVien,
            2023, "161/QĐ-BVYHCT", new DateOnly(2023, 6, 9), DoiMoiPhongCach,
            "Đã có thành tích xuất sắc trong phong trào đổi mới phong cách, thái độ phục vụ, được biểu dương tại hội nghị sơ kết nhân kỷ niệm 75 năm Ngày Chủ tịch Hồ Chí Minh ra Lời kêu gọi thi đua ái quốc."),
        new(RecipientKind.Individual, "Lê Minh Tâm", "Giấy khen", GiamDocBenhVien,
            2023, "161/QĐ-BVYHCT", new DateOnly(2023, 6, 9), DatSenHong,
            "Đã có thành tích xuất sắc trong tuyên truyền gương người tốt, việc tốt, góp phần tạo dựng hình ảnh người cán bộ y tế Đất Sen Hồng năm 2023."),
        new(RecipientKind.Individual, "Võ Thị Thanh Nga", "Giấy khen", GiamDocBenhVien,
            2023, "161/QĐ-BVYHCT", new DateOnly(2023, 6, 9), DoiMoiPhongCach,
            "Đã có thành tích xuất sắc trong công tác xã hội, kết nối hỗ trợ gần 150 triệu đồng cho người bệnh khó khăn năm 2023."),
        new(RecipientKind.Collective, "Khoa Nhi", "Giấy khen", GiamDocBenhVien,
            2024, "368/QĐ-BVYHCT", new DateOnly(2024, 12, 26), DatSenHong,
            "Đã có thành tích xuất sắc trong phong trào Tạo dựng hình ảnh người cán bộ y tế Đất Sen Hồng năm 2024."),
        new(RecipientKind.Individual, "Cao Thị Tuyết Mai", "Giấy khen", GiamDocBenhVien,
            2024, "368/QĐ-BVYHCT", new DateOnly(2024, 12, 26), DatSenHong,
            "Đã có thành tích xuất sắc trong can thiệp ngôn ngữ cho trẻ chậm nói, được phụ huynh gửi thư khen ngợi năm 2024."),
        new(RecipientKind.Individual, "Phạm Quốc Bảo", "Giấy khen", GiamDocBenhVien,
            2024, "368/QĐ-BVYHCT", new DateOnly(2024, 12, 26), DoiMoiPhongCach,
            "Đã có thành tích trong phong trào đổi mới phong cách, thái độ phục vụ năm 2024, được người bệnh khen ngợi qua đường dây nóng."),
        new(RecipientKind.Collective, "Khoa Dinh dưỡng", "Giấy khen", GiamDocBenhVien,
            2025, "372/QĐ-BVYHCT", new DateOnly(2025, 12, 29), XanhSachDep,
            "Đã có thành tích xuất sắc trong phong trào Xanh – Sạch – Đẹp – An toàn giai đoạn 2021–2025, bếp ăn đạt chuẩn an toàn thực phẩm."),
        new(RecipientKind.Individual, "Kiều Thị Thanh Hoa", "Giấy khen", GiamDocBenhVien,
            2025, "372/QĐ-BVYHCT", new DateOnly(2025, 12, 29), DatSenHong,
            "Đã có thành tích xuất sắc trong các hoạt động thiện nguyện, khám bệnh, cấp thuốc miễn phí cho người dân vùng khó khăn năm 2025."),
        new(RecipientKind.Individual, "Tạ Quang Vinh", "Giấy khen", GiamDocBenhVien,
            2025, "372/QĐ-BVYHCT", new DateOnly(2025, 12, 29), DoiMoiPhongCach,
            "Đã có thành tích trong khám sức khỏe răng miệng học đường cho hơn 2.000 học sinh năm 2025."),

        // ---- Giấy khen của Giám đốc Sở Y tế ----
        new(RecipientKind.Collective, "Khoa Kiểm soát nhiễm khuẩn", "Giấy khen", GiamDocSoYTe,
            2021, "1563/QĐ-SYT", new DateOnly(2021, 11, 30), null,
            "Đã có thành tích xuất sắc trong công tác phòng, chống dịch COVID-19 năm 2021, không để xảy ra lây nhiễm chéo trong bệnh viện."),
        new(RecipientKind.Individual, "Đỗ Văn Lực", "Giấy khen", GiamDocSoYTe,
            2021, "1563/QĐ-SYT", new DateOnly(2021, 11, 30), null,
            "Đã có thành tích trong thời gian tăng cường cho khu điều trị người bệnh COVID-19 của tỉnh năm 2021."),
        new(RecipientKind.Collective, "Khoa Nội tổng hợp", "Giấy khen", GiamDocSoYTe,
            2022, "214/QĐ-SYT", new DateOnly(2023, 2, 8), PhongChongCovid,
            "Đã có thành tích xuất sắc trong điều trị, phục hồi cho người bệnh sau mắc COVID-19 bằng y học cổ truyền năm 2022."),
        new(RecipientKind.Individual, "Huỳnh Thị Kim Oanh", "Giấy khen", GiamDocSoYTe,
            2022, "214/QĐ-SYT", new DateOnly(2023, 2, 8), PhongChongCovid,
            "Đã có thành tích trong tổ chức tiêm vắc xin phòng COVID-19 an toàn cho viên chức và người bệnh năm 2022."),
        new(RecipientKind.Collective, "Phòng Kế hoạch tổng hợp", "Giấy khen", GiamDocSoYTe,
            2023, "1874/QĐ-SYT", new DateOnly(2023, 12, 20), LaoDongGioi,
            "Đã có thành tích xuất sắc trong chuyển đổi số y tế năm 2023 với phần mềm đặt lịch khám và nhắc lịch tái khám."),
        new(RecipientKind.Individual, "Bùi Thị Ngọc Ánh", "Giấy khen", GiamDocSoYTe,
            2023, "862/QĐ-SYT", new DateOnly(2023, 6, 5), HocTapLamTheoBac,
            "Đã có thành tích tiêu biểu trong học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh, thực hiện tốt quy tắc “03 xây, 03 chống và 03 biết” năm 2023."),
        new(RecipientKind.Collective, "Khoa Châm cứu – Dưỡng sinh", "Giấy khen", GiamDocSoYTe,
            2023, "862/QĐ-SYT", new DateOnly(2023, 6, 5), LaoDongGioi,
            "Đã có thành tích xuất sắc trong phong trào thi đua yêu nước, được biểu dương nhân kỷ niệm 75 năm Ngày Chủ tịch Hồ Chí Minh ra Lời kêu gọi thi đua ái quốc (11/06/1948 – 11/06/2023)."),
        new(RecipientKind.Collective, "Khoa Phục hồi chức năng", "Giấy khen", GiamDocSoYTe,
            2024, "1932/QĐ-SYT", new DateOnly(2024, 12, 23), DoiMoiPhongCach,
            "Đã có thành tích xuất sắc trong phong trào đổi mới phong cách, thái độ phục vụ năm 2024, tỷ lệ người bệnh hài lòng đạt 96,4%."),
        new(RecipientKind.Individual, "Phan Thanh Sơn", "Giấy khen", GiamDocSoYTe,
            2024, "1932/QĐ-SYT", new DateOnly(2024, 12, 23), HocTapLamTheoBac,
            "Đã có thành tích tiêu biểu trong học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh năm 2024, tận tụy với người bệnh sau đột quỵ."),
        new(RecipientKind.Collective, "Khoa Cận lâm sàng", "Giấy khen", GiamDocSoYTe,
            2025, "1985/QĐ-SYT", new DateOnly(2025, 12, 22), LaoDongGioi,
            "Đã có thành tích xuất sắc trong phong trào Lao động giỏi, lao động sáng tạo năm 2025 với sáng kiến lấy mẫu xét nghiệm tại giường."),
        new(RecipientKind.Individual, "Vũ Ngọc Quang", "Giấy khen", GiamDocSoYTe,
            2025, "1985/QĐ-SYT", new DateOnly(2025, 12, 22), LaoDongGioi,
            "Đã có thành tích xuất sắc trong triển khai bệnh án điện tử và chuyển đổi số tại bệnh viện năm 2025."),
        new(RecipientKind.Individual, "Trần Quang Huy", "Giấy khen", GiamDocSoYTe,
            2024, "318/QĐ-SYT", new DateOnly(2025, 3, 7), null,
            "Đã có thành tích xuất sắc trong tổ chức phong trào thi đua và công tác khen thưởng giai đoạn 2021–2025, biểu dương tại Hội nghị điển hình tiên tiến năm 2025."),

        // ---- Bằng khen của Chủ tịch UBND tỉnh ----
        new(RecipientKind.Collective, "Khoa Kiểm soát nhiễm khuẩn", "Bằng khen", ChuTichUbndTinh,
            2021, "2874/QĐ-UBND", new DateOnly(2021, 12, 24), null,
            "Đã có thành tích xuất sắc trong công tác phòng, chống dịch COVID-19 trên địa bàn tỉnh Khánh Hòa năm 2021."),
        new(RecipientKind.Individual, "Nguyễn Thị Thu Hà", "Bằng khen", ChuTichUbndTinh,
            2022, "634/QĐ-UBND", new DateOnly(2023, 3, 16), LaoDongGioi,
            "Đã có thành tích xuất sắc trong công tác chuyên môn và nghiên cứu khoa học, góp phần vào sự nghiệp bảo vệ, chăm sóc sức khỏe nhân dân năm 2021–2022."),
        new(RecipientKind.Collective, "Khoa Phục hồi chức năng", "Bằng khen", ChuTichUbndTinh,
            2023, "613/QĐ-UBND", new DateOnly(2024, 3, 14), DoiMoiPhongCach,
            "Đã có thành tích xuất sắc trong phong trào đổi mới phong cách, thái độ phục vụ hướng tới sự hài lòng của người bệnh năm 2022–2023."),
        new(RecipientKind.Individual, "Bùi Thị Ngọc Ánh", "Bằng khen", ChuTichUbndTinh,
            2024, "706/QĐ-UBND", new DateOnly(2025, 3, 19), HocTapLamTheoBac,
            "Đã có thành tích xuất sắc trong học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh giai đoạn 2021–2024."),
        new(RecipientKind.Collective, "Khoa Khám bệnh", "Bằng khen", ChuTichUbndTinh,
            2025, "3106/QĐ-UBND", new DateOnly(2025, 12, 18), DoiMoiPhongCach,
            "Đã có thành tích xuất sắc trong phong trào thi đua yêu nước giai đoạn 2021–2025, tỷ lệ người bệnh hài lòng liên tục trên 93%."),

        // ---- Bằng khen của Bộ trưởng Bộ Y tế ----
        new(RecipientKind.Collective, "Khoa Châm cứu – Dưỡng sinh", "Bằng khen", BoTruongBoYTe,
            2022, "482/QĐ-BYT", new DateOnly(2023, 2, 21), LaoDongGioi,
            "Đã có thành tích xuất sắc trong ứng dụng châm cứu kết hợp phục hồi chức năng cho người bệnh sau đột quỵ, góp phần phát triển y học cổ truyền."),
        new(RecipientKind.Individual, "Thái Thị Minh Nguyệt", "Bằng khen", BoTruongBoYTe,
            2024, "415/QĐ-BYT", new DateOnly(2025, 2, 18), XanhSachDep,
            "Đã có thành tích xuất sắc trong bảo tồn, phát triển dược liệu và xây dựng vườn thuốc nam mẫu giai đoạn 2021–2024."),

        // ---- Kỷ niệm chương Vì sức khỏe nhân dân ----
        new(RecipientKind.Individual, "Hoàng Đức Thịnh", KyNiemChuong, BoTruongBoYTe,
            2022, "3518/QĐ-BYT", new DateOnly(2022, 12, 19), null,
            "Đã có nhiều đóng góp cho sự nghiệp bảo vệ, chăm sóc và nâng cao sức khỏe nhân dân."),
        new(RecipientKind.Individual, "Thái Thị Minh Nguyệt", KyNiemChuong, BoTruongBoYTe,
            2023, "4721/QĐ-BYT", new DateOnly(2023, 12, 15), null,
            "Đã có nhiều đóng góp cho sự nghiệp bảo vệ, chăm sóc và nâng cao sức khỏe nhân dân, hơn 25 năm công tác trong lĩnh vực dược liệu."),
        new(RecipientKind.Individual, "Trần Văn Hùng", KyNiemChuong, BoTruongBoYTe,
            2025, "3906/QĐ-BYT", new DateOnly(2025, 12, 12), null,
            "Đã có nhiều đóng góp cho sự nghiệp bảo vệ, chăm sóc và nâng cao sức khỏe nhân dân."),
    ];

    // Declared last: static fields initialize in textual order, and BuildCommendations reads the lists above.
    public static readonly DemoCommendation[] Commendations = BuildCommendations();
}
