namespace ThiDuaCms.Content.Data.Seed;

internal static partial class DemoContent
{
    // Movement names are the constants declared in DemoContent.Recognition.cs.
    public static readonly DemoArticle[] Articles =
    [
        // ================= Mô hình =================
        new("Mô hình một cửa tiếp đón giúp người bệnh chờ khám chỉ còn 25 phút", "Mô hình",
            "Sau một năm triển khai, mô hình một cửa tại Khoa Khám bệnh đã rút ngắn gần một nửa thời gian chờ khám và nâng tỷ lệ hài lòng ở khâu tiếp đón lên 94%.",
            """
            ## Từ nỗi vất vả của người bệnh

            Trước năm 2021, người bệnh đến khám tại Bệnh viện Y học cổ truyền và Phục hồi chức năng Khánh Hòa phải qua ba quầy riêng biệt: lấy số thứ tự, kiểm tra thẻ bảo hiểm y tế và nhận phiếu chỉ định phòng khám. Vào những ngày cao điểm đầu tuần, hành lang khu tiếp đón luôn chật kín, nhiều cụ già phải đứng chờ gần một giờ mới được vào phòng khám.

            Xuất phát từ thực tế đó, Khoa Khám bệnh do bác sĩ Trần Văn Hùng làm trưởng khoa đã đề xuất gộp toàn bộ các bước vào một quầy duy nhất. Điều dưỡng trưởng khoa Lê Thị Mỹ Hạnh trực tiếp sắp xếp lại nhân lực, bố trí thêm một điều dưỡng chuyên hỗ trợ người cao tuổi, người khuyết tật.

            ## Cách làm cụ thể

            - Một quầy tiếp nhận thực hiện đồng thời việc kiểm tra thẻ bảo hiểm y tế, nhập thông tin và in phiếu khám.
            - Màn hình gọi số được lắp tại mỗi phòng khám, người bệnh ngồi chờ thay vì đứng xếp hàng.
            - Mở cửa tiếp đón từ 6 giờ 30 và không nghỉ trưa vào các ngày thứ Hai, thứ Ba.
            - Khảo sát nhanh sự hài lòng bằng phiếu có mã QR ngay tại quầy.

            ## Kết quả đạt được

            | Chỉ số | Trước mô hình | Sau một năm |
            |---|---|---|
            | Thời gian chờ khám trung bình | 45 phút | 25 phút |
            | Tỷ lệ hài lòng khâu tiếp đón | 82% | 94% |
            | Số quầy người bệnh phải qua | 3 | 1 |

            Mô hình đã được Hội đồng sáng kiến bệnh viện công nhận và được chọn là một trong những cách làm hay của phong trào đổi mới phong cách, thái độ phục vụ. Thời gian tới, khoa sẽ kết hợp với phần mềm đặt lịch khám để người bệnh có thể chọn giờ đến, giảm hơn nữa tình trạng dồn ứ vào buổi sáng đầu tuần.
            """,
            new DateTime(2022, 3, 8, 9, 30, 0), "Bài: Lê Minh Tâm",
            ["một cửa", "hài lòng người bệnh", "cải cách hành chính"],
            ["Trần Văn Hùng", "Lê Thị Mỹ Hạnh"], ["Khoa Khám bệnh"], [DoiMoiPhongCach],
            ["Mô hình một cửa tiếp đón người bệnh tại Khoa Khám bệnh"], true),

        new("Bệnh viện không khói thuốc lá: từ khẩu hiệu đến thói quen", "Mô hình",
            "Nhân Ngày Thế giới không thuốc lá 31/5, nhìn lại chặng đường xây dựng mô hình Bệnh viện không khói thuốc lá đã được Sở Y tế công nhận.",
            """
            ## Bắt đầu từ chính nhân viên y tế

            Năm 2021, khi mô hình Bệnh viện không khói thuốc lá được đưa vào kế hoạch thi đua, khảo sát ban đầu cho thấy vẫn còn một số viên chức, người lao động và khá nhiều người nhà người bệnh hút thuốc ở khu căng tin, bãi giữ xe. Cử nhân điều dưỡng Hồ Thị Lệ Quyên, phụ trách Khoa Kiểm soát nhiễm khuẩn, cùng Trưởng phòng Tổ chức – Hành chính Trần Quang Huy đề xuất một cách làm “lấy người trong nhà làm gương”.

            Toàn bộ viên chức ký cam kết không hút thuốc trong khuôn viên. Những người đang hút thuốc được các bác sĩ Khoa Châm cứu – Dưỡng sinh tư vấn, hỗ trợ cai bằng nhĩ châm kết hợp trà thảo dược.

            ## Những việc đã làm

            - Gắn biển cấm hút thuốc ở tất cả lối vào, buồng bệnh, hành lang và khu căng tin.
            - Thành lập đội giám sát liên khoa, kiểm tra đột xuất mỗi tháng một lần.
            - Đưa nội dung không hút thuốc vào buổi hướng dẫn nội quy cho người bệnh mới nhập viện.
            - Tổ chức góc tư vấn cai thuốc lá vào sáng thứ Năm hằng tuần tại Khoa Khám bệnh.

            ## Kết quả đạt được

            Trong 4 đợt kiểm tra năm 2022, đoàn không ghi nhận trường hợp hút thuốc nào trong khuôn viên; 100% khoa, phòng đạt tiêu chí không khói thuốc. Đã có 37 người, trong đó có 5 viên chức, cai thuốc thành công sau 6 tháng theo dõi. Mô hình được Sở Y tế công nhận và là tiêu chí quan trọng để bệnh viện giữ vững danh hiệu Cơ sở y tế không khói thuốc lá trong phong trào Xanh – Sạch – Đẹp – An toàn.

            “Không khói thuốc giờ đã thành thói quen chứ không còn là khẩu hiệu”, chị Quyên chia sẻ.
            """,
            new DateTime(2022, 5, 31, 8, 15, 0), "Phòng Tổ chức – Hành chính",
            ["không khói thuốc lá", "môi trường bệnh viện", "cai thuốc lá"],
            ["Hồ Thị Lệ Quyên", "Trần Quang Huy"], ["Khoa Kiểm soát nhiễm khuẩn"], [XanhSachDep],
            ["Mô hình Bệnh viện không khói thuốc lá"]),

        new("Vườn thuốc nam mẫu – lớp học xanh giữa lòng bệnh viện", "Mô hình",
            "Từ một khu đất trống sau khu điều trị, Khoa Dược đã gây dựng vườn thuốc nam với 126 loài cây được định danh, mỗi năm đón hàng trăm lượt học viên tham quan.",
            """
            ## Một khu đất, nhiều ý tưởng

            Khu đất phía sau khu điều trị nội trú trước đây chỉ có cỏ dại và vật liệu cũ. Đầu năm 2021, dược sĩ Thái Thị Minh Nguyệt, Trưởng khoa Dược, đề xuất cải tạo nơi này thành vườn thuốc nam mẫu, vừa làm đẹp cảnh quan, vừa phục vụ giảng dạy cho sinh viên thực tập và truyền thông cho người bệnh.

            Cây giống được sưu tầm từ vườn nhà của viên chức, từ các hội viên Hội Đông y và các chuyến công tác tuyến huyện. Dược sĩ Quách Văn Hiếu phụ trách định danh, làm bảng tên và soạn nội dung tra cứu cho từng loài.

            ## Vườn thuốc hôm nay

            - 126 loài cây thuốc được chia thành 8 khu theo nhóm tác dụng: giải biểu, thanh nhiệt, an thần, bổ dưỡng…
            - Mỗi cây có bảng ghi tên thường gọi, tên khoa học và mã QR dẫn tới trang mô tả công dụng, cách dùng an toàn.
            - Các khoa, phòng nhận chăm sóc từng luống vào chiều thứ Sáu hằng tuần.
            - Nước tưới được tận dụng từ hệ thống thu gom nước mưa trên mái nhà.

            ## Hiệu quả đạt được

            Mỗi năm vườn đón hơn 900 lượt học viên, học sinh và người bệnh đến tham quan, học nhận biết cây thuốc. Nhiều người bệnh nội trú xem đây là nơi đi dạo, tập dưỡng sinh buổi sáng. Mô hình được Hội đồng sáng kiến bệnh viện công nhận và góp phần để bệnh viện đạt điểm cao trong các đợt kiểm tra Xanh – Sạch – Đẹp – An toàn.

            Khoa Dược đang phối hợp Phòng Đào tạo – Nghiên cứu khoa học – Chỉ đạo tuyến biên soạn tài liệu “100 cây thuốc quanh nhà” để phát cho người bệnh.
            """,
            new DateTime(2022, 8, 19, 14, 0, 0), "Khoa Dược",
            ["vườn thuốc nam", "dược liệu", "xanh sạch đẹp"],
            ["Thái Thị Minh Nguyệt", "Quách Văn Hiếu"], ["Khoa Dược"], [XanhSachDep],
            ["Vườn thuốc nam mẫu phục vụ giảng dạy và truyền thông"]),

        new("Phòng tập phục hồi chức năng cho trẻ: nơi những bước tiến nhỏ được ghi nhận", "Mô hình",
            "Nhân Ngày Thế giới nhận thức về tự kỷ 2/4, Khoa Nhi chia sẻ một năm vận hành phòng tập phục hồi chức năng dành riêng cho trẻ tự kỷ và chậm phát triển.",
            """
            ## Một không gian dành riêng cho trẻ

            Trước đây, trẻ chậm phát triển phải tập chung khu vực với người lớn tại Khoa Phục hồi chức năng, nhiều bé sợ hãi, quấy khóc khiến buổi tập kém hiệu quả. Năm 2022, bác sĩ Lương Thị Phương Thảo, Trưởng khoa Nhi, cùng kỹ thuật viên Cao Thị Tuyết Mai đề xuất cải tạo một phòng bệnh cũ thành phòng tập dành riêng cho trẻ.

            Phòng được sơn màu nhẹ nhàng, lót thảm xốp và chia thành ba khu: khu vận động với thang leo, bóng tập; khu giác quan với bảng chạm, xích đu; khu ngôn ngữ với tranh ảnh, thẻ hình. Phần lớn đồ dùng do viên chức trong khoa tự làm hoặc được các nhà hảo tâm tặng.

            ## Phụ huynh cùng tham gia

            - Mỗi trẻ có một kế hoạch can thiệp cá nhân, được đánh giá lại sau 3 tháng.
            - Phụ huynh được ngồi trong phòng, học cách tập và ghi nhật ký tập tại nhà.
            - Cuối mỗi tháng, khoa tổ chức buổi sinh hoạt để các gia đình chia sẻ kinh nghiệm.
            - Trẻ ở xa được hướng dẫn tập qua cuộc gọi video giữa các đợt điều trị.

            ## Kết quả đạt được

            Mỗi năm phòng tập can thiệp cho khoảng 180 trẻ. Theo thang đánh giá của khoa, 76% trẻ cải thiện kỹ năng giao tiếp sau 6 tháng; nhiều bé đã nói được câu ngắn, biết chào hỏi và hòa nhập lớp mẫu giáo. Mô hình được Hội đồng sáng kiến bệnh viện công nhận và trở thành điểm sáng của phong trào Tạo dựng hình ảnh người cán bộ y tế Đất Sen Hồng.

            “Mỗi tiếng gọi ‘mẹ ơi’ đầu tiên của trẻ là phần thưởng lớn nhất của chúng tôi”, bác sĩ Thảo nói.
            """,
            new DateTime(2023, 4, 2, 10, 0, 0), "Bài: Lê Minh Tâm",
            ["phục hồi chức năng nhi", "tự kỷ", "can thiệp sớm"],
            ["Lương Thị Phương Thảo", "Cao Thị Tuyết Mai"], ["Khoa Nhi"], [DatSenHong],
            ["Phòng tập phục hồi chức năng cho trẻ tự kỷ và chậm phát triển"]),

        new("Lớp dưỡng sinh miễn phí cho người cao tuổi về tận phường, xã", "Mô hình",
            "Nhân Ngày Quốc tế Người cao tuổi 1/10, Khoa Châm cứu – Dưỡng sinh đã mở 12 lớp dưỡng sinh tại 6 phường, xã với 340 học viên tham gia.",
            """
            ## Mang dưỡng sinh ra khỏi bệnh viện

            Nhiều người cao tuổi điều trị tại bệnh viện được hướng dẫn tập dưỡng sinh, nhưng sau khi ra viện thường bỏ dở vì không có người hướng dẫn. Từ năm 2024, Khoa Châm cứu – Dưỡng sinh phối hợp Hội Người cao tuổi các phường, xã mở lớp dưỡng sinh miễn phí ngay tại nhà văn hóa khu dân cư.

            Y sĩ Đặng Thị Ngọc Lan, người có nhiều năm làm hướng dẫn viên dưỡng sinh, trực tiếp đứng lớp. Điều dưỡng trưởng khoa Huỳnh Thị Kim Oanh phụ trách đo huyết áp, ghi sổ theo dõi và tư vấn sức khỏe cho học viên.

            ## Nội dung mỗi khóa học

            - 8 buổi học vào sáng sớm, mỗi buổi khoảng 60 phút.
            - Thở bốn thì, các động tác thư giãn, luyện khí và xoa bóp tự thân.
            - Đo huyết áp trước và sau mỗi buổi tập, ghi vào sổ cá nhân.
            - Phát tài liệu và video hướng dẫn để học viên tự tập tại nhà.

            ## Những con số ban đầu

            | Nội dung | Kết quả |
            |---|---|
            | Số lớp đã mở | 12 lớp |
            | Số phường, xã | 6 |
            | Số học viên | 340 người |
            | Học viên duy trì tập sau khóa | 82% |

            Mô hình đang được triển khai, dự kiến mở rộng thêm các xã miền núi. Nhiều học viên cho biết giấc ngủ tốt hơn, bớt đau mỏi. Cụ ông Nguyễn Văn Bảy, 76 tuổi, ở phường Vĩnh Hải, chia sẻ: “Trước tôi đi bộ một đoạn là mệt, giờ sáng nào cũng ra nhà văn hóa tập với bà con, vui lắm”.
            """,
            new DateTime(2024, 10, 1, 15, 0, 0), "Khoa Châm cứu – Dưỡng sinh",
            ["dưỡng sinh", "người cao tuổi", "sức khỏe cộng đồng"],
            ["Đặng Thị Ngọc Lan", "Huỳnh Thị Kim Oanh"], ["Khoa Châm cứu – Dưỡng sinh"], [DatSenHong],
            ["Chương trình dưỡng sinh cho người cao tuổi tại cộng đồng"]),

        new("Bếp ăn bệnh lý: khi món ăn cũng là bài thuốc", "Mô hình",
            "Nhân Ngày Thế giới phòng chống đái tháo đường 14/11, Khoa Dinh dưỡng giới thiệu 21 thực đơn theo thể bệnh y học cổ truyền dành cho người bệnh đái tháo đường.",
            """
            ## Ăn đúng để điều trị tốt hơn

            Trong số người bệnh điều trị nội trú, khoảng một phần năm có kèm đái tháo đường. Nhiều người mang đồ ăn từ nhà vào hoặc mua tạm bên ngoài, khiến đường huyết dao động khó kiểm soát. Năm 2024, cử nhân dinh dưỡng La Thị Thanh Tâm, phụ trách Khoa Dinh dưỡng, cùng các bác sĩ Khoa Nội tổng hợp xây dựng bộ thực đơn bệnh lý riêng cho nhóm người bệnh này.

            Điểm khác biệt là thực đơn được thiết kế theo thể bệnh y học cổ truyền, kết hợp món ăn – bài thuốc quen thuộc như cháo ý dĩ, canh mướp đắng, trà khổ qua, chè đậu đen không đường.

            ## Cách tổ chức

            - Bác sĩ điều trị ghi thể bệnh vào phiếu chỉ định ăn; khoa Dinh dưỡng chọn thực đơn tương ứng.
            - Kỹ thuật viên Huỳnh Văn Đạt kiểm soát khẩu phần, cân định lượng tinh bột từng suất ăn.
            - Suất ăn được đưa tới tận giường vào đúng giờ, kèm phiếu ghi thành phần.
            - Người bệnh và người nhà được tư vấn cách nấu tại nhà trước khi ra viện.

            ## Kết quả đạt được

            Qua 6 tháng áp dụng, tỷ lệ người bệnh đạt mục tiêu đường huyết lúc đói khi ra viện tăng từ 58% lên 71%. Tỷ lệ người bệnh đái tháo đường đăng ký suất ăn tại bệnh viện tăng rõ rệt. Sáng kiến đã được Hội đồng sáng kiến bình xét, đang tiếp tục theo dõi để hoàn thiện hồ sơ đề nghị công nhận.

            Bếp ăn của khoa cũng đã thay toàn bộ hộp xốp bằng khay inox, góp phần giảm rác thải nhựa trong bệnh viện.
            """,
            new DateTime(2024, 11, 14, 9, 0, 0), "Khoa Dinh dưỡng",
            ["dinh dưỡng", "đái tháo đường", "món ăn bài thuốc"],
            ["La Thị Thanh Tâm", "Huỳnh Văn Đạt"], ["Khoa Dinh dưỡng", "Khoa Nội tổng hợp"], [DoiMoiPhongCach],
            ["Thực đơn bệnh lý theo thể bệnh y học cổ truyền cho người bệnh đái tháo đường"]),

        new("Bệnh án điện tử: bác sĩ ký số ngay tại buồng bệnh", "Mô hình",
            "Bệnh viện đã triển khai bệnh án điện tử và ký số tại 6/10 khoa lâm sàng, mỗi năm giảm khoảng 120.000 trang giấy in.",
            """
            ## Chuyển đổi số từ buồng bệnh

            Thực hiện lộ trình triển khai bệnh án điện tử của ngành y tế, từ đầu năm 2025, bệnh viện thí điểm số hóa hồ sơ bệnh án tại Khoa Nội tổng hợp và Khoa Châm cứu – Dưỡng sinh. Mỗi bác sĩ, điều dưỡng được cấp chữ ký số và máy tính bảng để ghi chép, ký xác nhận ngay khi đi buồng.

            Bác sĩ Vũ Ngọc Quang, Trưởng phòng Kế hoạch tổng hợp, cho biết khó khăn lớn nhất không nằm ở thiết bị mà ở thói quen. Vì vậy, nhóm triển khai do kỹ sư Nguyễn Thị Kim Chi phụ trách đã trực tại từng khoa trong hai tuần đầu để hướng dẫn “cầm tay chỉ việc”.

            ## Những thay đổi rõ nét

            - Y lệnh được chuyển tức thời tới điều dưỡng, khoa Dược và khoa Cận lâm sàng.
            - Kết quả xét nghiệm, chẩn đoán hình ảnh tự động gắn vào hồ sơ.
            - Hồ sơ ra viện được duyệt và lưu trữ điện tử, không cần in ký nhiều bản.
            - Lãnh đạo khoa theo dõi chất lượng ghi chép hồ sơ theo thời gian thực.

            ## Kết quả đạt được và hướng tới

            | Chỉ số | Trước triển khai | Sau 6 tháng |
            |---|---|---|
            | Số khoa áp dụng | 0 | 6/10 |
            | Thời gian hoàn tất hồ sơ ra viện | 2 ngày | 4 giờ |
            | Trang giấy in mỗi năm | khoảng 180.000 | khoảng 60.000 |

            Mô hình đang tiếp tục được mở rộng tới các khoa còn lại trong năm 2025, hướng tới hoàn thành bệnh án điện tử toàn viện theo yêu cầu của Bộ Y tế.
            """,
            new DateTime(2025, 6, 17, 10, 30, 0), "Phòng Kế hoạch tổng hợp",
            ["chuyển đổi số", "bệnh án điện tử", "ký số"],
            ["Vũ Ngọc Quang", "Nguyễn Thị Kim Chi"], ["Phòng Kế hoạch tổng hợp"], [LaoDongGioi],
            ["Số hóa hồ sơ bệnh án và ký số tại các khoa lâm sàng"]),

        new("Câu lạc bộ người bệnh sau đột quỵ – nơi chia sẻ hành trình hồi phục", "Mô hình",
            "Sau hai năm hoạt động, câu lạc bộ người bệnh sau đột quỵ đã trở thành điểm hẹn hằng tháng của hơn 60 gia đình, giúp người bệnh tự tin tập luyện và hòa nhập cộng đồng.",
            """
            ## Không ai phải đi một mình

            Người bệnh sau đột quỵ khi ra viện thường mang theo nhiều nỗi lo: sợ tái phát, sợ trở thành gánh nặng, không biết tập tiếp thế nào. Từ năm 2023, cử nhân điều dưỡng Võ Thị Thanh Nga, chuyên trách công tác xã hội của Phòng Điều dưỡng, phối hợp với bác sĩ Phan Thanh Sơn, Trưởng khoa Phục hồi chức năng, thành lập câu lạc bộ người bệnh sau đột quỵ.

            Câu lạc bộ sinh hoạt vào sáng thứ Bảy tuần cuối mỗi tháng tại hội trường bệnh viện. Mỗi buổi có một chủ đề: chế độ ăn phòng tái phát, tập đi với khung, cách dùng thuốc đúng, chăm sóc tinh thần cho người bệnh.

            ## Hoạt động thường kỳ

            - Bác sĩ, kỹ thuật viên kiểm tra tiến triển, điều chỉnh bài tập cho từng người.
            - Người bệnh hồi phục tốt kể lại kinh nghiệm, động viên người mới.
            - Người nhà được hướng dẫn kỹ năng chăm sóc và cách phòng té ngã.
            - Những trường hợp khó khăn được kết nối hỗ trợ xe lăn, khung tập đi.

            ## Lan tỏa yêu thương

            Hơn 60 gia đình đã tham gia câu lạc bộ, trong đó nhiều người đã tự đi lại được và quay trở lại làm những công việc nhẹ. Qua kết nối của chị Nga, 23 chiếc xe lăn và khung tập đi đã được các nhà hảo tâm trao tặng cho người bệnh nghèo.

            Mô hình là một cách làm cụ thể của phong trào đổi mới phong cách, thái độ phục vụ: chăm sóc người bệnh không dừng lại ở cổng bệnh viện.
            """,
            new DateTime(2025, 9, 26, 14, 30, 0), "Bài: Lê Minh Tâm",
            ["đột quỵ", "công tác xã hội", "phục hồi chức năng"],
            ["Võ Thị Thanh Nga", "Phan Thanh Sơn"], ["Phòng Điều dưỡng", "Khoa Phục hồi chức năng"], [DoiMoiPhongCach],
            []),

        new("Tổng kết 5 năm phong trào Xanh – Sạch – Đẹp – An toàn", "Mô hình",
            "Giai đoạn 2021–2025, bệnh viện giữ vững danh hiệu Cơ sở y tế không khói thuốc lá, giảm khoảng 30% túi ni lông và thu hồi gần 1,2 tấn nhựa tái chế mỗi năm.",
            """
            ## Nhìn lại một chặng đường

            Ngày 09/01/2026, bệnh viện tổ chức tổng kết phong trào Xanh – Sạch – Đẹp – An toàn giai đoạn 2021–2025. Sau 5 năm, khuôn viên bệnh viện đã thay đổi rõ rệt: thêm vườn thuốc nam, hàng cây xanh dọc lối đi, khu vực chờ thoáng mát và không còn bóng dáng khói thuốc.

            Khoa Kiểm soát nhiễm khuẩn là đơn vị nòng cốt. Cử nhân điều dưỡng Hồ Thị Lệ Quyên cùng điều dưỡng Phạm Văn Tài đã kiên trì hướng dẫn từng khoa phân loại chất thải, thay thói quen dùng túi ni lông đựng thuốc thang bằng túi giấy, túi vải.

            ## Kết quả đạt được

            | Chỉ tiêu | Năm 2021 | Năm 2025 |
            |---|---|---|
            | Điểm kiểm tra Xanh – Sạch – Đẹp trung bình | 84/100 | 95/100 |
            | Túi ni lông sử dụng mỗi tháng | khoảng 18.000 | khoảng 12.500 |
            | Nhựa tái chế thu hồi mỗi năm | chưa thống kê | gần 1,2 tấn |
            | Vi phạm quy định cấm hút thuốc | 6 lượt | 0 |

            ## Định hướng giai đoạn mới

            - Duy trì danh hiệu Cơ sở y tế không khói thuốc lá và kiểm tra định kỳ hằng quý.
            - Lắp đặt thêm hệ thống đèn năng lượng mặt trời cho lối đi và bãi giữ xe.
            - Mở rộng phân loại chất thải nhựa tới khu căng tin và nhà giữ xe.
            - Mỗi khoa, phòng tiếp tục nhận chăm sóc một mảng xanh trong khuôn viên.

            Tại hội nghị, Ban Giám đốc biểu dương Khoa Dinh dưỡng, Khoa Kiểm soát nhiễm khuẩn và nhiều cá nhân có thành tích xuất sắc trong phong trào.
            """,
            new DateTime(2026, 1, 9, 16, 0, 0), "Phòng Tổ chức – Hành chính",
            ["xanh sạch đẹp", "chất thải nhựa", "không khói thuốc lá"],
            ["Hồ Thị Lệ Quyên", "Phạm Văn Tài"], ["Khoa Kiểm soát nhiễm khuẩn"], [XanhSachDep],
            ["Phân loại và thu gom chất thải nhựa tại nguồn"]),

        // ================= Sáng kiến =================
        new("Đề tài điện châm phối hợp vận động sớm cho người bệnh nhồi máu não được nghiệm thu", "Sáng kiến",
            "Hội đồng khoa học Sở Y tế đã nghiệm thu đề tài phối hợp điện châm và bài tập vận động sớm, cho thấy người bệnh hồi phục nhanh hơn và rút ngắn 3,5 ngày nằm viện.",
            """
            ## Câu hỏi từ thực tế lâm sàng

            Tại bệnh viện, người bệnh sau nhồi máu não thường được điện châm ở Khoa Châm cứu – Dưỡng sinh và tập vận động ở Khoa Phục hồi chức năng, nhưng hai phần việc chưa được phối hợp chặt chẽ. Nhóm nghiên cứu do bác sĩ chuyên khoa II Nguyễn Thị Thu Hà làm chủ nhiệm, cùng bác sĩ Võ Minh Tuấn và thạc sĩ, bác sĩ Phan Thanh Sơn, đặt câu hỏi: nếu kết hợp ngay từ ngày thứ ba, người bệnh có hồi phục tốt hơn không?

            ## Thiết kế nghiên cứu

            - 90 người bệnh nhồi máu não giai đoạn bán cấp, chia thành hai nhóm tương đồng.
            - Nhóm can thiệp: điện châm theo phác đồ kết hợp chương trình vận động sớm có kỹ thuật viên hướng dẫn.
            - Nhóm chứng: điều trị theo quy trình thường quy của bệnh viện.
            - Đánh giá bằng chỉ số Barthel, thang điểm Rankin sửa đổi tại thời điểm vào viện, ra viện và sau 3 tháng.

            ## Kết quả đạt được

            | Chỉ số | Nhóm can thiệp | Nhóm chứng |
            |---|---|---|
            | Tăng điểm Barthel khi ra viện | 38,6 | 26,2 |
            | Thời gian nằm viện trung bình | 18,4 ngày | 21,9 ngày |
            | Tự đi lại sau 3 tháng | 71% | 52% |

            Đề tài được Hội đồng khoa học Sở Y tế nghiệm thu loại xuất sắc. Phác đồ phối hợp đã được áp dụng thường quy tại bệnh viện và chuyển giao cho các trung tâm y tế tuyến huyện. Đây cũng là một trong những kết quả tiêu biểu của phong trào Lao động giỏi, lao động sáng tạo năm 2022.
            """,
            new DateTime(2022, 12, 15, 9, 0, 0), "Phòng Đào tạo – NCKH – CĐT",
            ["điện châm", "đột quỵ", "nghiên cứu khoa học"],
            ["Nguyễn Thị Thu Hà", "Võ Minh Tuấn", "Phan Thanh Sơn"], ["Khoa Châm cứu – Dưỡng sinh", "Khoa Phục hồi chức năng"], [LaoDongGioi],
            ["Phối hợp điện châm và bài tập vận động sớm trong phục hồi chức năng người bệnh sau nhồi máu não"]),

        new("Bộ dụng cụ tập bàn tay tự chế giúp tiết kiệm 38 triệu đồng mỗi năm", "Sáng kiến",
            "Từ gỗ vụn, ống nhựa và săm xe cũ, hai kỹ thuật viên Khoa Phục hồi chức năng đã làm ra bộ dụng cụ tập khéo léo bàn tay thay thế hàng nhập khẩu.",
            """
            ## Ý tưởng từ những món đồ bỏ đi

            Người bệnh sau đột quỵ, chấn thương bàn tay cần tập luyện với nhiều dụng cụ nhỏ: bảng cài nút, bảng vặn ốc, ống cầm nhiều cỡ, dây kháng lực. Hàng nhập khẩu giá cao, lại nhanh hỏng khi dùng liên tục. Kỹ thuật viên trưởng khoa Lý Hoàng Nam và kỹ thuật viên Mai Xuân Phúc quyết định tự làm.

            Trong ba tháng, hai anh tận dụng gỗ vụn của xưởng mộc, ống nhựa thừa sau sửa chữa, săm xe đạp cũ để chế tạo thử. Mỗi mẫu đều được người bệnh dùng thử và góp ý trước khi hoàn thiện.

            ## Bộ dụng cụ gồm

            - Bảng cài nút, kéo khóa với 6 cỡ nút khác nhau.
            - Bảng vặn ốc, vít bằng gỗ giúp tập xoay cổ tay và cầm nắm tinh.
            - Bộ ống cầm từ 2 đến 5 cm tập lực nắm theo từng giai đoạn.
            - Dây kháng lực từ săm xe với 3 mức độ căng.

            ## Hiệu quả kinh tế và chuyên môn

            Chi phí làm một bộ chỉ khoảng 1,2 triệu đồng, so với khoảng 9 triệu đồng nếu mua hàng nhập khẩu. Với 5 bộ thay thế mỗi năm, khoa tiết kiệm khoảng 38 triệu đồng. Người bệnh hứng thú vì dụng cụ gần gũi với đồ dùng hằng ngày, dễ mang về nhà tập tiếp.

            Sáng kiến đã được Hội đồng sáng kiến bệnh viện công nhận và chuyển giao mẫu cho 3 trung tâm y tế huyện. Anh Nam chia sẻ: “Chỉ cần hiểu người bệnh cần tập động tác gì, mình sẽ nghĩ ra cách làm dụng cụ phù hợp”.
            """,
            new DateTime(2022, 11, 22, 9, 15, 0), "Bài: Lê Minh Tâm",
            ["dụng cụ tự chế", "phục hồi chức năng", "tiết kiệm chi phí"],
            ["Lý Hoàng Nam", "Mai Xuân Phúc"], ["Khoa Phục hồi chức năng"], [LaoDongGioi],
            ["Bộ dụng cụ tập vận động bàn tay tự chế từ vật liệu sẵn có"]),

        new("Thanh toán viện phí bằng mã QR: ra viện không còn phải xếp hàng", "Sáng kiến",
            "Sáng kiến in mã QR trên bảng kê chi phí của Phòng Tài chính – Kế toán giúp thời gian thanh toán ra viện giảm từ 20 phút xuống còn 7 phút.",
            """
            ## Khi quầy thu ngân quá tải

            Mỗi buổi sáng, khoảng 9 giờ đến 10 giờ là lúc nhiều người bệnh làm thủ tục ra viện cùng lúc. Quầy thu ngân chỉ có hai nhân viên, người nhà phải chờ trung bình 20 phút, có khi lâu hơn nếu phải đi rút tiền. Năm 2022, Kế toán trưởng Hoàng Thị Thu Trang cùng kế toán viên Nguyễn Văn Toàn đề xuất giải pháp thanh toán không dùng tiền mặt bằng mã QR.

            ## Cách thực hiện

            - Phần mềm viện phí kết nối với ngân hàng, tạo mã QR động cho từng bảng kê chi phí.
            - Người bệnh quét mã bằng ứng dụng ngân hàng, số tiền và nội dung được điền sẵn.
            - Hệ thống tự đối soát, quầy thu ngân chỉ cần in biên lai điện tử.
            - Tạm ứng viện phí cũng có thể chuyển khoản ngay tại khoa điều trị.

            ## Kết quả đạt được

            | Chỉ số | Năm 2022 | Năm 2024 |
            |---|---|---|
            | Tỷ lệ giao dịch không dùng tiền mặt | 11% | 46% |
            | Thời gian thanh toán ra viện | 20 phút | 7 phút |
            | Sai lệch đối soát cuối ngày | 3–4 lượt/tháng | không đáng kể |

            Sáng kiến được Hội đồng sáng kiến bệnh viện công nhận, góp phần vào chủ trương thúc đẩy thanh toán không dùng tiền mặt trong lĩnh vực y tế. Phòng Tài chính – Kế toán tiếp tục hướng dẫn người cao tuổi sử dụng ứng dụng ngân hàng, bảo đảm không ai bị bỏ lại phía sau.
            """,
            new DateTime(2025, 1, 9, 10, 0, 0), "Phòng Tài chính – Kế toán",
            ["thanh toán không dùng tiền mặt", "chuyển đổi số", "viện phí"],
            ["Hoàng Thị Thu Trang", "Nguyễn Văn Toàn"], ["Phòng Tài chính – Kế toán"], [LaoDongGioi],
            ["Thanh toán viện phí không dùng tiền mặt qua mã QR"]),

        new("Cấp phát thuốc thang theo đơn điện tử: thời gian chờ từ 35 phút còn 15 phút", "Sáng kiến",
            "Đơn thuốc thang được chuyển thẳng từ phòng khám sang Khoa Dược, thuốc được cân sẵn trước khi người bệnh tới quầy, giảm mạnh thời gian chờ và sai sót cấp phát.",
            """
            ## Nút thắt ở quầy thuốc thang

            Thuốc thang là thế mạnh của bệnh viện y học cổ truyền, nhưng cũng là khâu khiến người bệnh chờ lâu nhất. Trước đây, người bệnh cầm đơn giấy từ phòng khám xuống quầy, dược sĩ mới bắt đầu cân từng vị, mỗi đơn mất 5 đến 7 phút. Giờ cao điểm, thời gian chờ lên tới 35 phút.

            Dược sĩ Quách Văn Hiếu và dược sĩ Võ Thị Hồng Vân đã nghiên cứu lại quy trình và đề xuất sáng kiến cấp phát thuốc thang theo đơn điện tử.

            ## Quy trình mới

            - Bác sĩ kê đơn trên phần mềm, đơn được gửi ngay tới màn hình tại khoa Dược.
            - Dược sĩ cân, chia thang và đóng gói sẵn trong lúc người bệnh làm thủ tục thanh toán.
            - Mỗi gói thuốc dán nhãn mã vạch, quét đối chiếu với đơn trước khi giao.
            - Túi giấy thay túi ni lông, in sẵn hướng dẫn sắc thuốc.

            ## Hiệu quả đạt được

            Thời gian chờ nhận thuốc thang giảm từ 35 phút xuống còn khoảng 15 phút. Tỷ lệ sai sót cấp phát giảm còn dưới 0,02%. Phiếu khảo sát cho thấy mức hài lòng của người bệnh với khâu nhận thuốc tăng từ 85% lên 96%.

            Sáng kiến được Hội đồng sáng kiến bệnh viện công nhận năm 2023 và là thành tích nổi bật để Khoa Dược được biểu dương trong phong trào đổi mới phong cách, thái độ phục vụ.
            """,
            new DateTime(2023, 11, 7, 9, 40, 0), "Khoa Dược",
            ["thuốc thang", "đơn thuốc điện tử", "hài lòng người bệnh"],
            ["Quách Văn Hiếu", "Võ Thị Hồng Vân"], ["Khoa Dược"], [DoiMoiPhongCach],
            ["Cải tiến quy trình cấp phát thuốc thang theo đơn điện tử"]),

        new("Đặt lịch khám qua Zalo: tỷ lệ tái khám đúng hẹn tăng lên 83%", "Sáng kiến",
            "Sáng kiến đặt lịch khám và nhắc lịch tái khám qua Zalo của Phòng Kế hoạch tổng hợp vừa được Sở Y tế công nhận, mở ra cách khám bệnh chủ động cho người dân.",
            """
            ## Người bệnh chọn giờ khám

            Năm 2023, kỹ sư công nghệ thông tin Nguyễn Thị Kim Chi cùng bác sĩ Vũ Ngọc Quang, Trưởng phòng Kế hoạch tổng hợp, xây dựng hệ thống đặt lịch khám kết nối với phần mềm quản lý bệnh viện. Người bệnh có thể đặt lịch qua trang tin của bệnh viện, tài khoản Zalo chính thức hoặc gọi tổng đài.

            Điểm đáng chú ý là chức năng nhắc lịch: trước ngày tái khám một ngày, hệ thống tự động gửi tin nhắn kèm giờ hẹn và hướng dẫn chuẩn bị. Người bệnh chỉ cần bấm xác nhận hoặc chọn giờ khác.

            ## Những tiện ích chính

            - Đặt lịch theo khung giờ 30 phút, chọn được bác sĩ khám.
            - Nhắc lịch tái khám và nhắc uống thuốc cho người bệnh mạn tính.
            - Quầy ưu tiên riêng cho người đã đặt lịch tại Khoa Khám bệnh.
            - Xem kết quả xét nghiệm và hóa đơn điện tử ngay trên điện thoại.

            ## Kết quả đạt được

            | Chỉ số | Trước sáng kiến | Sau một năm |
            |---|---|---|
            | Lượt khám đặt lịch trước | dưới 3% | khoảng 32% |
            | Tỷ lệ tái khám đúng hẹn | 61% | 83% |
            | Thời gian chờ của người đặt lịch | 25 phút | dưới 10 phút |

            Sáng kiến đã được Sở Y tế công nhận và là thành tích quan trọng để chị Kim Chi đạt danh hiệu Chiến sĩ thi đua cơ sở năm 2023. Bệnh viện đang nghiên cứu kết nối hệ thống với ứng dụng định danh điện tử để người bệnh đăng ký khám hoàn toàn không cần giấy tờ.
            """,
            new DateTime(2024, 1, 25, 8, 30, 0), "Phòng Kế hoạch tổng hợp",
            ["đặt lịch khám", "chuyển đổi số", "hài lòng người bệnh"],
            ["Nguyễn Thị Kim Chi", "Vũ Ngọc Quang"], ["Phòng Kế hoạch tổng hợp"], [LaoDongGioi, DoiMoiPhongCach],
            ["Ứng dụng phần mềm đặt lịch khám và nhắc lịch tái khám qua Zalo"], true),

        new("Quét mã QR để báo hỏng thiết bị: sáng kiến nhỏ, hiệu quả lớn", "Sáng kiến",
            "Mỗi thiết bị y tế được gắn một mã QR để báo hỏng, tra lịch bảo dưỡng; thời gian khắc phục sự cố giảm một nửa, tiết kiệm khoảng 45 triệu đồng mỗi năm.",
            """
            ## Bài toán quản lý hàng trăm thiết bị

            Bệnh viện có hơn 400 thiết bị y tế, phần lớn là máy điện châm, máy kéo giãn cột sống, máy điện xung, siêu âm điều trị. Trước đây, khi máy hỏng, khoa phải viết giấy đề nghị, chuyển qua nhiều khâu, có khi ba ngày sau kỹ thuật viên mới tới kiểm tra. Lịch bảo dưỡng được ghi bằng sổ tay nên dễ bị bỏ sót.

            Năm 2024, kỹ sư Lưu Văn Trung, Trưởng phòng Vật tư – Trang thiết bị y tế, cùng kỹ thuật viên Hà Minh Đức xây dựng hệ thống quản lý bằng mã QR trên nền bảng tính trực tuyến miễn phí.

            ## Cách vận hành

            - Mỗi thiết bị được dán một mã QR chống nước ở vị trí dễ thấy.
            - Điều dưỡng quét mã bằng điện thoại để báo hỏng, chụp ảnh lỗi kèm theo.
            - Phòng Vật tư nhận thông báo tức thời, phân công người xử lý trong ngày.
            - Lý lịch sửa chữa, lịch bảo dưỡng, hạn kiểm định hiện ra khi quét mã.

            ## Hiệu quả đạt được

            Thời gian khắc phục hỏng hóc trung bình giảm từ 3 ngày xuống còn 1,5 ngày. Nhờ bảo dưỡng đúng hạn, số lần phải thuê sửa chữa bên ngoài giảm rõ, tiết kiệm khoảng 45 triệu đồng mỗi năm. Người bệnh ít phải hoãn buổi điều trị vì máy hỏng.

            Sáng kiến được Hội đồng sáng kiến bệnh viện công nhận năm 2024. Điều đáng quý là giải pháp gần như không tốn chi phí đầu tư, có thể nhân rộng ngay tại các cơ sở y tế khác trong tỉnh.
            """,
            new DateTime(2024, 12, 17, 14, 15, 0), "Bài: Trịnh Thị Hải Yến",
            ["thiết bị y tế", "quản lý thiết bị", "tiết kiệm chi phí"],
            ["Lưu Văn Trung", "Hà Minh Đức"], ["Phòng Vật tư – Trang thiết bị y tế"], [LaoDongGioi],
            ["Quản lý bảo dưỡng thiết bị y tế bằng mã QR"]),

        new("Nghiệm thu đề tài cấy chỉ catgut điều trị đau thắt lưng do thoái hóa cột sống", "Sáng kiến",
            "Đề tài của Khoa Nội tổng hợp cho thấy 87% người bệnh đạt kết quả tốt và khá, điểm đau giảm trung bình 4,1 điểm sau 4 tuần điều trị.",
            """
            ## Nhu cầu từ người bệnh

            Đau thắt lưng do thoái hóa cột sống là lý do vào viện thường gặp nhất tại Khoa Nội tổng hợp. Nhiều người bệnh ở xa, khó đến châm cứu hằng ngày. Cấy chỉ catgut vào huyệt, với tác dụng kéo dài 10 đến 15 ngày, là giải pháp phù hợp nhưng cần bằng chứng về hiệu quả và độ an toàn tại bệnh viện.

            Đề tài do bác sĩ chuyên khoa I Bùi Thị Thanh Thủy làm chủ nhiệm, bác sĩ chuyên khoa II Hoàng Đức Thịnh tham gia, được thực hiện trên 64 người bệnh trong năm 2024.

            ## Phương pháp

            - Cấy chỉ catgut vào các huyệt Thận du, Đại trường du, Ủy trung, A thị huyệt, 2 tuần một lần.
            - Kết hợp bài thuốc Độc hoạt tang ký sinh gia giảm theo thể bệnh.
            - Đánh giá mức đau theo thang VAS và tầm vận động cột sống thắt lưng.
            - Theo dõi tác dụng không mong muốn sau mỗi lần cấy chỉ.

            ## Kết quả đạt được

            | Chỉ số | Trước điều trị | Sau 4 tuần |
            |---|---|---|
            | Điểm đau VAS trung bình | 6,8 | 2,7 |
            | Kết quả tốt và khá | — | 87% |
            | Tác dụng không mong muốn | — | 3 trường hợp sưng nhẹ, tự hết |

            Hội đồng khoa học Sở Y tế đã nghiệm thu đề tài ngày 06/12/2024, xếp loại khá. Kỹ thuật cấy chỉ theo phác đồ của đề tài sẽ được đưa vào hướng dẫn điều trị của bệnh viện và chuyển giao cho tuyến huyện trong năm 2025.
            """,
            new DateTime(2024, 12, 10, 15, 0, 0), "Phòng Đào tạo – NCKH – CĐT",
            ["cấy chỉ", "đau thắt lưng", "nghiên cứu khoa học"],
            ["Bùi Thị Thanh Thủy", "Hoàng Đức Thịnh"], ["Khoa Nội tổng hợp"], [LaoDongGioi],
            ["Đánh giá hiệu quả cấy chỉ catgut trong điều trị đau thắt lưng do thoái hóa cột sống"]),

        new("Lấy mẫu xét nghiệm tại giường: có kết quả trước giờ đi buồng", "Sáng kiến",
            "Tổ lấy mẫu của Khoa Cận lâm sàng đi buồng từ 6 giờ sáng giúp 95% người bệnh nội trú có kết quả xét nghiệm trước 9 giờ.",
            """
            ## Những buổi sáng chờ ở hành lang

            Trước năm 2025, người bệnh nội trú cần xét nghiệm máu phải xuống khu xét nghiệm ở tầng trệt. Người bệnh liệt nửa người, người cao tuổi phải ngồi xe lăn chờ thang máy, xếp hàng cùng người bệnh ngoại trú. Kết quả thường có sau 10 giờ, khi bác sĩ đã đi buồng xong, dẫn tới chậm điều chỉnh y lệnh.

            Kỹ thuật viên Trần Thị Thu Sương đề xuất đưa việc lấy mẫu lên tận giường bệnh, được bác sĩ Nguyễn Hữu Phước, Trưởng khoa Cận lâm sàng, ủng hộ và hoàn thiện quy trình.

            ## Quy trình lấy mẫu tại giường

            - Chỉ định xét nghiệm được chốt trên phần mềm trước 20 giờ hôm trước.
            - Từ 6 giờ sáng, tổ lấy mẫu đi buồng với xe đẩy chuyên dụng có hộp bảo quản mẫu.
            - Mã vạch được in và dán ngay tại giường, đối chiếu tên người bệnh hai lần.
            - Mẫu được chuyển về khoa theo từng đợt 30 phút, chạy máy ngay khi nhận.

            ## Kết quả đạt được

            Sau 6 tháng áp dụng, 95% người bệnh nội trú có kết quả xét nghiệm trước 9 giờ sáng, không còn người bệnh phải ngồi chờ ở hành lang. Tỷ lệ mẫu phải lấy lại do sai sót giảm từ 1,1% xuống 0,3%. Bác sĩ các khoa lâm sàng có đủ kết quả khi đi buồng để điều chỉnh thuốc kịp thời.

            Sáng kiến được Hội đồng sáng kiến bệnh viện công nhận năm 2025 và là thành tích nổi bật của Khoa Cận lâm sàng trong phong trào Lao động giỏi, lao động sáng tạo.
            """,
            new DateTime(2025, 11, 25, 8, 20, 0), "Khoa Cận lâm sàng",
            ["xét nghiệm", "cải tiến quy trình", "chăm sóc người bệnh"],
            ["Trần Thị Thu Sương", "Nguyễn Hữu Phước"], ["Khoa Cận lâm sàng"], [LaoDongGioi],
            ["Lấy mẫu xét nghiệm tại giường cho người bệnh hạn chế vận động"]),

        new("Bảng kiểm 10 bước cho thủ thuật thủy châm an toàn", "Sáng kiến",
            "Sau 6 tháng áp dụng trên hơn 4.500 lượt thủ thuật, bảng kiểm an toàn thủy châm của Khoa Châm cứu – Dưỡng sinh chưa ghi nhận sự cố nào.",
            """
            ## Vì sao cần một bảng kiểm

            Thủy châm là kỹ thuật tiêm thuốc vào huyệt, được sử dụng rộng rãi trong điều trị đau và phục hồi chức năng. Mỗi ngày, Khoa Châm cứu – Dưỡng sinh thực hiện khoảng 40 lượt thủy châm. Khối lượng công việc lớn, nhiều người bệnh dùng thuốc khác nhau, nguy cơ nhầm lẫn là có thật nếu chỉ dựa vào trí nhớ.

            Học tập kinh nghiệm bảng kiểm an toàn phẫu thuật, điều dưỡng trưởng khoa Huỳnh Thị Kim Oanh đã xây dựng bảng kiểm riêng cho thủ thuật thủy châm.

            ## Nội dung bảng kiểm

            - Đối chiếu họ tên, năm sinh người bệnh với phiếu chỉ định.
            - Hỏi tiền sử dị ứng, kiểm tra tên thuốc, hàm lượng, hạn dùng.
            - Xác định huyệt vị theo chỉ định, sát khuẩn đúng kỹ thuật.
            - Theo dõi người bệnh ít nhất 15 phút sau tiêm, ghi nhận phản ứng nếu có.

            Mỗi bước được đánh dấu trên phiếu giấy kẹp cùng hồ sơ, điều dưỡng thực hiện và người kiểm tra cùng ký.

            ## Kết quả bước đầu đạt được

            Trong 6 tháng áp dụng với hơn 4.500 lượt thủ thuật, khoa không ghi nhận sự cố nhầm thuốc, nhầm người bệnh hay sốc phản vệ. Tỷ lệ tuân thủ quy trình qua giám sát của Phòng Điều dưỡng đạt 98%.

            Sáng kiến đã được Hội đồng sáng kiến bệnh viện bình xét năm 2025. Khoa đang đề xuất chuyển bảng kiểm lên phần mềm để điều dưỡng đánh dấu trực tiếp trên máy tính bảng.
            """,
            new DateTime(2025, 10, 21, 10, 10, 0), "Khoa Châm cứu – Dưỡng sinh",
            ["thủy châm", "an toàn người bệnh", "điều dưỡng"],
            ["Huỳnh Thị Kim Oanh"], ["Khoa Châm cứu – Dưỡng sinh"], [LaoDongGioi],
            ["Bảng kiểm an toàn trong thủ thuật thủy châm"]),

        new("Năm 2026: các khoa, phòng đăng ký 19 sáng kiến, mô hình và đề tài", "Sáng kiến",
            "Tính đến hạn 10/01/2026, 17 khoa, phòng đã đăng ký 19 sáng kiến, mô hình và đề tài nghiên cứu, mở đầu giai đoạn thi đua 2026–2030.",
            """
            ## Khởi động giai đoạn thi đua mới

            Thực hiện kế hoạch thi đua năm 2026, Phòng Đào tạo – Nghiên cứu khoa học – Chỉ đạo tuyến đã tổng hợp đăng ký sáng kiến, mô hình, đề tài của các khoa, phòng. Đến hạn ngày 10/01/2026, 100% khoa, phòng hoàn thành đăng ký, tăng 4 nội dung so với năm 2025.

            Thạc sĩ, bác sĩ chuyên khoa II Đặng Quốc Việt, Trưởng phòng Đào tạo – Nghiên cứu khoa học – Chỉ đạo tuyến, cho biết các nội dung năm nay tập trung vào chuyển đổi số, an toàn người bệnh và ứng dụng y học cổ truyền trong phục hồi chức năng.

            ## Cơ cấu đăng ký

            | Loại | Số lượng |
            |---|---|
            | Sáng kiến cải tiến | 11 |
            | Mô hình | 5 |
            | Đề tài nghiên cứu cấp cơ sở | 3 |

            Trong đó có đề tài kết hợp xoa bóp bấm huyệt và chườm thảo dược giảm đau sau thủ thuật điều trị trĩ của Khoa Ngoại – Phụ, đăng ký từ năm 2025, dự kiến nghiệm thu trong quý IV/2026.

            ## Những lưu ý khi triển khai

            - Mỗi nội dung phải nêu rõ chỉ số đo lường hiệu quả trước và sau khi áp dụng.
            - Chủ nhiệm gửi báo cáo tiến độ vào tháng 6 và tháng 10.
            - Hội đồng sáng kiến bình xét vào tháng 11, công nhận trước ngày 31/12/2026.
            - Chuyên viên Trịnh Thị Hải Yến là đầu mối hỗ trợ hồ sơ, biểu mẫu.

            Đây là năm đầu của giai đoạn 2026–2030, bệnh viện kỳ vọng phong trào Lao động giỏi, lao động sáng tạo tiếp tục có nhiều giải pháp thiết thực cho người bệnh.
            """,
            new DateTime(2026, 1, 14, 8, 0, 0), "Phòng Đào tạo – NCKH – CĐT",
            ["đăng ký thi đua", "sáng kiến", "nghiên cứu khoa học"],
            ["Đặng Quốc Việt", "Trịnh Thị Hải Yến"], ["Phòng Đào tạo – Nghiên cứu khoa học – Chỉ đạo tuyến"], [LaoDongGioi],
            ["Kết hợp xoa bóp bấm huyệt và chườm thảo dược giảm đau sau thủ thuật điều trị trĩ"]),

        // ================= Kinh nghiệm =================
        new("Phục hồi chức năng hô hấp sau COVID-19 bằng y học cổ truyền", "Kinh nghiệm",
            "Kinh nghiệm của Khoa Phục hồi chức năng và Khoa Nội tổng hợp trong phối hợp tập thở, dưỡng sinh và thuốc y học cổ truyền cho người bệnh sau mắc COVID-19.",
            """
            ## Những triệu chứng kéo dài

            Từ đầu năm 2022, bệnh viện tiếp nhận ngày càng nhiều người bệnh đã khỏi COVID-19 nhưng còn mệt mỏi, khó thở khi gắng sức, ho kéo dài, mất ngủ. Nhiều người lo lắng vì không biết tình trạng này kéo dài bao lâu.

            Thạc sĩ, bác sĩ Phan Thanh Sơn, Trưởng khoa Phục hồi chức năng, phối hợp với bác sĩ chuyên khoa II Hoàng Đức Thịnh, Trưởng khoa Nội tổng hợp, xây dựng chương trình phục hồi kết hợp y học cổ truyền và y học hiện đại.

            ## Chương trình gồm những gì

            - Đánh giá ban đầu bằng nghiệm pháp đi bộ 6 phút và đo độ bão hòa oxy.
            - Tập thở cơ hoành, thở chúm môi và các bài thở dưỡng sinh.
            - Xoa bóp bấm huyệt vùng ngực, lưng; châm cứu hỗ trợ giấc ngủ.
            - Bài thuốc bổ phế, kiện tỳ theo thể bệnh do bác sĩ kê đơn.

            Kỹ thuật viên Dương Thị Hồng Nhung hướng dẫn người bệnh các bài tập hoạt động trị liệu để sớm trở lại sinh hoạt, công việc hằng ngày.

            ## Kinh nghiệm rút ra

            Người bệnh nên được đánh giá sớm, tập luyện tăng dần và theo dõi sát chỉ số oxy. Việc kết hợp bài thở dưỡng sinh giúp người bệnh dễ tự tập tại nhà. Sau 2 đến 4 tuần, phần lớn người bệnh cải thiện rõ rệt khả năng gắng sức.

            Trong năm 2022, hai khoa đã phục hồi cho hơn 600 người bệnh sau mắc COVID-19, góp phần thực hiện mục tiêu thích ứng an toàn, linh hoạt, kiểm soát hiệu quả dịch bệnh.
            """,
            new DateTime(2022, 4, 12, 9, 0, 0), "ThS.BS Phan Thanh Sơn",
            ["hậu covid-19", "phục hồi chức năng hô hấp", "dưỡng sinh"],
            ["Phan Thanh Sơn", "Hoàng Đức Thịnh", "Dương Thị Hồng Nhung"], ["Khoa Phục hồi chức năng", "Khoa Nội tổng hợp"], [PhongChongCovid],
            []),

        new("Khám chữa bệnh an toàn trong mùa dịch: kinh nghiệm từ khâu tiếp đón", "Kinh nghiệm",
            "Phân luồng từ cổng, sàng lọc tại quầy và khử khuẩn theo giờ là những cách làm giúp bệnh viện duy trì khám chữa bệnh an toàn, không để lây nhiễm chéo năm 2022.",
            """
            ## Vừa chống dịch, vừa khám bệnh

            Năm 2022, khi dịch COVID-19 chuyển sang giai đoạn thích ứng an toàn, linh hoạt, bệnh viện phải vừa bảo đảm khám chữa bệnh thường xuyên, vừa không để dịch xâm nhập. Khoa Khám bệnh và Khoa Kiểm soát nhiễm khuẩn là hai đơn vị tuyến đầu.

            Điều dưỡng trưởng khoa Lê Thị Mỹ Hạnh và cử nhân điều dưỡng Hồ Thị Lệ Quyên đã cùng rà soát từng vị trí người bệnh đi qua, từ cổng bảo vệ tới phòng khám, để thiết kế lại luồng di chuyển.

            ## Những việc làm hiệu quả

            - Chốt sàng lọc tại cổng, người có triệu chứng hô hấp được đưa vào buồng khám riêng.
            - Ghế chờ bố trí giãn cách, dán số thứ tự, hạn chế người nhà đi cùng.
            - Khử khuẩn tay nắm cửa, bàn khám, ghế chờ theo giờ cố định, có bảng ký.
            - Nhân viên y tế được giám sát tuân thủ vệ sinh tay và đeo khẩu trang mỗi tuần.

            ## Kinh nghiệm đúc kết

            Điều quan trọng nhất là quy trình phải đơn giản để ai cũng làm được, kể cả nhân viên bảo vệ, hộ lý. Mỗi vị trí đều có người chịu trách nhiệm và bảng kiểm cụ thể. Việc giải thích nhẹ nhàng giúp người bệnh hợp tác, không gây căng thẳng ở khu tiếp đón.

            Nhờ vậy, trong năm 2022 bệnh viện không ghi nhận ca lây nhiễm chéo nào do lỗi chuyên môn, trong khi số lượt khám vẫn tăng 12% so với năm trước.
            """,
            new DateTime(2022, 7, 5, 10, 0, 0), "Khoa Kiểm soát nhiễm khuẩn",
            ["phòng chống dịch", "kiểm soát nhiễm khuẩn", "tiếp đón người bệnh"],
            ["Lê Thị Mỹ Hạnh", "Hồ Thị Lệ Quyên"], ["Khoa Kiểm soát nhiễm khuẩn", "Khoa Khám bệnh"], [PhongChongCovid],
            []),

        new("Dưỡng sinh cho người cao tuổi: tập đúng, tập đều, tập vừa sức", "Kinh nghiệm",
            "Bác sĩ Khoa Châm cứu – Dưỡng sinh chia sẻ những nguyên tắc giúp người cao tuổi tập dưỡng sinh hiệu quả và an toàn tại nhà.",
            """
            ## Dưỡng sinh không chỉ là thể dục

            Dưỡng sinh là phương pháp rèn luyện thân thể và tinh thần theo y học cổ truyền, kết hợp thở, thư giãn và vận động nhẹ nhàng. Với người cao tuổi, tập dưỡng sinh đều đặn giúp khí huyết lưu thông, ngủ ngon, giảm đau mỏi xương khớp và ổn định huyết áp.

            Theo bác sĩ chuyên khoa II Nguyễn Thị Thu Hà, Trưởng khoa Châm cứu – Dưỡng sinh, nhiều người tập sai cách hoặc tập quá sức nên không đạt hiệu quả, thậm chí bị chóng mặt, đau cơ.

            ## Những nguyên tắc cần nhớ

            - Tập vào sáng sớm hoặc chiều mát, không tập khi quá no hoặc quá đói.
            - Bắt đầu bằng thư giãn và thở bụng, sau đó mới đến các động tác vận động.
            - Tăng dần thời gian, từ 15 phút lên 30–45 phút mỗi buổi.
            - Dừng tập khi thấy đau ngực, hoa mắt, khó thở và báo ngay cho bác sĩ.

            ## Người bệnh mạn tính cần lưu ý

            Người tăng huyết áp không nên làm các động tác cúi đầu thấp quá tim hoặc nín thở lâu. Người thoái hóa khớp gối nên tập ngồi, hạn chế động tác ngồi xổm. Người đái tháo đường cần ăn nhẹ trước khi tập để tránh hạ đường huyết.

            Y sĩ Đặng Thị Ngọc Lan, hướng dẫn viên dưỡng sinh của khoa, khuyên người cao tuổi nên tập theo nhóm để có thêm động lực. Khoa tổ chức lớp hướng dẫn miễn phí vào sáng thứ Ba và thứ Năm hằng tuần tại sân bệnh viện.
            """,
            new DateTime(2022, 10, 3, 7, 30, 0), "BS.CKII Nguyễn Thị Thu Hà",
            ["dưỡng sinh", "người cao tuổi", "y học cổ truyền"],
            ["Nguyễn Thị Thu Hà", "Đặng Thị Ngọc Lan"], ["Khoa Châm cứu – Dưỡng sinh"], [],
            []),

        new("Chăm sóc người bệnh đột quỵ tại nhà: những điều người nhà cần biết", "Kinh nghiệm",
            "Nhân Ngày Đột quỵ thế giới 29/10, Phòng Điều dưỡng giới thiệu bộ hướng dẫn chăm sóc tại nhà bằng video và tờ rơi có mã QR.",
            """
            ## Giai đoạn sau ra viện rất quan trọng

            Phần lớn người bệnh đột quỵ tiếp tục hồi phục trong nhiều tháng sau khi ra viện. Nếu được chăm sóc đúng, người bệnh tránh được các biến chứng như loét tì đè, viêm phổi, co rút khớp. Tuy nhiên, nhiều gia đình lúng túng khi tự chăm sóc người thân tại nhà.

            Cử nhân điều dưỡng Bùi Thị Ngọc Ánh, Trưởng phòng Điều dưỡng, cùng cử nhân điều dưỡng Võ Thị Thanh Nga đã biên soạn bộ 12 video ngắn và tờ rơi có mã QR, phát cho người nhà trước khi người bệnh ra viện.

            ## Những việc cần làm mỗi ngày

            - Xoay trở tư thế ít nhất 2 giờ một lần, giữ da khô sạch, lót đệm vùng xương cùng, gót chân.
            - Cho ăn ở tư thế ngồi, thức ăn mềm, ăn chậm từng miếng nhỏ để tránh sặc.
            - Tập vận động thụ động các khớp tay, chân bên liệt mỗi ngày hai lần.
            - Uống thuốc đúng giờ, đo huyết áp và ghi lại vào sổ theo dõi.

            ## Dấu hiệu cần đi khám và hiệu quả bước đầu

            Người nhà cần đưa người bệnh đến cơ sở y tế ngay khi thấy yếu liệt tăng lên, nói khó hơn, sốt, ho có đờm, vùng da tì đè đỏ không mất sau 30 phút hoặc người bệnh lơ mơ.

            Sau gần một năm triển khai, bộ video có hơn 1.200 lượt xem. Tỷ lệ người bệnh phải tái nhập viện do loét tì đè, viêm phổi trong 3 tháng sau ra viện giảm từ 9% xuống 4%. Sáng kiến đã được Hội đồng sáng kiến bệnh viện công nhận năm 2023.
            """,
            new DateTime(2023, 10, 29, 8, 0, 0), "Phòng Điều dưỡng",
            ["đột quỵ", "chăm sóc tại nhà", "điều dưỡng"],
            ["Bùi Thị Ngọc Ánh", "Võ Thị Thanh Nga"], ["Phòng Điều dưỡng"], [DoiMoiPhongCach],
            ["Hướng dẫn chăm sóc người bệnh đột quỵ tại nhà bằng video và tờ rơi mã QR"]),

        new("Đau vai gáy ở người làm văn phòng: phòng hơn chữa", "Kinh nghiệm",
            "Kỹ thuật viên và bác sĩ chia sẻ các bài tập đơn giản, cách ngồi làm việc đúng và khi nào nên đi khám để tránh đau vai gáy tái đi tái lại.",
            """
            ## Vì sao người trẻ cũng đau vai gáy

            Tại Khoa Phục hồi chức năng và Khoa Châm cứu – Dưỡng sinh, số người bệnh dưới 40 tuổi đến điều trị đau vai gáy tăng dần qua từng năm. Phần lớn là nhân viên văn phòng, học sinh, sinh viên ngồi máy tính nhiều giờ liền, cúi nhìn điện thoại thường xuyên.

            Theo bác sĩ Võ Minh Tuấn, y học cổ truyền xếp đau vai gáy vào chứng tý, do phong hàn thấp xâm nhập kết hợp khí huyết ứ trệ. Châm cứu, xoa bóp bấm huyệt giúp giảm đau nhanh, nhưng nếu không thay đổi thói quen, bệnh rất dễ tái phát.

            ## Bài tập năm phút tại bàn làm việc

            - Cúi, ngửa, nghiêng cổ mỗi bên 5 lần, động tác chậm và không giật.
            - Xoay vai ra trước, ra sau 10 vòng.
            - Đan hai tay sau gáy, ưỡn ngực, giữ 10 giây.
            - Tự xoa bóp vùng cổ vai bằng các ngón tay từ chân tóc xuống bả vai.

            Kỹ thuật viên Trương Thị Diệu Linh khuyên nên đặt lịch nhắc đứng dậy vận động sau mỗi 45 phút làm việc.

            ## Khi nào cần đi khám

            Người bệnh nên đến cơ sở y tế khi đau kéo dài trên một tuần, đau lan xuống cánh tay, tê bì ngón tay, yếu tay hoặc kèm chóng mặt. Đây có thể là dấu hiệu của thoái hóa, thoát vị đĩa đệm cột sống cổ cần được chẩn đoán và điều trị sớm.

            Ngoài ra, màn hình máy tính nên đặt ngang tầm mắt, ghế có tựa lưng và hai bàn chân đặt phẳng trên sàn.
            """,
            new DateTime(2024, 3, 26, 9, 30, 0), "BS Võ Minh Tuấn",
            ["đau vai gáy", "xoa bóp bấm huyệt", "phòng bệnh"],
            ["Võ Minh Tuấn", "Trương Thị Diệu Linh"], ["Khoa Phục hồi chức năng", "Khoa Châm cứu – Dưỡng sinh"], [],
            []),

        new("Kinh nghiệm chuyển giao kỹ thuật châm cứu cho tuyến huyện", "Kinh nghiệm",
            "Sau 3 năm, bệnh viện đã chuyển giao 9 kỹ thuật y học cổ truyền cho 4 trung tâm y tế huyện; người dân được điều trị gần nhà, giảm chuyển tuyến.",
            """
            ## Đưa kỹ thuật về gần dân

            Nhiều người bệnh liệt nửa người, đau thần kinh tọa ở các huyện miền núi phải đi xa hàng chục cây số để châm cứu mỗi ngày. Từ năm 2022, Phòng Đào tạo – Nghiên cứu khoa học – Chỉ đạo tuyến xây dựng kế hoạch chuyển giao kỹ thuật y học cổ truyền cho các trung tâm y tế tuyến huyện.

            Thạc sĩ, bác sĩ chuyên khoa II Đặng Quốc Việt, Trưởng phòng, cho biết: “Chúng tôi không chỉ dạy kỹ thuật mà ở lại cùng làm với tuyến dưới cho đến khi họ tự tin thực hiện một mình”.

            ## Cách làm đã được kiểm chứng

            - Khảo sát nhu cầu và năng lực của từng đơn vị trước khi chọn kỹ thuật chuyển giao.
            - Học viên học lý thuyết 1 tuần tại bệnh viện, thực hành có kèm cặp 4 tuần.
            - Bác sĩ bệnh viện về tuyến hỗ trợ trực tiếp 2 tuần đầu khi đơn vị triển khai.
            - Duy trì nhóm trao đổi trực tuyến để hội chẩn, giải đáp vướng mắc.

            Bác sĩ Võ Minh Tuấn là một trong những người về tuyến nhiều nhất, trực tiếp hướng dẫn kỹ thuật điện châm phục hồi sau đột quỵ.

            ## Kết quả đạt được

            | Nội dung | Giai đoạn 2022–2024 |
            |---|---|
            | Trung tâm y tế được chuyển giao | 4 |
            | Kỹ thuật chuyển giao | 9 |
            | Học viên được đào tạo | 46 |
            | Lượt người bệnh điều trị tại tuyến huyện | hơn 7.800 |

            Kinh nghiệm cho thấy chuyển giao thành công khi tuyến dưới được chủ động chọn kỹ thuật phù hợp và được đồng hành lâu dài.
            """,
            new DateTime(2024, 6, 20, 10, 0, 0), "Phòng Đào tạo – NCKH – CĐT",
            ["chỉ đạo tuyến", "chuyển giao kỹ thuật", "châm cứu"],
            ["Đặng Quốc Việt", "Võ Minh Tuấn"], ["Phòng Đào tạo – Nghiên cứu khoa học – Chỉ đạo tuyến"], [LaoDongGioi],
            []),

        new("Hướng dẫn phụ huynh tập cùng trẻ chậm nói tại nhà", "Kinh nghiệm",
            "Kỹ thuật viên ngôn ngữ trị liệu Khoa Nhi chia sẻ những cách đơn giản để cha mẹ giúp trẻ chậm nói tiến bộ mỗi ngày.",
            """
            ## Cha mẹ là người thầy đầu tiên

            Mỗi tuần, trẻ chỉ tập với kỹ thuật viên vài giờ, phần lớn thời gian còn lại trẻ ở bên gia đình. Vì vậy, theo kỹ thuật viên ngôn ngữ trị liệu Cao Thị Tuyết Mai, Khoa Nhi, sự tham gia của cha mẹ quyết định rất nhiều đến tiến bộ của trẻ chậm nói.

            Nhiều phụ huynh có thói quen cho trẻ xem điện thoại, tivi để dễ cho ăn hoặc làm việc nhà. Đây là nguyên nhân phổ biến khiến trẻ ít giao tiếp, chậm nói.

            ## Những việc làm mỗi ngày

            - Tắt tivi, cất điện thoại khi chơi cùng trẻ; ngồi ngang tầm mắt trẻ.
            - Gọi tên đồ vật, hành động khi trẻ đang nhìn hoặc cầm chúng.
            - Chờ trẻ đáp lại vài giây trước khi nói tiếp, khen ngợi mọi cố gắng.
            - Đọc truyện tranh, hát những bài hát ngắn có động tác minh họa.

            ## Sai lầm thường gặp

            Không nên ép trẻ nói lại nhiều lần hoặc chê bai khi trẻ nói sai. Cũng không nên đoán trước mọi nhu cầu của trẻ, vì khi được đáp ứng ngay, trẻ không có động lực để nói.

            Điều dưỡng trưởng khoa Tôn Nữ Minh Châu cho biết khoa phát sổ nhật ký tập cho mỗi gia đình, ghi lại từ mới trẻ nói được trong tuần. Những trẻ có cha mẹ ghi nhật ký đều đặn thường tiến bộ nhanh hơn rõ rệt.

            Phụ huynh cần đưa trẻ đi khám nếu 18 tháng tuổi chưa nói được từ đơn, 2 tuổi chưa nói được câu hai từ hoặc trẻ không nhìn mắt, không đáp lại khi được gọi tên.
            """,
            new DateTime(2025, 2, 18, 14, 0, 0), "KTV Cao Thị Tuyết Mai",
            ["trẻ chậm nói", "ngôn ngữ trị liệu", "phục hồi chức năng nhi"],
            ["Cao Thị Tuyết Mai", "Tôn Nữ Minh Châu"], ["Khoa Nhi"], [],
            []),

        new("Giao tiếp với người bệnh cao tuổi: lắng nghe trước, giải thích sau", "Kinh nghiệm",
            "Điều dưỡng, y sĩ Khoa Khám bệnh chia sẻ cách thực hành quy tắc “03 biết” – biết lắng nghe, biết chia sẻ, biết cảm thông – với người bệnh cao tuổi.",
            """
            ## Người bệnh cao tuổi cần nhiều hơn một lời hướng dẫn

            Hơn một nửa người bệnh đến Khoa Khám bệnh là người trên 60 tuổi. Nhiều cụ nghe kém, nhìn kém, hay quên, lại ngại hỏi khi không hiểu. Một câu trả lời vội vàng có thể khiến người bệnh đi sai phòng, uống thuốc sai cách, thậm chí tủi thân.

            Điều dưỡng trưởng khoa Lê Thị Mỹ Hạnh và y sĩ Phạm Quốc Bảo đã đúc kết kinh nghiệm từ những lần được người bệnh khen, và cả những lần bị góp ý, thành một số nguyên tắc giao tiếp cho toàn khoa.

            ## Những điều nên làm

            - Chào hỏi, xưng hô phù hợp, nhìn vào người bệnh khi nói chuyện.
            - Nói chậm, rõ, câu ngắn; hỏi lại để chắc chắn người bệnh đã hiểu.
            - Viết giờ uống thuốc, số phòng lên giấy với cỡ chữ lớn.
            - Dành thời gian lắng nghe trọn vẹn, không ngắt lời khi người bệnh kể bệnh.

            ## Điều đọng lại

            Thực hành quy tắc “03 biết” không đòi hỏi điều gì to tát, chỉ cần đặt mình vào vị trí của người bệnh. Y sĩ Phạm Quốc Bảo kể có lần dắt một cụ bà đi làm hết các cận lâm sàng vì cụ đi một mình; sau đó gia đình gửi thư cảm ơn đến Ban Giám đốc.

            Năm 2024, tỷ lệ hài lòng của người bệnh ngoại trú tại Khoa Khám bệnh đạt 95,8%, không có phản ánh nào về thái độ giao tiếp. Đây là kết quả của cả phong trào đổi mới phong cách, thái độ phục vụ lẫn việc học tập và làm theo tấm gương đạo đức của Bác.
            """,
            new DateTime(2025, 7, 8, 15, 30, 0), "Khoa Khám bệnh",
            ["giao tiếp ứng xử", "người cao tuổi", "hài lòng người bệnh"],
            ["Lê Thị Mỹ Hạnh", "Phạm Quốc Bảo"], ["Khoa Khám bệnh"], [DoiMoiPhongCach, HocTapLamTheoBac],
            []),

        new("Liệt mặt ngoại biên mùa lạnh: đến sớm, châm sớm, hồi phục nhanh", "Kinh nghiệm",
            "Những ngày gió lạnh đầu năm, số người bệnh liệt dây thần kinh số VII ngoại biên tăng. Bác sĩ Khoa Ngũ quan chia sẻ kinh nghiệm phát hiện và điều trị sớm.",
            """
            ## Vì sao liệt mặt hay gặp khi trời lạnh

            Liệt dây thần kinh số VII ngoại biên, dân gian gọi là méo miệng, trúng gió, thường xuất hiện đột ngột sau khi nhiễm lạnh: ngủ trước quạt, đi xe máy sáng sớm không khẩu trang, tắm đêm. Mỗi năm vào tháng 12 đến tháng 3, Khoa Ngũ quan tiếp nhận số người bệnh liệt mặt tăng gấp đôi so với các tháng khác.

            Theo bác sĩ chuyên khoa I Lâm Thị Ánh Tuyết, phụ trách Khoa Ngũ quan, y học cổ truyền gọi bệnh là khẩu nhãn oa tà, do phong hàn xâm nhập vào kinh lạc vùng mặt.

            ## Nhận biết sớm

            - Một bên mặt cử động kém, nhân trung lệch, miệng méo sang bên lành.
            - Mắt bên liệt nhắm không kín, chảy nước mắt.
            - Ăn uống rơi vãi, nước chảy ra ở khóe miệng bên liệt.
            - Nếp nhăn trán bên liệt mờ hoặc mất.

            Nếu kèm yếu tay chân, nói khó, cần đến ngay bệnh viện đa khoa vì có thể là đột quỵ.

            ## Kinh nghiệm điều trị

            Người bệnh đến trong tuần đầu, được châm cứu kết hợp xoa bóp, bài thuốc và chăm sóc mắt đúng cách thường hồi phục tốt sau 2 đến 4 tuần. Không nên tự đắp lá, chích lể hoặc dán thuốc không rõ nguồn gốc vì dễ gây tổn thương da, nhiễm trùng mắt.

            Trong thời gian điều trị, người bệnh cần đeo kính khi ra đường, nhỏ mắt theo chỉ định, giữ ấm vùng mặt và tự tập các động tác nhíu mày, phồng má, huýt sáo trước gương.
            """,
            new DateTime(2026, 3, 3, 9, 0, 0), "BS.CKI Lâm Thị Ánh Tuyết",
            ["liệt mặt", "châm cứu", "phòng bệnh mùa lạnh"],
            ["Lâm Thị Ánh Tuyết"], ["Khoa Ngũ quan"], [],
            []),

        // ================= Gương điển hình =================
        new("Dược sĩ Thái Thị Minh Nguyệt và 126 loài cây thuốc", "Gương điển hình",
            "Nhân kỷ niệm Ngày Thầy thuốc Việt Nam 27/2, giới thiệu chân dung người dược sĩ hơn 25 năm gắn bó với dược liệu và vườn thuốc nam của bệnh viện.",
            """
            ## Người “giữ hồn” dược liệu

            Ai đến Khoa Dược vào sáng sớm cũng dễ bắt gặp dược sĩ Thái Thị Minh Nguyệt đi dọc các luống trong vườn thuốc nam, tay cầm kéo tỉa, tay ghi sổ. Hơn 25 năm làm công tác dược liệu, chị nhận biết hàng trăm vị thuốc chỉ qua mùi, màu và vết bẻ.

            Với chị, mỗi vị thuốc thang đến tay người bệnh phải đúng loài, đúng bộ phận, đúng cách chế biến. Chị đặt ra quy định kiểm nghiệm cảm quan từng lô dược liệu trước khi nhập kho và không ngại trả lại những lô không đạt, dù giá rẻ hơn.

            ## Những dấu ấn nổi bật

            - Chủ trì xây dựng vườn thuốc nam mẫu với 126 loài cây được định danh.
            - Chiến sĩ thi đua cơ sở năm 2021.
            - Hướng dẫn hàng trăm sinh viên dược thực tập nhận biết dược liệu.
            - Cùng tập thể khoa duy trì thời gian chờ nhận thuốc thang dưới 15 phút.

            ## Giữ nghề, truyền nghề

            Chị thường nói với đồng nghiệp trẻ rằng làm dược liệu cần kiên nhẫn như người làm vườn. Dược sĩ Quách Văn Hiếu, người được chị kèm cặp từ ngày mới về khoa, nay đã là tác giả sáng kiến cấp phát thuốc thang theo đơn điện tử.

            Với những đóng góp bền bỉ, chị được Ban Giám đốc đề nghị xét tặng Kỷ niệm chương Vì sức khỏe nhân dân. “Tôi chỉ mong thế hệ sau còn biết quý cây thuốc nam quanh mình”, chị chia sẻ.
            """,
            new DateTime(2023, 2, 27, 10, 0, 0), "Bài: Lê Minh Tâm",
            ["gương điển hình", "dược liệu", "ngày thầy thuốc việt nam"],
            ["Thái Thị Minh Nguyệt", "Quách Văn Hiếu"], ["Khoa Dược"], [XanhSachDep],
            ["Vườn thuốc nam mẫu phục vụ giảng dạy và truyền thông"]),

        new("Sơ kết phong trào thi đua nhân kỷ niệm 75 năm Ngày Chủ tịch Hồ Chí Minh ra Lời kêu gọi thi đua ái quốc", "Gương điển hình",
            "Bệnh viện sơ kết giữa kỳ phong trào thi đua giai đoạn 2021–2025, biểu dương các tập thể, cá nhân tiêu biểu nhân kỷ niệm 75 năm Ngày Bác Hồ ra Lời kêu gọi thi đua ái quốc (11/06/1948 – 11/06/2023).",
            """
            ## Nửa chặng đường nhiều dấu ấn

            Sáng 09/06/2023, Bệnh viện Y học cổ truyền và Phục hồi chức năng Khánh Hòa tổ chức hội nghị sơ kết phong trào thi đua yêu nước giai đoạn 2021–2023, hướng tới kỷ niệm 75 năm Ngày Chủ tịch Hồ Chí Minh ra Lời kêu gọi thi đua ái quốc.

            Báo cáo tại hội nghị cho thấy, sau hơn hai năm, các phong trào học tập và làm theo Bác, đổi mới phong cách thái độ phục vụ, Lao động giỏi, lao động sáng tạo đã đi vào chiều sâu. Tỷ lệ người bệnh hài lòng chung đạt 93,6%; 27 sáng kiến, mô hình, đề tài được công nhận các cấp.

            ## Những kết quả nổi bật

            | Nội dung | 2021–2023 |
            |---|---|
            | Sáng kiến, mô hình, đề tài được công nhận | 27 |
            | Kỹ thuật mới triển khai | 14 |
            | Tỷ lệ hài lòng chung của người bệnh | 93,6% |
            | Lượt người bệnh được hỗ trợ qua công tác xã hội | hơn 1.100 |

            ## Tôn vinh điển hình

            - Khoa Châm cứu – Dưỡng sinh nhận Giấy khen của Giám đốc Sở Y tế.
            - Khoa Dược nhận Giấy khen của Giám đốc Bệnh viện về đổi mới phong cách phục vụ.
            - Cử nhân điều dưỡng Bùi Thị Ngọc Ánh được biểu dương điển hình học tập và làm theo Bác.
            - Bác sĩ Nguyễn Thị Thu Hà chia sẻ hành trình đưa đề tài điện châm vào thực tiễn.

            Phát biểu tại hội nghị, Giám đốc bệnh viện đề nghị các khoa, phòng tiếp tục đăng ký những việc làm cụ thể, đo đếm được, để phong trào thi đua thực sự mang lại lợi ích cho người bệnh.
            """,
            new DateTime(2023, 6, 9, 15, 30, 0), "Phòng Tổ chức – Hành chính",
            ["thi đua yêu nước", "sơ kết", "điển hình tiên tiến"],
            ["Nguyễn Thị Thu Hà", "Bùi Thị Ngọc Ánh"], ["Khoa Châm cứu – Dưỡng sinh", "Khoa Dược"], [HocTapLamTheoBac, DoiMoiPhongCach],
            []),

        new("Kỹ thuật viên Lý Hoàng Nam và những dụng cụ tập tự tay làm", "Gương điển hình",
            "Chân dung người kỹ thuật viên trưởng luôn trăn trở làm sao để người bệnh có đủ dụng cụ tập luyện, kể cả khi đã về nhà.",
            """
            ## Đôi tay khéo của khoa Phục hồi chức năng

            Góc phòng làm việc của kỹ thuật viên trưởng khoa Lý Hoàng Nam lúc nào cũng có vài mẩu gỗ, cuộn dây, hộp ốc vít. Đó là “xưởng” nhỏ nơi anh làm ra những dụng cụ tập luyện cho người bệnh, từ bảng cài nút, ống cầm đến khung tập đi cho trẻ.

            Tốt nghiệp kỹ thuật viên vật lý trị liệu, anh về bệnh viện công tác từ năm 2010. Chứng kiến nhiều người bệnh nghèo sau ra viện bỏ tập vì không có dụng cụ, anh bắt đầu mày mò tự làm những món đơn giản, rẻ tiền để họ mang về.

            ## Những đóng góp ghi nhận

            - Tác giả bộ dụng cụ tập vận động bàn tay tự chế, tiết kiệm khoảng 38 triệu đồng mỗi năm.
            - Chuyển giao mẫu dụng cụ cho 3 trung tâm y tế huyện.
            - Chiến sĩ thi đua cơ sở năm 2022.
            - Tham gia nhiều đợt khám, tư vấn phục hồi chức năng miễn phí tại xã miền núi.

            ## Giản dị và tận tụy

            Đồng nghiệp nhận xét anh Nam ít nói nhưng làm nhiều. Có người bệnh ở huyện Khánh Sơn không có điều kiện mua khung tập đi, anh dành hai ngày nghỉ để hàn một chiếc khung từ ống thép cũ rồi nhờ xe chở lên tận nhà.

            “Người bệnh tập được ở nhà thì mới hồi phục lâu dài. Mình làm thêm một chút cũng không sao”, anh nói. Tấm gương của anh là minh chứng sinh động cho hình ảnh người cán bộ y tế Đất Sen Hồng: tận tụy, sáng tạo và giàu lòng nhân ái.
            """,
            new DateTime(2023, 8, 15, 10, 0, 0), "Bài: Lê Minh Tâm",
            ["gương điển hình", "phục hồi chức năng", "người tốt việc tốt"],
            ["Lý Hoàng Nam"], ["Khoa Phục hồi chức năng"], [DatSenHong, LaoDongGioi],
            ["Bộ dụng cụ tập vận động bàn tay tự chế từ vật liệu sẵn có"]),

        new("Khoa Khám bệnh – Tập thể lao động xuất sắc năm 2023", "Gương điển hình",
            "Với tỷ lệ hài lòng của người bệnh đạt 95,2% và không có phản ánh về thái độ phục vụ, Khoa Khám bệnh vinh dự được Chủ tịch UBND tỉnh tặng danh hiệu Tập thể lao động xuất sắc.",
            """
            ## Cửa ngõ của bệnh viện

            Mỗi ngày, Khoa Khám bệnh đón từ 350 đến 450 lượt người bệnh. Đây là nơi người dân gặp đầu tiên khi đến bệnh viện, cũng là nơi dễ phát sinh phiền hà nhất nếu quy trình chưa thông suốt. Với 22 viên chức, người lao động, khoa đã biến áp lực thành động lực đổi mới.

            Theo Quyết định số 612/QĐ-UBND ngày 14/03/2024, Khoa Khám bệnh được Chủ tịch UBND tỉnh tặng danh hiệu Tập thể lao động xuất sắc năm 2023.

            ## Những cách làm tạo nên thành tích

            - Duy trì và hoàn thiện mô hình một cửa tiếp đón người bệnh.
            - Ưu tiên người đặt lịch trước, người cao tuổi, người khuyết tật, trẻ em.
            - Sinh hoạt chuyên môn mỗi sáng thứ Sáu, rút kinh nghiệm từ phiếu góp ý của người bệnh.
            - Luân phiên trực hỗ trợ tại sảnh, hướng dẫn người bệnh lần đầu đến khám.

            ## Kết quả đạt được

            | Chỉ số năm 2023 | Kết quả |
            |---|---|
            | Lượt khám | hơn 98.000 |
            | Tỷ lệ hài lòng người bệnh ngoại trú | 95,2% |
            | Thời gian chờ khám trung bình | 22 phút |
            | Đơn thư phản ánh về thái độ phục vụ | 0 |

            Bác sĩ chuyên khoa I Trần Văn Hùng, Trưởng khoa, chia sẻ: “Thành tích này thuộc về từng điều dưỡng, từng y sĩ đã kiên nhẫn với người bệnh mỗi ngày”. Điều dưỡng trưởng khoa Lê Thị Mỹ Hạnh và y sĩ Phạm Quốc Bảo là những gương mặt được người bệnh nhắc tên nhiều nhất trong phiếu khảo sát.
            """,
            new DateTime(2024, 3, 28, 14, 0, 0), "Phòng Tổ chức – Hành chính",
            ["tập thể lao động xuất sắc", "hài lòng người bệnh", "khám bệnh"],
            ["Trần Văn Hùng", "Lê Thị Mỹ Hạnh", "Phạm Quốc Bảo"], ["Khoa Khám bệnh"], [DoiMoiPhongCach],
            []),

        new("Bác sĩ Nguyễn Thị Thu Hà: hơn 20 năm với cây kim châm cứu", "Gương điển hình",
            "Ba năm liền là Chiến sĩ thi đua cơ sở, chủ nhiệm đề tài điện châm phục hồi sau đột quỵ, bác sĩ Nguyễn Thị Thu Hà vừa được Chủ tịch UBND tỉnh tặng danh hiệu Chiến sĩ thi đua cấp tỉnh.",
            """
            ## Duyên nợ với nghề châm cứu

            Tốt nghiệp bác sĩ y học cổ truyền năm 2002, bác sĩ Nguyễn Thị Thu Hà về công tác tại Khoa Châm cứu – Dưỡng sinh và gắn bó với khoa từ đó đến nay. Hơn 20 năm, đôi tay chị đã châm cứu cho hàng chục nghìn lượt người bệnh, từ người đau lưng đơn thuần đến người liệt nửa người sau đột quỵ.

            Điều chị trăn trở nhất là người bệnh đột quỵ hồi phục chậm, nằm viện lâu, gia đình kiệt sức. Từ trăn trở đó, chị cùng đồng nghiệp thực hiện đề tài phối hợp điện châm và bài tập vận động sớm, được Sở Y tế nghiệm thu loại xuất sắc năm 2022.

            ## Thành tích tiêu biểu

            - Chiến sĩ thi đua cơ sở ba năm liên tục 2021, 2022, 2023.
            - Chiến sĩ thi đua cấp tỉnh năm 2023 theo Quyết định số 612/QĐ-UBND ngày 14/03/2024.
            - Bằng khen của Chủ tịch UBND tỉnh năm 2022.
            - Chuyển giao kỹ thuật điện châm phục hồi sau đột quỵ cho 4 trung tâm y tế huyện.

            ## Người thầy của đồng nghiệp trẻ

            Với đồng nghiệp trẻ, chị là người thầy tận tâm. Bác sĩ Võ Minh Tuấn kể những ngày mới về khoa được chị cầm tay chỉ từng huyệt, dặn từng góc châm. Chị luôn nhắc: “Châm cứu không chỉ là kỹ thuật, mà còn là sự kiên nhẫn lắng nghe người bệnh”.

            Hằng năm, chị cùng khoa duy trì lớp dưỡng sinh miễn phí cho người cao tuổi, tham gia các đợt khám bệnh, cấp thuốc cho gia đình chính sách. Tấm gương của chị là hình mẫu sinh động của việc học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh trong ngành y.
            """,
            new DateTime(2024, 4, 16, 9, 0, 0), "Bài: Lê Minh Tâm",
            ["gương điển hình", "châm cứu", "chiến sĩ thi đua"],
            ["Nguyễn Thị Thu Hà", "Võ Minh Tuấn"], ["Khoa Châm cứu – Dưỡng sinh"], [HocTapLamTheoBac, LaoDongGioi],
            ["Phối hợp điện châm và bài tập vận động sớm trong phục hồi chức năng người bệnh sau nhồi máu não"], true),

        new("Bác sĩ Lương Thị Phương Thảo – người gieo lời cho những đứa trẻ chậm nói", "Gương điển hình",
            "Nhân Ngày Quốc tế Thiếu nhi 1/6, giới thiệu chân dung nữ trưởng khoa Nhi đã gây dựng phòng tập phục hồi chức năng cho trẻ tự kỷ và chậm phát triển.",
            """
            ## Khi tiếng cười trẻ thơ là động lực

            Mười lăm năm làm bác sĩ nhi, bác sĩ chuyên khoa I Lương Thị Phương Thảo đã gặp không ít những ánh mắt lo âu của cha mẹ có con chậm nói, không giao tiếp. Năm 2022, chị đề xuất và trực tiếp xây dựng phòng tập phục hồi chức năng dành riêng cho trẻ tự kỷ, chậm phát triển tại Khoa Nhi.

            Chị tự học thêm các khóa can thiệp sớm, vận động nhà hảo tâm tặng đồ chơi, dụng cụ, cùng kỹ thuật viên Cao Thị Tuyết Mai thiết kế chương trình tập cho từng trẻ. Đến nay, mỗi năm phòng tập can thiệp cho khoảng 180 trẻ.

            ## Những dấu mốc đáng nhớ

            - Chiến sĩ thi đua cơ sở hai năm liên tục 2022 và 2023.
            - Mô hình phòng tập được Hội đồng sáng kiến bệnh viện công nhận năm 2022.
            - Tổ chức sinh hoạt hằng tháng cho gần 100 gia đình có trẻ tự kỷ.
            - Hướng dẫn 5 trung tâm y tế huyện sàng lọc sớm trẻ có dấu hiệu tự kỷ.

            ## Đồng hành cùng gia đình

            Với chị, điều trị cho trẻ là điều trị cho cả gia đình. Nhiều bà mẹ kể chị sẵn sàng nghe điện thoại ngoài giờ, giải thích cặn kẽ từng biểu hiện của con. Có em bé đến khoa lúc 3 tuổi chưa nói được từ nào, sau một năm đã đọc thuộc bài thơ ngắn trong ngày tổng kết lớp mẫu giáo.

            “Tôi không hứa trẻ sẽ khỏi hoàn toàn, nhưng tôi hứa sẽ cùng gia đình đi hết chặng đường”, bác sĩ Thảo chia sẻ.
            """,
            new DateTime(2024, 6, 1, 9, 0, 0), "Bài: Lê Minh Tâm",
            ["gương điển hình", "tự kỷ", "khoa nhi"],
            ["Lương Thị Phương Thảo", "Cao Thị Tuyết Mai"], ["Khoa Nhi"], [DatSenHong],
            ["Phòng tập phục hồi chức năng cho trẻ tự kỷ và chậm phát triển"]),

        new("Hội nghị điển hình tiên tiến giai đoạn 2021–2025: tôn vinh 12 tập thể, 36 cá nhân", "Gương điển hình",
            "Bệnh viện tổ chức Hội nghị điển hình tiên tiến giai đoạn 2021–2025, tổng kết 5 năm phong trào thi đua yêu nước và khen thưởng các tập thể, cá nhân tiêu biểu.",
            """
            ## Năm năm thi đua, nhiều đổi thay

            Chiều 07/03/2025, Bệnh viện Y học cổ truyền và Phục hồi chức năng Khánh Hòa tổ chức Hội nghị điển hình tiên tiến giai đoạn 2021–2025. Hội nghị là dịp nhìn lại kết quả các phong trào thi đua và chọn những gương tiêu biểu tham dự Đại hội thi đua yêu nước ngành Y tế tỉnh.

            Trưởng phòng Tổ chức – Hành chính Trần Quang Huy, thường trực Hội đồng Thi đua – Khen thưởng, trình bày báo cáo tổng kết với nhiều con số ấn tượng.

            ## Kết quả đạt được

            | Chỉ tiêu | Giai đoạn 2021–2025 |
            |---|---|
            | Sáng kiến, mô hình, đề tài được công nhận | 46 |
            | Kỹ thuật mới được phê duyệt | 23 |
            | Tỷ lệ hài lòng chung của người bệnh năm 2024 | 95,1% |
            | Lượt Chiến sĩ thi đua cơ sở (2021–2024) | 19 |
            | Chiến sĩ thi đua cấp tỉnh | 1, đang đề nghị thêm 1 |

            ## Những gương mặt được tôn vinh

            - 12 tập thể và 36 cá nhân được Giám đốc bệnh viện tặng Giấy khen.
            - Khoa Nhi và bác sĩ Lương Thị Phương Thảo được chọn báo cáo điển hình tại hội nghị.
            - Bác sĩ Bùi Thị Thanh Thủy chia sẻ kinh nghiệm thực hiện đề tài cấy chỉ điều trị đau thắt lưng.
            - Phòng Tổ chức – Hành chính được biểu dương về công tác tham mưu thi đua, khen thưởng.

            Phát biểu bế mạc, Ban Giám đốc đề nghị các khoa, phòng phát huy các mô hình đã có hiệu quả, đồng thời chuẩn bị kế hoạch thi đua giai đoạn 2026–2030 với trọng tâm chuyển đổi số và nâng cao sự hài lòng của người bệnh.
            """,
            new DateTime(2025, 3, 7, 16, 0, 0), "Phòng Tổ chức – Hành chính",
            ["điển hình tiên tiến", "thi đua yêu nước", "khen thưởng"],
            ["Trần Quang Huy", "Lương Thị Phương Thảo", "Bùi Thị Thanh Thủy"], ["Phòng Tổ chức – Hành chính", "Khoa Nhi"], [LaoDongGioi, HocTapLamTheoBac],
            [], true),

        new("Điều dưỡng trưởng Bùi Thị Ngọc Ánh: chăm người bệnh như chăm người thân", "Gương điển hình",
            "Nhân Ngày Quốc tế Điều dưỡng 12/5, giới thiệu chân dung người điều dưỡng trưởng bệnh viện được tặng Bằng khen của Chủ tịch UBND tỉnh về học tập và làm theo Bác.",
            """
            ## Gần 30 năm khoác áo trắng

            Cử nhân điều dưỡng Bùi Thị Ngọc Ánh bắt đầu nghề điều dưỡng từ những năm chín mươi của thế kỷ trước. Từ một điều dưỡng buồng bệnh, chị trở thành điều dưỡng trưởng bệnh viện, phụ trách hơn 120 điều dưỡng, kỹ thuật viên, hộ sinh.

            Đồng nghiệp nhớ nhất ở chị câu nói quen thuộc: “Hãy chăm người bệnh như chăm người thân của mình”. Chị thường đi buồng cùng điều dưỡng trẻ, tự tay xoay trở, lau người cho người bệnh nặng để làm mẫu.

            ## Những đóng góp nổi bật

            - Chủ trì bộ video và tờ rơi mã QR hướng dẫn chăm sóc người bệnh đột quỵ tại nhà.
            - Chiến sĩ thi đua cơ sở năm 2023.
            - Xây dựng bộ chuẩn giao tiếp của điều dưỡng theo quy tắc “03 xây, 03 chống và 03 biết”.
            - Bằng khen của Chủ tịch UBND tỉnh về học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh.

            ## Truyền lửa cho thế hệ sau

            Mỗi năm, chị tổ chức cuộc thi “Điều dưỡng thanh lịch – chăm sóc tận tình”, khuyến khích điều dưỡng trẻ trau dồi kỹ năng giao tiếp. Nhờ vậy, tỷ lệ người bệnh nội trú hài lòng với công tác chăm sóc của điều dưỡng luôn trên 95%.

            Cử nhân điều dưỡng Võ Thị Thanh Nga chia sẻ: “Chị Ánh dạy chúng em rằng một cái nắm tay, một lời hỏi han đôi khi có tác dụng không kém một liều thuốc”.
            """,
            new DateTime(2025, 5, 12, 8, 30, 0), "Bài: Lê Minh Tâm",
            ["gương điển hình", "điều dưỡng", "học tập và làm theo bác"],
            ["Bùi Thị Ngọc Ánh", "Võ Thị Thanh Nga"], ["Phòng Điều dưỡng"], [HocTapLamTheoBac],
            []),

        new("Kỹ sư Nguyễn Thị Kim Chi – người thầm lặng đứng sau chuyển đổi số của bệnh viện", "Gương điển hình",
            "Từ phần mềm đặt lịch khám đến bệnh án điện tử, nữ kỹ sư công nghệ thông tin của Phòng Kế hoạch tổng hợp đã góp phần thay đổi cách bệnh viện phục vụ người bệnh.",
            """
            ## Một mình một phòng máy

            Năm 2017, khi kỹ sư Nguyễn Thị Kim Chi về bệnh viện, cả bệnh viện chỉ có một vài máy tính nối mạng và phần mềm quản lý viện phí đơn giản. Chị vừa là người quản trị mạng, vừa sửa máy in, vừa hướng dẫn từng điều dưỡng nhập liệu.

            Không có điều kiện thuê đơn vị ngoài, chị tự học lập trình, tận dụng các công cụ miễn phí để xây dựng những ứng dụng nhỏ phục vụ công việc hằng ngày của các khoa, phòng.

            ## Những sản phẩm mang dấu ấn

            - Phần mềm đặt lịch khám và nhắc lịch tái khám qua Zalo, được Sở Y tế công nhận năm 2023.
            - Tham gia triển khai bệnh án điện tử và ký số tại 6 khoa lâm sàng.
            - Hỗ trợ xây dựng hệ thống thanh toán viện phí không dùng tiền mặt.
            - Chiến sĩ thi đua cơ sở năm 2023.

            ## Lặng lẽ mà hiệu quả

            Đồng nghiệp gọi vui chị là “người gỡ rối” của bệnh viện vì bất kể giờ nào, khoa nào gặp sự cố phần mềm cũng có thể gọi chị. Những đêm chuyển đổi dữ liệu sang hệ thống mới, chị thường ở lại đến gần sáng để bảo đảm sáng hôm sau người bệnh được khám bình thường.

            Bác sĩ Vũ Ngọc Quang, Trưởng phòng Kế hoạch tổng hợp, nhận xét: “Chuyển đổi số ở bệnh viện mình có được như hôm nay, phần lớn nhờ sự bền bỉ của Kim Chi”. Năm 2026, chị tiếp tục phụ trách kết nối hệ thống bệnh viện với ứng dụng định danh điện tử.
            """,
            new DateTime(2026, 5, 19, 9, 0, 0), "Bài: Lê Minh Tâm",
            ["gương điển hình", "chuyển đổi số", "công nghệ thông tin"],
            ["Nguyễn Thị Kim Chi", "Vũ Ngọc Quang"], ["Phòng Kế hoạch tổng hợp"], [LaoDongGioi],
            ["Ứng dụng phần mềm đặt lịch khám và nhắc lịch tái khám qua Zalo"]),
    ];
}
