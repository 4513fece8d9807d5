//! Directive rules that read context and English forms, on sentences written for these
//! tests: English verb forms, narrated cues that still assign, plans in the future tense,
//! items after a colon that take the announced assignee, shared deadlines, role nouns.

use briefdesk_core::article::PubDate;
use briefdesk_core::extract::{extract, Lexicon};
use briefdesk_core::model::ScoredDirective as ExtractedDirective;
use std::sync::OnceLock;

fn lex() -> &'static Lexicon {
    static L: OnceLock<Lexicon> = OnceLock::new();
    L.get_or_init(Lexicon::builtin)
}

fn dirs(text: &str, published: &str) -> Vec<ExtractedDirective> {
    extract(lex(), text, PubDate::parse(published)).directives
}

fn who(d: &ExtractedDirective) -> &str {
    d.assignee.as_deref().unwrap_or("-")
}

fn summary(d: &[ExtractedDirective]) -> Vec<(String, String, Option<String>)> {
    d.iter().map(|d| (who(d).to_string(), d.action.clone(), d.due.clone())).collect()
}

#[test]
fn a_cue_after_has_still_assigns_in_english() {
    let d = dirs("The Prime Minister has required the Ministry of Justice to submit monthly reports to the Government Office.", "2026-03-02");
    assert_eq!(summary(&d), [("the Ministry of Justice".into(), "submit monthly reports to the Government Office".into(), None)]);
    // Narration of past assignments without an addressee is no task.
    assert!(dirs("Last year the ministry had assigned 1,200 tasks in total.", "2026-03-02").is_empty());
}

#[test]
fn gerund_items_after_a_colon_take_the_announced_assignee() {
    let t = "To reach the target, the Prime Minister has directed ministries and provinces to take decisive action. Main measures include:\n\nPromptly allocating all remaining funds.\n\nReallocating money from slow projects to faster ones.\n";
    let d = dirs(t, "2026-03-02");
    let s = summary(&d);
    assert!(s.iter().any(|(w, a, _)| w == "ministries and provinces" && a == "Promptly allocating all remaining funds"), "{s:#?}");
    assert!(s.iter().any(|(w, a, _)| w == "ministries and provinces" && a.starts_with("Reallocating money")), "{s:#?}");
}

#[test]
fn english_passive_assignment() {
    let d = dirs("Provinces and cities were directed to relocate households from landslide areas.", "2026-03-02");
    assert_eq!(who(&d[0]), "Provinces and cities");
    assert_eq!(d[0].action, "relocate households from landslide areas");
}

#[test]
fn a_body_that_will_do_a_task_is_a_plan_a_person_is_narrated() {
    let d = dirs("Accordingly, in the second quarter of 2026, the Ministry of Education will coordinate with provinces to compile new textbooks.", "2026-01-05");
    assert_eq!(d.len(), 1, "{d:#?}");
    assert_eq!(who(&d[0]), "the Ministry of Education");
    assert_eq!(d[0].due.as_deref(), Some("2026-Q2"));
    let d = dirs("Bộ Xây dựng sẽ chủ trì xây dựng bộ tiêu chí nhà ở xã hội.", "2026-01-05");
    assert_eq!(summary(&d), [("Bộ Xây dựng".into(), "chủ trì xây dựng bộ tiêu chí nhà ở xã hội".into(), None)]);
    assert!(dirs("Phó Thủ tướng Nguyễn Văn B sẽ chủ trì cuộc họp với các bộ vào tuần sau.", "2026-01-05").is_empty());
}

#[test]
fn a_deadline_before_the_assignee_is_the_tasks() {
    let d = dirs("UBND tỉnh yêu cầu trước ngày 20/6, Sở Xây dựng hoàn thành kiểm tra các chung cư cũ và báo cáo kết quả.", "2026-05-02");
    assert!(!d.is_empty());
    assert!(d.iter().all(|d| who(d) == "Sở Xây dựng" && d.due.as_deref() == Some("2026-06-20")), "{d:#?}");
}

#[test]
fn a_closing_completion_deadline_is_every_task_of_the_sentence() {
    let d = dirs("Thành phố giao Sở Công Thương rà soát các chợ tạm, phân loại chợ không bảo đảm an toàn; từ đó, xây dựng phương án di dời, hoàn thành trước tháng 10/2026.", "2026-05-02");
    assert!(d.len() >= 2, "{d:#?}");
    assert!(d.iter().all(|d| d.due.as_deref() == Some("2026-10")), "{d:#?}");
}

#[test]
fn role_nouns_are_assignees() {
    let d = dirs("Giám đốc Sở đề nghị các chủ đầu tư khẩn trương hoàn thành hạng mục còn lại trước ngày 30/9.", "2026-05-02");
    assert_eq!(who(&d[0]), "các chủ đầu tư");
    assert_eq!(d[0].due.as_deref(), Some("2026-09-30"));
}

#[test]
fn inline_enumerated_items_are_tasks_of_their_own() {
    let t = "Thủ tướng yêu cầu các bộ, ngành: (1) rà soát toàn bộ thủ tục hành chính; (2) báo cáo kết quả cắt giảm trước ngày 15/4; (3) đề xuất danh mục thủ tục cần bãi bỏ.";
    let d = dirs(t, "2026-03-02");
    assert_eq!(
        summary(&d),
        [
            ("các bộ, ngành".into(), "rà soát toàn bộ thủ tục hành chính".into(), None),
            ("các bộ, ngành".into(), "báo cáo kết quả cắt giảm trước ngày 15/4".into(), Some("2026-04-15".into())),
            ("các bộ, ngành".into(), "đề xuất danh mục thủ tục cần bãi bỏ".into(), None),
        ]
    );
    let d = dirs("Chủ tịch UBND tỉnh yêu cầu các sở, ngành a) rà soát các dự án chậm tiến độ; b) đề xuất phương án xử lý trong tháng 5/2026.", "2026-03-02");
    assert_eq!(
        summary(&d),
        [("các sở, ngành".into(), "rà soát các dự án chậm tiến độ".into(), None), ("các sở, ngành".into(), "đề xuất phương án xử lý trong tháng 5/2026".into(), Some("2026-05".into())),]
    );
}

#[test]
fn a_subject_pointing_back_takes_the_body_named_before() {
    let d = dirs("UBND tỉnh giao Sở Tài chính chủ trì tổng hợp nhu cầu vốn. Sở này có trách nhiệm báo cáo UBND tỉnh trước ngày 30/3.", "2026-03-02");
    assert_eq!(who(&d[1]), "Sở Tài chính", "{d:#?}");
    assert_eq!(d[1].due.as_deref(), Some("2026-03-30"));
    let d = dirs("The Government asked the Ministry of Finance to draft a decree on fees. The ministry must submit it no later than June 30.", "2026-03-02");
    assert_eq!(who(&d[1]), "the Ministry of Finance", "{d:#?}");
    assert_eq!(d[1].due.as_deref(), Some("2026-06-30"));
    let d = dirs("The Prime Minister asked provinces to relocate households from flood zones. They must report the results to the Government Office.", "2026-03-02");
    assert_eq!(who(&d[1]), "provinces", "{d:#?}");
    // A plural group named by its head stays as written.
    let d = dirs("He asked the Fatherland Front and people's organisations to review their work. He urged the organisations to draft plans for next year.", "2026-03-02");
    assert_eq!(who(&d[1]), "the organisations", "{d:#?}");
}

#[test]
fn english_passives_with_any_auxiliary_and_plans_of_they() {
    let t = "Local authorities have been asked to mobilise resources to contain the outbreak while destroying infected animals.\n\nFarmers have also been ordered to clean their barns.\n\nProvinces will review and compile data on the herd. They will have to adjust plans and prioritise funding for vaccines.";
    let s = summary(&dirs(t, "2026-03-02"));
    let has = |w: &str, a: &str| s.iter().any(|(w2, a2, _)| w2 == w && a2.starts_with(a));
    assert!(has("Local authorities", "mobilise resources to contain the outbreak"), "{s:#?}");
    assert!(has("Local authorities", "destroying infected animals"), "{s:#?}");
    assert!(has("Farmers", "clean their barns"), "{s:#?}");
    assert!(has("Provinces", "review and compile data on the herd"), "{s:#?}");
    assert!(has("Provinces", "adjust plans and prioritise funding for vaccines"), "{s:#?}");
}

#[test]
fn adjectives_before_bodies_in_english() {
    let d = dirs("PM Nguyen called on relevant ministries, agencies and localities to kick start construction on the remaining schools by August 31.", "2026-03-02");
    assert_eq!(who(&d[0]), "relevant ministries, agencies and localities");
    assert_eq!(d[0].due.as_deref(), Some("2026-08-31"));
}

#[test]
fn the_horizon_of_a_plan_is_no_deadline() {
    let d = dirs("UBND thành phố giao Sở Xây dựng chỉ đạo lập điều chỉnh Quy hoạch chung thành phố thời kỳ 2021-2030, tầm nhìn đến năm 2050.", "2026-03-02");
    assert_eq!(who(&d[0]), "Sở Xây dựng");
    assert_eq!(d[0].due, None, "{d:#?}");
}

#[test]
fn a_time_phrase_fronting_a_verb_opens_a_new_task_due_then() {
    let d = dirs("Chủ tịch tỉnh yêu cầu Sở Tư pháp đẩy mạnh tuyên truyền pháp luật, trong quý II/2026 hoàn thành bộ thủ tục mới, 6 tháng cuối năm trình đề án sắp xếp.", "2026-01-10");
    let s = summary(&d);
    assert!(s.contains(&("Sở Tư pháp".into(), "đẩy mạnh tuyên truyền pháp luật".into(), None)), "{s:#?}");
    assert!(s.contains(&("Sở Tư pháp".into(), "hoàn thành bộ thủ tục mới".into(), Some("2026-Q2".into()))), "{s:#?}");
    assert!(s.contains(&("Sở Tư pháp".into(), "trình đề án sắp xếp".into(), Some("2026-12".into()))), "{s:#?}");
}

#[test]
fn a_repeated_verb_after_and_is_a_second_task() {
    let d = dirs("UBND tỉnh yêu cầu các huyện tổ chức lấy ý kiến cử tri và tổ chức hội nghị tiếp xúc cử tri trước ngày 20/5.", "2026-05-02");
    let s = summary(&d);
    assert_eq!(s.len(), 2, "{s:#?}");
    assert_eq!(s[0].1, "tổ chức lấy ý kiến cử tri");
    assert_eq!(s[1].1, "tổ chức hội nghị tiếp xúc cử tri trước ngày 20/5");
    // One verb with two objects stays one task.
    let d = dirs("UBND tỉnh yêu cầu các huyện tổ chức lấy ý kiến cử tri và nhân dân.", "2026-05-02");
    assert_eq!(d.len(), 1, "{:#?}", summary(&d));
}

#[test]
fn issuing_a_document_that_already_has_its_date_is_narration() {
    let t = "Tỉnh đã đăng ký lịch khởi công với Bộ Xây dựng. Đồng thời, ban hành Quyết định số 77/QĐ-UBND ngày 12-3-2026 về cơ chế đặc thù.";
    assert!(dirs(t, "2026-03-20").is_empty(), "{:#?}", summary(&dirs(t, "2026-03-20")));
    // Issuing a document still to be written is a task.
    let d = dirs("Thủ tướng yêu cầu Bộ Tài chính ban hành Thông tư hướng dẫn trước ngày 30/6.", "2026-03-20");
    assert_eq!(d.len(), 1);
}

#[test]
fn whoever_stands_between_an_english_cue_and_to_a_verb_is_told() {
    let d = dirs("State lawmakers are urging the utility regulator to investigate the outages.", "2026-03-02");
    assert_eq!(summary(&d), [("the utility regulator".into(), "investigate the outages".into(), None)]);
    let d = dirs("The Health Ministry has also instructed hospitals to report every new case within 24 hours.", "2026-03-02");
    assert_eq!(summary(&d), [("hospitals".into(), "report every new case within 24 hours".into(), Some("2026-03-03".into()))]);
    // "to" + a gerund is a preposition: no one is told anything.
    assert!(dirs("The PM demands attention to reorganising the apparatus.", "2026-03-02").iter().all(|d| d.assignee.as_deref() != Some("attention")));
}

#[test]
fn a_connective_opening_the_next_sentence_continues_its_assignee() {
    let t = "Ban Chỉ đạo yêu cầu các tỉnh ven biển theo dõi chặt chẽ diễn biến của bão. Đồng thời, chuẩn bị lực lượng, phương tiện để cứu hộ; thường xuyên báo cáo về Ban Chỉ đạo.";
    let s = summary(&dirs(t, "2026-09-02"));
    assert_eq!(s.len(), 3, "{s:#?}");
    assert!(s.iter().all(|(w, _, _)| w == "các tỉnh ven biển"), "{s:#?}");
}

#[test]
fn a_verb_used_as_a_noun_or_participle_is_no_task() {
    // A passive or a copula after the verb: the verb names a thing.
    assert!(dirs("Các phường mới thành lập sẽ được đặt tên theo số thứ tự.", "2026-03-02").is_empty());
    assert!(dirs("Chỉ đạo được đưa ra sau cuộc kiểm tra tiến độ.", "2026-03-02").is_empty());
    assert!(dirs("Chính phủ quán triệt là tăng cường kỷ luật tài chính.", "2026-03-02").is_empty());
    // A verb after a preposition is its object: "Huyện A sau sắp xếp còn 5 xã".
    assert!(dirs("Huyện Đông Sơn sau sắp xếp còn 5 xã.", "2026-03-02").is_empty());
    // The same verbs as predicates still give tasks.
    assert_eq!(dirs("Sở Nội vụ thành lập tổ công tác rà soát hồ sơ.", "2026-03-02").len(), 1);
}

#[test]
fn addressees_separated_by_a_semicolon_are_one_list() {
    let d = dirs("Bộ Nội vụ đề nghị các bộ, cơ quan ngang bộ; UBND các tỉnh, thành phố trực thuộc Trung ương báo cáo thực trạng biên chế.", "2026-09-02");
    assert_eq!(d.len(), 1, "{:#?}", summary(&d));
    assert!(who(&d[0]).ends_with("UBND các tỉnh, thành phố trực thuộc Trung ương"), "{}", who(&d[0]));
    assert_eq!(d[0].action, "báo cáo thực trạng biên chế");
}

#[test]
fn english_bodies_then_a_bare_verb_and_connectives() {
    let t = "The Minister suggested the advisory units develop a growth scenario for the sector. At the same time, research and propose a new export strategy.";
    let s = summary(&dirs(t, "2026-02-20"));
    assert_eq!(s.len(), 2, "{s:#?}");
    assert!(s.iter().all(|(w, _, _)| w == "the advisory units"), "{s:#?}");
    assert_eq!(s[0].1, "develop a growth scenario for the sector");
}

#[test]
fn a_clause_with_its_own_subject_after_a_comma_is_its_task() {
    let t = "Thành ủy giao UBND thành phố triển khai nhanh các quy trình theo quy định của luật, các phường có chung cư cũ rà soát tổng thể các tòa nhà.";
    let s = summary(&dirs(t, "2026-02-20"));
    assert!(s.contains(&("UBND thành phố".into(), "triển khai nhanh các quy trình theo quy định của luật".into(), None)), "{s:#?}");
    assert!(s.contains(&("các phường có chung cư cũ".into(), "rà soát tổng thể các tòa nhà".into(), None)), "{s:#?}");
    // Bodies listed after "phối hợp với" stay in the task.
    let d = dirs("Giao Sở Tài chính chủ trì, phối hợp với các Sở, ngành liên quan khảo sát các xã miền núi.", "2026-02-20");
    assert_eq!(d.len(), 1, "{:#?}", summary(&d));
}

#[test]
fn two_tasks_joined_by_and_share_the_deadline_written_after_the_second() {
    let d = dirs("Phó Thủ tướng yêu cầu Bộ Tài chính báo cáo tình hình thị trường trái phiếu và đề xuất giải pháp quản lý trước ngày 14-9.", "2026-09-02");
    let s = summary(&d);
    assert_eq!(s.len(), 2, "{s:#?}");
    assert!(s.iter().all(|(_, _, due)| due.as_deref() == Some("2026-09-14")), "{s:#?}");
    // In a longer list the date stays with the last item.
    let d = dirs("UBND tỉnh yêu cầu các huyện hoàn thiện đề án chi tiết, lấy ý kiến người dân và trình cấp có thẩm quyền phê duyệt trước ngày 25/5.", "2026-05-02");
    let s = summary(&d);
    assert_eq!(s.iter().filter(|(_, _, due)| due.is_some()).count(), 1, "{s:#?}");
}

#[test]
fn a_tasks_own_deadline_wins_over_one_earlier_in_the_sentence() {
    let d = dirs("Tỉnh có 651 nhà hoàn thành trước ngày 15-1, còn 23 nhà lớn, Sở Xây dựng hoàn thành dứt điểm trước ngày 19-1-2026.", "2026-01-16");
    assert!(d.iter().all(|d| d.due.as_deref() != Some("2026-01-15")), "{:#?}", summary(&d));
}

#[test]
fn a_long_headline_repeating_the_bodys_order_gives_way_to_the_body() {
    let t = "Đôn đốc các bộ, ngành, cơ quan trung ương và địa phương gửi báo cáo và cho ý kiến về kết quả rà soát, đề xuất giải pháp hoàn thiện pháp luật để tháo gỡ khó khăn, vướng mắc do quy định pháp luật về đất đai\n\nNgày 15/7/2026, Bộ Tư pháp đã có Công văn số 12/BTP-VP đôn đốc Tòa án nhân dân tối cao và Uỷ ban nhân dân các tỉnh, thành phố gửi báo cáo và cho ý kiến về kết quả rà soát, đề xuất giải pháp hoàn thiện pháp luật để tháo gỡ khó khăn, vướng mắc do quy định pháp luật về đất đai.";
    let d = dirs(t, "2026-07-15");
    assert_eq!(d.len(), 1, "{:#?}", summary(&d));
    assert_eq!(who(&d[0]), "Tòa án nhân dân tối cao và Uỷ ban nhân dân các tỉnh, thành phố");
}

#[test]
fn a_photo_credit_is_no_task() {
    let d = dirs("Các đại biểu thực hiện nghi thức khởi động chương trình. (Ảnh: Thống Nhất/TTXVN)", "2026-03-02");
    assert!(d.is_empty(), "{:#?}", summary(&d));
}

#[test]
fn an_english_participle_after_finite_verbs_is_no_new_task() {
    let t = "The Minister asked the advisory units to ensure that exports reach USD 65 billion, striving to reach USD 70 billion.";
    assert_eq!(dirs(t, "2026-02-20").len(), 1, "{:#?}", summary(&dirs(t, "2026-02-20")));
    // A series of gerunds is a series of tasks.
    let t = "The Minister requested localities to take actions including conducting urgent inspections of pharmacies, initiating the recall of counterfeit drugs.";
    assert_eq!(dirs(t, "2026-02-20").len(), 2, "{:#?}", summary(&dirs(t, "2026-02-20")));
}

#[test]
fn a_report_that_shows_is_narration() {
    assert!(dirs("Báo cáo tại hội nghị cho thấy, 10 tháng đầu năm, kinh tế thành phố đạt nhiều kết quả nổi bật.", "2026-11-02").is_empty());
}

#[test]
fn a_modal_in_a_that_clause_assigns_its_subject() {
    let d = dirs("The court ruled that the ministry must release the documents within a week.", "2026-03-02");
    assert_eq!(summary(&d), [("the ministry".into(), "release the documents within a week".into(), Some("2026-03-09".into()))]);
    let d = dirs("Thủ tướng cho rằng các địa phương cần rà soát lại toàn bộ dự án.", "2026-03-02");
    assert_eq!(who(&d[0]), "các địa phương");
}

#[test]
fn a_participle_cue_after_a_comma_is_a_further_order_to_the_same_addressees() {
    let t = "The Prime Minister called on ministries and localities to start building the remaining houses by August 31, requesting homes for veterans must be finished by July 27.";
    let s = summary(&dirs(t, "2026-06-22"));
    assert_eq!(s.len(), 2, "{s:#?}");
    assert_eq!(s[0], ("ministries and localities".into(), "start building the remaining houses by August 31".into(), Some("2026-08-31".into())));
    assert_eq!(s[1].0, "ministries and localities");
    assert_eq!(s[1].2.as_deref(), Some("2026-07-27"));
}

#[test]
fn a_bare_lower_case_head_word_points_back_to_the_body_named() {
    let t = "UBND thành phố giao Sở Nông nghiệp và Môi trường rà soát các cơ sở giết mổ nhỏ lẻ. Thành phố cũng giao sở tham mưu chính sách hỗ trợ di dời cơ sở.";
    let d = dirs(t, "2026-08-09");
    assert_eq!(d.len(), 2, "{:#?}", summary(&d));
    assert!(d.iter().all(|d| who(d) == "Sở Nông nghiệp và Môi trường"), "{:#?}", summary(&d));
}

#[test]
fn a_purpose_with_a_subject_of_its_own_gives_that_body_the_task() {
    let d = dirs("UBND tỉnh yêu cầu UBND cấp xã tổ chức lấy ý kiến cử tri để UBND cấp huyện báo cáo UBND tỉnh trước ngày 24/4.", "2026-04-20");
    let s = summary(&d);
    assert!(s.contains(&("UBND cấp xã".into(), "tổ chức lấy ý kiến cử tri".into(), None)), "{s:#?}");
    assert!(s.contains(&("UBND cấp huyện".into(), "báo cáo UBND tỉnh trước ngày 24/4".into(), Some("2026-04-24".into()))), "{s:#?}");
    // A purpose without a subject stays in the task.
    let d = dirs("UBND tỉnh yêu cầu UBND cấp xã rà soát hồ sơ để báo cáo UBND tỉnh.", "2026-04-20");
    assert_eq!(d.len(), 1, "{:#?}", summary(&d));
}

#[test]
fn nothing_but_an_adverb_outside_brackets_is_no_task() {
    let t = "Ban Chỉ huy yêu cầu các sở họp giao ban hằng ngày. Kịp thời (riêng ngày 5/11 họp vào lúc 19 giờ 30 phút).";
    let d = dirs(t, "2026-11-04");
    assert!(d.iter().all(|d| !d.action.starts_with("Kịp thời")), "{:#?}", summary(&d));
}

#[test]
fn guidance_to_no_one_named_stays_one_item_and_a_described_task_is_none() {
    let d = dirs("Bí thư Thành ủy nhấn mạnh, cần đẩy nhanh giải ngân vốn đầu tư công, tháo gỡ khó khăn cho doanh nghiệp, hỗ trợ sản xuất kinh doanh.", "2026-11-02");
    assert_eq!(d.len(), 1, "{:#?}", summary(&d));
    assert_eq!(d[0].assignee, None);
    // Assigned tasks still split at commas.
    let d = dirs("UBND tỉnh giao Sở Tài chính rà soát các dự án chậm tiến độ, đề xuất phương án xử lý.", "2026-11-02");
    assert_eq!(d.len(), 2, "{:#?}", summary(&d));
    // Words before ", cũng là nhiệm vụ…" name a thing: no subject "ngân hàng và quỹ".
    let d = dirs("Thành lập trung tâm tài chính, thu hút vốn từ các ngân hàng và quỹ đầu tư toàn cầu, cũng là nhiệm vụ trọng tâm.", "2026-01-10");
    assert!(d.iter().all(|d| d.assignee.is_none()), "{:#?}", summary(&d));
}

#[test]
fn a_body_that_has_a_decision_narrates_it() {
    let d = dirs("Cùng ngày, UBND tỉnh cũng có quyết định thành lập Hội đồng thẩm định dự toán.", "2026-03-02");
    assert!(d.is_empty(), "{:#?}", summary(&d));
}

#[test]
fn a_body_heading_its_own_item_does_what_follows_the_colon() {
    let t = "Bộ Quốc phòng yêu cầu các cơ quan, đơn vị thực hiện một số nội dung sau.\n\nBinh chủng Công binh: Chỉ đạo các đơn vị thuộc quyền chuẩn bị phương tiện vượt sông.\n";
    let d = dirs(t, "2026-10-20");
    let s = summary(&d);
    assert!(s.iter().any(|(w, a, _)| w == "Binh chủng Công binh" && a.starts_with("Chỉ đạo các đơn vị thuộc quyền")), "{s:#?}");
    // A military body named in full is one assignee, not cut at its hyphen.
    let d = dirs("Bộ Quốc phòng giao Tổng cục Hậu cần - Kỹ thuật bảo đảm vật tư cho các đơn vị.", "2026-10-20");
    assert_eq!(summary(&d), [("Tổng cục Hậu cần - Kỹ thuật".into(), "bảo đảm vật tư cho các đơn vị".into(), None)]);
}

#[test]
fn a_body_that_reports_or_a_cue_in_a_relative_clause_tells_no_one() {
    let d = dirs("Bộ trưởng Bộ Tài chính cũng cho biết, thời gian tới, các địa phương sẽ được hướng dẫn cụ thể.", "2026-03-02");
    assert!(d.iter().all(|d| !d.action.starts_with("cũng cho biết")), "{:#?}", summary(&d));
    let d = dirs("The minister met the ministry on the tasks that need to be completed by the end of March 2026.", "2026-03-02");
    assert!(d.is_empty(), "{:#?}", summary(&d));
    // A cue with its own subject still assigns.
    let d = dirs("The ministry needs to complete the report by the end of March 2026.", "2026-03-02");
    assert_eq!(summary(&d), [("The ministry".into(), "complete the report by the end of March 2026".into(), Some("2026-03".into()))]);
}

#[test]
fn numbered_bodies_listed_by_number_and_a_coordinating_verb_before_a_concrete_one() {
    let d = dirs("Quân khu 7, 9 phối hợp với chính quyền địa phương tổ chức các đoàn kiểm tra.", "2026-10-20");
    assert_eq!(summary(&d), [("Quân khu 7, 9".into(), "phối hợp với chính quyền địa phương tổ chức các đoàn kiểm tra".into(), None)]);
    // "…, phối hợp xử lý…" after guidance is a concrete task of its own.
    let d = dirs("Sở Công Thương tăng cường kiểm tra thị trường, phối hợp xử lý vi phạm.", "2026-10-20");
    assert_eq!(d.len(), 2, "{:#?}", summary(&d));
    assert_eq!(d[1].action, "phối hợp xử lý vi phạm");
    // Guidance verbs after a comma stay one task.
    let d = dirs("Sở Công Thương tăng cường kiểm tra thị trường, bảo đảm cung ứng hàng hóa.", "2026-10-20");
    assert_eq!(d.len(), 1, "{:#?}", summary(&d));
}

#[test]
fn a_documents_date_does_not_make_a_task_narration() {
    let d = dirs("UBND cấp xã thành lập Tổ công tác theo Nghị định số 50/2026/NĐ-CP ngày 01/3/2026 của Chính phủ.", "2026-06-20");
    assert_eq!(summary(&d).first().map(|s| s.0.clone()), Some("UBND cấp xã".into()), "{:#?}", summary(&d));
    // A day of the act itself still narrates.
    assert!(dirs("Ngày 15/6, UBND cấp xã thành lập Tổ công tác.", "2026-06-20").is_empty());
}

#[test]
fn a_letter_sent_to_a_body_asks_that_body_and_the_next_order_is_theirs() {
    let t = "Ngày 15/6, UBND xã An Phú đã ban hành Văn bản số 75/UBND-KT gửi Ban Quản lý dự án đầu tư xây dựng khu vực tỉnh đề nghị đôn đốc các nhà thầu đẩy nhanh tiến độ thi công. Khẩn trương hoàn trả mặt bằng các hạng mục đã thi công xong.";
    let d = dirs(t, "2026-06-20");
    let s = summary(&d);
    assert_eq!(s.len(), 2, "{s:#?}");
    assert!(s.iter().all(|(w, _, _)| w == "Ban Quản lý dự án đầu tư xây dựng khu vực tỉnh"), "{s:#?}");
    assert!(s[1].1.starts_with("Khẩn trương hoàn trả mặt bằng"), "{s:#?}");
    // A body that did something in the past is still narrated.
    let d = dirs("Thực hiện kế hoạch của tỉnh, Sở Xây dựng đã hoàn thành kiểm tra các công trình.", "2026-06-20");
    assert!(d.is_empty(), "{:#?}", summary(&d));
}

#[test]
fn an_order_quoted_before_its_speaker_still_orders() {
    let t = "\"UBND xã đã có văn bản gửi Sở Xây dựng đề nghị đôn đốc các nhà thầu đẩy nhanh tiến độ. Khẩn trương hoàn trả mặt bằng các tuyến đường\" - ông Nguyễn Văn An cho biết.";
    let d = dirs(t, "2026-06-20");
    let s = summary(&d);
    assert!(s.iter().any(|(w, a, _)| w == "Sở Xây dựng" && a == "Khẩn trương hoàn trả mặt bằng các tuyến đường"), "{s:#?}");
}

#[test]
fn a_closing_completion_clause_is_the_deadline_of_the_task_before_it() {
    let d = dirs("UBND cấp xã thành lập Tổ công tác phục vụ người dân, hoàn thành ngay sau khi xã mới đi vào hoạt động (trước ngày 01/7/2026).", "2026-06-20");
    assert_eq!(summary(&d), [("UBND cấp xã".into(), "thành lập Tổ công tác phục vụ người dân".into(), Some("2026-07-01".into()))]);
    // A short one stays in the text as written.
    let d = dirs("UBND cấp xã thành lập Tổ công tác, hoàn thành trước ngày 01/7/2026.", "2026-06-20");
    assert_eq!(summary(&d), [("UBND cấp xã".into(), "thành lập Tổ công tác, hoàn thành trước ngày 01/7/2026".into(), Some("2026-07-01".into()))]);
}

#[test]
fn a_basis_phrase_between_a_body_and_its_verb() {
    let d = dirs("UBND cấp xã căn cứ quy định tại Điều 10 Nghị định số 50/2026/NĐ-CP xác định số lượng điểm tiếp nhận hồ sơ.", "2026-06-20");
    assert_eq!(summary(&d), [("UBND cấp xã".into(), "xác định số lượng điểm tiếp nhận hồ sơ".into(), None)]);
    let d = dirs("The Ministry of Finance, on the basis of Decree No. 50/2026/ND-CP, will submit a draft circular.", "2026-06-20");
    assert!(d.iter().all(|d| d.assignee.is_none() || who(d).contains("Ministry of Finance")), "{:#?}", summary(&d));
    // What a body did on that basis is narrated.
    let d = dirs("Sở Y tế căn cứ Nghị định số 50/2026/NĐ-CP đã ban hành hướng dẫn.", "2026-06-20");
    assert!(d.is_empty(), "{:#?}", summary(&d));
}

#[test]
fn a_basis_phrase_inside_a_subject_ends_it() {
    let t = "Ủy ban nhân dân các tỉnh căn cứ chức năng, nhiệm vụ, quyền hạn tập trung thực hiện các nhiệm vụ sau:\n\nKhẩn trương rà soát, điều chỉnh quy hoạch sau sáp nhập.\n";
    let d = dirs(t, "2026-06-20");
    assert!(!d.is_empty());
    assert!(d.iter().all(|d| who(d) == "Ủy ban nhân dân các tỉnh"), "{:#?}", summary(&d));
}

#[test]
fn a_focus_phrase_inside_an_order_is_no_copula() {
    // "nhất là", "đặc biệt là" single out a part of the task; the order stays an order.
    let t = "UBND tỉnh yêu cầu Sở Y tế kiểm tra các cơ sở khám bệnh. Khẩn trương cấp thuốc cho người dân, nhất là người cao tuổi ở vùng sâu.";
    let s = summary(&dirs(t, "2026-03-02"));
    assert!(s.iter().any(|(w, a, _)| w == "Sở Y tế" && a.starts_with("Khẩn trương cấp thuốc cho người dân")), "{s:#?}");
    // A real copula still makes a description, not a task.
    let s = summary(&dirs("UBND tỉnh yêu cầu Sở Y tế kiểm tra các cơ sở khám bệnh. Cải cách hành chính là nhiệm vụ trọng tâm của năm.", "2026-03-02"));
    assert_eq!(s.len(), 1, "{s:#?}");
}

#[test]
fn a_numbered_line_naming_a_body_gives_it_the_lettered_items_below() {
    let t = "Chủ tịch UBND tỉnh giao nhiệm vụ cho các sở, ngành như sau:\n\n1. Sở Y tế chủ trì, phối hợp với các đơn vị liên quan\n\na) Kiểm tra các cơ sở khám bệnh tư nhân.\n\nb) Bảo đảm đủ thuốc cho người dân.\n\n2. Sở Tài chính chủ trì, phối hợp với các đơn vị liên quan\n\na) Bố trí kinh phí phòng dịch cho các xã.\n";
    let s = summary(&dirs(t, "2026-03-02"));
    for (body, act) in [("Sở Y tế", "Kiểm tra các cơ sở khám bệnh tư nhân"), ("Sở Y tế", "Bảo đảm đủ thuốc cho người dân"), ("Sở Tài chính", "Bố trí kinh phí phòng dịch cho các xã")]
    {
        assert!(s.iter().any(|(w, a, _)| w == body && a == act), "{body}: {act}\n{s:#?}");
    }
}

#[test]
fn a_bracketed_list_of_members_stays_in_the_subject() {
    let s = summary(&dirs("Các Sở liên quan (Tài chính, Xây dựng, Công Thương) có trách nhiệm hướng dẫn các xã khắc phục sạt lở.", "2026-03-02"));
    assert_eq!(s, [("Các Sở liên quan (Tài chính, Xây dựng, Công Thương)".into(), "hướng dẫn các xã khắc phục sạt lở".into(), None)]);
    // A caption in brackets after a person is no member list.
    assert!(dirs("Chủ tịch UBND tỉnh Lê Văn An (thứ 2 từ trái) kiểm tra công tác phòng chống bão tại xã ven biển.", "2026-03-02").is_empty());
}

#[test]
fn semicolons_between_bodies_do_not_split_the_task() {
    let t = "UBND tỉnh giao Sở Xây dựng chủ trì, phối hợp với Sở Tư pháp; Công an tỉnh; UBND cấp xã và các đơn vị liên quan thực hiện cấp giấy phép xây dựng trực tuyến.";
    let s = summary(&dirs(t, "2026-03-02"));
    assert_eq!(s.len(), 1, "{s:#?}");
    assert!(s[0].1.ends_with("thực hiện cấp giấy phép xây dựng trực tuyến"), "{s:#?}");
    // A semicolon before a new verb still starts a new task.
    let s = summary(&dirs("UBND tỉnh giao Sở Xây dựng rà soát các công trình; kiểm tra các dự án chậm tiến độ.", "2026-03-02"));
    assert_eq!(s.len(), 2, "{s:#?}");
}

#[test]
fn a_verb_owned_by_a_body_is_a_noun() {
    // "ý kiến đề xuất của Sở …": the proposal of the department, not a task proposed.
    assert!(dirs("Chủ tịch UBND tỉnh chấp thuận ý kiến đề xuất của Sở Tài chính về việc điều chuyển các trụ sở dôi dư.", "2026-03-02").is_empty());
}

#[test]
fn bodies_of_a_level_and_a_verb_that_names_bodies_elsewhere() {
    // "UBND các tỉnh": the bodies a head belongs to; "tổ chức" after a body is its verb.
    let s = summary(&dirs("Thủ tướng yêu cầu UBND các tỉnh, thành phố tổ chức tiêm vắc xin cho trẻ em.", "2026-03-02"));
    assert_eq!(s, [("UBND các tỉnh, thành phố".into(), "tổ chức tiêm vắc xin cho trẻ em".into(), None)]);
    let s = summary(&dirs("Thủ tướng yêu cầu UBND các tỉnh cấp phát gạo cho người dân vùng lũ.", "2026-03-02"));
    assert_eq!(s, [("UBND các tỉnh".into(), "cấp phát gạo cho người dân vùng lũ".into(), None)]);
}

#[test]
fn a_set_phrase_before_the_verb_is_not_the_task() {
    let s = summary(&dirs("Chủ tịch UBND tỉnh yêu cầu Sở Y tế, UBND các xã theo chức năng của đơn vị, tổ chức tiêm vắc xin cho trẻ em.", "2026-03-02"));
    assert_eq!(s, [("Sở Y tế, UBND các xã".into(), "tổ chức tiêm vắc xin cho trẻ em".into(), None)]);
}

#[test]
fn a_condition_before_a_task_is_no_subject() {
    let t = "Sở Y tế rà soát các cơ sở khám bệnh. Trường hợp có khó khăn, vướng mắc, báo cáo UBND tỉnh xem xét, chỉ đạo.";
    let s = summary(&dirs(t, "2026-03-02"));
    assert!(s.iter().any(|(w, a, _)| w == "Sở Y tế" && a.starts_with("báo cáo UBND tỉnh xem xét")), "{s:#?}");
    assert!(!s.iter().any(|(w, _, _)| w.to_lowercase().contains("trường hợp")), "{s:#?}");
}

#[test]
fn a_part_after_a_semicolon_with_a_cue_of_its_own_is_a_task_apart() {
    let t = "UBND tỉnh yêu cầu Sở Xây dựng rà soát các vùng ngập lụt; các khu dân cư ven sông cần phải di dời đến nơi an toàn.";
    let s = summary(&dirs(t, "2026-03-02"));
    assert_eq!(s.len(), 2, "{s:#?}");
    assert_eq!(s[0].1, "rà soát các vùng ngập lụt");
}

#[test]
fn the_same_words_given_to_two_bodies_are_two_orders() {
    // One body hands over, the other takes over: not one order told twice.
    let t = "UBND tỉnh giao Sở Y tế bàn giao nguyên trạng bộ máy, nhân lực, tài sản, hồ sơ của các trạm y tế về UBND cấp xã.\n\nGiao UBND cấp xã tiếp nhận nguyên trạng bộ máy, nhân lực, tài sản, hồ sơ của các trạm y tế.";
    let s = summary(&dirs(t, "2026-03-02"));
    assert!(s.iter().any(|(w, _, _)| w == "Sở Y tế") && s.iter().any(|(w, _, _)| w == "UBND cấp xã"), "{s:#?}");
}

#[test]
fn the_action_follows_a_basis_phrase_after_the_addressee() {
    let t = "UBND tỉnh yêu cầu UBND cấp xã trên cơ sở Đề án sắp xếp đơn vị hành chính năm 2025; tổ chức lấy ý kiến cử tri theo quy định.";
    let s = summary(&dirs(t, "2026-03-02"));
    assert_eq!(s, [("UBND cấp xã".into(), "tổ chức lấy ý kiến cử tri theo quy định".into(), None)]);
}

#[test]
fn the_tail_of_a_list_of_things_naming_bodies_is_no_subject() {
    let t = "Báo cáo gồm thực trạng sắp xếp tổ chức bộ máy, đơn vị hành chính, đơn vị sự nghiệp công lập, bố trí sử dụng biên chế.";
    assert!(dirs(t, "2026-03-02").is_empty());
    // After the one who asks, a body after a comma still is the addressee.
    let s = summary(&dirs("Chủ tịch UBND tỉnh cũng yêu cầu, các sở, ngành chủ động xây dựng kế hoạch phát triển.", "2026-03-02"));
    assert_eq!(s, [("các sở, ngành".into(), "chủ động xây dựng kế hoạch phát triển".into(), None)]);
}

#[test]
fn a_copula_in_a_participle_clause_leaves_the_order_an_order() {
    let t = "The chairman assigned departments and districts to implement the growth plan.\n\nAt the same time, urgently develop the growth scenario for each sector, ensuring that it is suitable to local conditions.";
    let s = summary(&dirs(t, "2025-02-10"));
    assert!(s.iter().any(|(w, a, _)| w == "departments and districts" && a.starts_with("urgently develop the growth scenario")), "{s:#?}");
}

#[test]
fn a_year_before_the_article_is_no_deadline_and_english_lists_of_bodies_hold_sectors() {
    let t = "The chairman assigned departments, branches, sectors and People's Committees of districts to review the growth data of 2024 and propose solutions.";
    let s = summary(&dirs(t, "2025-02-10"));
    assert_eq!(s[0].0, "departments, branches, sectors and People's Committees of districts", "{s:#?}");
    assert!(s.iter().all(|(_, _, due)| due.is_none()), "{s:#?}");
    // An ordinal day is read: "by 15th November".
    let s = summary(&dirs("The Department of Home Affairs must submit the final proposal by 15th November.", "2024-11-02"));
    assert_eq!(s[0].2.as_deref(), Some("2024-11-15"), "{s:#?}");
}

#[test]
fn english_bodies_of_a_level_and_an_anaphor_before_a_head_word() {
    let t = "The chairman requested that the chairpersons of the commune People's Committees establish working regulations.";
    assert_eq!(summary(&dirs(t, "2025-07-01"))[0].0, "the chairpersons of the commune People's Committees");
    // "These departments must…" takes the body named just before.
    let t = "Departments must coordinate with communes. These departments must also review the decentralization matters.";
    let s = summary(&dirs(t, "2025-07-01"));
    assert!(s.iter().any(|(w, a, _)| w == "Departments" && a == "review the decentralization matters"), "{s:#?}");
}

#[test]
fn a_set_phrase_after_a_list_of_addressees_is_trimmed_off() {
    let t = "Thủ tướng yêu cầu Bộ trưởng các bộ, Chủ tịch UBND các tỉnh thành theo chức năng, nhiệm vụ, thẩm quyền tập trung chỉ đạo công tác xây dựng pháp luật.";
    let s = summary(&dirs(t, "2025-07-01"));
    assert_eq!(s[0].1, "tập trung chỉ đạo công tác xây dựng pháp luật", "{s:#?}");
}

#[test]
fn imperatives_that_organise_visits_or_name_bodies_still_order() {
    let t = "Ban Thường vụ Tỉnh ủy yêu cầu các cấp ủy, chính quyền trong tỉnh tập trung khắc phục hậu quả bão.\n\nTổ chức thăm hỏi động viên các gia đình bị thiệt hại. Huy động nguồn lực sửa chữa nhà cửa, trường học; khi an toàn, tổ chức đưa người dân trở về nơi ở.";
    let s = summary(&dirs(t, "2025-09-29"));
    let who = "các cấp ủy, chính quyền trong tỉnh";
    for act in ["Tổ chức thăm hỏi động viên các gia đình bị thiệt hại", "Huy động nguồn lực sửa chữa nhà cửa, trường học"] {
        assert!(s.iter().any(|(w, a, _)| w == who && a == act), "{act}\n{s:#?}");
    }
    assert!(s.iter().any(|(w, a, _)| w == who && a.ends_with("tổ chức đưa người dân trở về nơi ở")), "{s:#?}");
}

#[test]
fn a_result_reported_is_no_order() {
    let t = "UBND phường đã đạt nhiều kết quả trong tháng. Cùng với đó, tổ chức thành công chuỗi sự kiện văn hóa chào mừng Đại hội.";
    assert!(dirs(t, "2025-09-29").is_empty());
}

#[test]
fn english_coordinated_orders_and_passives_with_also() {
    let t = "He urged the city People's Committee to closely follow central guidelines and quickly finalize the proposal on commune reorganization.";
    let s = summary(&dirs(t, "2025-04-20"));
    assert_eq!(s.iter().map(|x| x.1.as_str()).collect::<Vec<_>>(), ["closely follow central guidelines", "quickly finalize the proposal on commune reorganization"]);
    let s = summary(&dirs("The city People's Committee was also asked to review the related legal documents.", "2025-04-20"));
    assert_eq!(s, [("The city People's Committee".into(), "review the related legal documents".into(), None)]);
}

#[test]
fn a_later_sentence_about_this_proposal_dates_the_task_that_holds_it() {
    let t = "He urged the city People's Committee to follow central guidelines and finalize the proposal on commune reorganization. This proposal must be submitted to the Ministry of Home Affairs before May 1, 2025 so that the Government can present it to the National Assembly Standing Committee.";
    let s = summary(&dirs(t, "2025-04-20"));
    assert_eq!(s.iter().map(|x| x.2.as_deref()).collect::<Vec<_>>(), [None, Some("2025-05-01")], "{s:#?}");
}

#[test]
fn a_header_naming_one_addressee_gives_it_the_tasks_after_the_colon() {
    let t = "Thủ tướng yêu cầu các bộ, địa phương triển khai một số nội dung sau.\n\nĐối với Bộ Y tế: Đẩy nhanh tiến độ tiêm chủng, kết thúc chiến dịch chậm nhất ngày 31/3/2025; Phối hợp với Bộ Tài chính bố trí kinh phí.\n\nĐối với UBND các tỉnh, thành phố: Có kế hoạch tổ chức tiêm vắc xin cho trẻ em.";
    let s = summary(&dirs(t, "2025-03-16"));
    assert!(s.contains(&("Bộ Y tế".into(), "Đẩy nhanh tiến độ tiêm chủng, kết thúc chiến dịch chậm nhất ngày 31/3/2025".into(), Some("2025-03-31".into()))), "{s:#?}");
    assert!(s.contains(&("Bộ Y tế".into(), "Phối hợp với Bộ Tài chính bố trí kinh phí".into(), None)), "{s:#?}");
    assert!(s.contains(&("UBND các tỉnh, thành phố".into(), "Có kế hoạch tổ chức tiêm vắc xin cho trẻ em".into(), None)), "{s:#?}");
}

#[test]
fn commas_in_a_purpose_clause_do_not_make_an_order_narration() {
    let t =
        "Thủ tướng yêu cầu Chủ tịch UBND các tỉnh chỉ đạo chuẩn bị kỳ thi. Hoàn thành việc công bố phương án tuyển sinh trong tháng 2/2025 để học sinh, giáo viên và các nhà trường chủ động chuẩn bị.";
    let s = summary(&dirs(t, "2025-02-10"));
    assert!(s.iter().any(|(w, a, due)| w == "Chủ tịch UBND các tỉnh" && a.starts_with("Hoàn thành việc công bố phương án tuyển sinh") && due.as_deref() == Some("2025-02")), "{s:#?}");
}

#[test]
fn english_adjectives_before_a_body_and_as_well_as_a_second_task() {
    let t = "Military medical units were directed to provide free treatment for the injured.";
    assert_eq!(summary(&dirs(t, "2025-11-20"))[0].0, "Military medical units");
    let t = "The General Department of Political Affairs was assigned to direct military press agencies to report on relief operations, as well as to visit and support families of the victims.";
    let s = summary(&dirs(t, "2025-11-20"));
    assert_eq!(s.iter().map(|x| x.1.as_str()).collect::<Vec<_>>(), ["direct military press agencies to report on relief operations", "visit and support families of the victims"], "{s:#?}");
    assert!(s.iter().all(|x| x.0 == "The General Department of Political Affairs"), "{s:#?}");
    // A conjunction is no adjective: "…the industry, field, and locality, but must…".
    let t = "Develop the growth scenario suitable to the industry, field, and locality, but must be consistent with provincial goals.";
    assert!(summary(&dirs(t, "2025-11-20")).iter().all(|x| !x.0.contains("locality")));
}

#[test]
fn a_contrasting_clause_gives_another_body_its_task() {
    let t = "The Department of Finance was assigned to inspect the reservoirs, while the Department of Construction must promptly clear landslides on national roads.";
    let s = summary(&dirs(t, "2025-11-20"));
    assert_eq!(s.len(), 2, "{s:#?}");
    assert_eq!((s[1].0.as_str(), s[1].1.as_str()), ("the Department of Construction", "promptly clear landslides on national roads"));
    let s = summary(&dirs("Công an tỉnh bảo đảm an ninh mạng cho các hệ thống, trong khi Sở Tư pháp chủ trì rà soát các văn bản pháp luật.", "2025-11-20"));
    assert_eq!(s[1], ("Sở Tư pháp".into(), "chủ trì rà soát các văn bản pháp luật".into(), None), "{s:#?}");
}

#[test]
fn a_connective_before_the_next_verb_starts_a_task() {
    let t = "The Department of Agriculture will coordinate to hand over land to the project, at the same time calculate financial obligations.";
    let s = summary(&dirs(t, "2025-11-20"));
    assert_eq!(s.iter().map(|x| x.1.as_str()).collect::<Vec<_>>(), ["coordinate to hand over land to the project", "calculate financial obligations"], "{s:#?}");
}

#[test]
fn names_after_a_colon_belong_to_the_addressees_and_a_letter_recipient_has_no_comma() {
    let t = "UBND tỉnh yêu cầu Công an tỉnh, UBND các huyện: Tân Hưng, Vĩnh Hưng và thị xã Kiến Tường chỉ đạo tuần tra phòng cháy rừng.";
    let s = summary(&dirs(t, "2025-04-20"));
    assert_eq!(s, [("Công an tỉnh, UBND các huyện: Tân Hưng, Vĩnh Hưng và thị xã Kiến Tường".into(), "chỉ đạo tuần tra phòng cháy rừng".into(), None)]);
    let s = summary(&dirs("Bộ Giáo dục có văn bản gửi Sở Giáo dục Hà Nội, đề nghị kiểm tra, xác minh thông tin.", "2025-04-20"));
    assert_eq!(s[0].0, "Sở Giáo dục Hà Nội");
}

#[test]
fn a_body_falling_short_is_told_nothing() {
    assert!(dirs("Một số địa phương chưa thực hiện nghiêm túc quy định về thời gian báo cáo.", "2025-04-20").is_empty());
    assert!(dirs("Some localities have not reported their figures on time.", "2025-04-20").is_empty());
}

#[test]
fn a_need_of_a_noun_is_no_task() {
    assert!(dirs("Để tăng trưởng nhanh, nền kinh tế cần nguồn nhân lực chất lượng cao làm nền tảng.", "2025-04-20").is_empty());
    let s = summary(&dirs("Các địa phương cần khẩn trương rà soát các dự án.", "2025-04-20"));
    assert_eq!(s, [("Các địa phương".into(), "khẩn trương rà soát các dự án".into(), None)]);
}

#[test]
fn a_named_unit_in_a_semicolon_list_of_bodies_keeps_the_list_whole() {
    let t = "UBND tỉnh giao Sở Xây dựng chủ trì, phối hợp Sở Tư pháp; Viễn thông Đồng Nai (VNPT Đồng Nai); UBND cấp xã thực hiện cấp phép trực tuyến.";
    let s = summary(&dirs(t, "2025-12-20"));
    assert_eq!(s.len(), 1, "{s:#?}");
    // A semicolon before a body's own report still parts two tasks.
    let t = "UBND tỉnh giao UBND cấp huyện báo cáo UBND tỉnh trước ngày 24/4; UBND cấp xã báo cáo HĐND cùng cấp trước ngày 27/4.";
    assert_eq!(summary(&dirs(t, "2025-04-20")).len(), 2);
}

#[test]
fn a_role_in_apposition_ends_the_subject() {
    let s = summary(&dirs("Sở Tài chính là cơ quan thường trực, có trách nhiệm tổng hợp báo cáo gửi UBND tỉnh trước ngày 15/7/2025.", "2025-06-10"));
    assert_eq!(s, [("Sở Tài chính".into(), "tổng hợp báo cáo gửi UBND tỉnh trước ngày 15/7/2025".into(), Some("2025-07-15".into()))]);
    let s = summary(&dirs("The Department of Finance is the standing agency, responsible for compiling the results of the campaign.", "2025-06-10"));
    assert_eq!(s, [("The Department of Finance".into(), "compiling the results of the campaign".into(), None)]);
    // Elsewhere a bare "responsible for" describes a noun.
    assert!(dirs("The agency responsible for roads reported heavy damage.", "2025-06-10").is_empty());
}

#[test]
fn english_designated_and_tasked_with_and_an_apposed_title_assign() {
    let s = summary(&dirs("The city People's Committee tasked the Department of Construction with inspecting every old apartment building.", "2025-06-10"));
    assert_eq!(s, [("the Department of Construction".into(), "inspecting every old apartment building".into(), None)]);
    let s = summary(&dirs("Mr. Tran Van B, Chairman of the provincial People's Committee, requested the Department of Health to closely monitor the outbreak.", "2025-06-10"));
    assert_eq!(s, [("the Department of Health".into(), "closely monitor the outbreak".into(), None)]);
    let t = "The provincial People's Committee has designated the Department of Health to secure medicine for the campaign. Additionally, it will provide guidance to district health centres on storing vaccines.";
    let s = summary(&dirs(t, "2025-06-10"));
    assert_eq!(s.len(), 2, "{s:#?}");
    assert!(s.iter().all(|(w, _, _)| w == "the Department of Health"), "{s:#?}");
    // "it" that points back to no body gives no task.
    assert!(dirs("It must be said that the results are encouraging.", "2025-06-10").is_empty());
}

#[test]
fn the_first_item_after_a_colon_names_its_body() {
    let t = "Ủy ban nhân dân tỉnh chỉ đạo: Sở Nông nghiệp và Môi trường theo dõi chặt chẽ diễn biến thời tiết; Sở Xây dựng kiểm tra an toàn các công trình.";
    let s = summary(&dirs(t, "2025-06-10"));
    assert_eq!(s[0].0, "Sở Nông nghiệp và Môi trường", "{s:#?}");
    assert_eq!(s[0].1, "theo dõi chặt chẽ diễn biến thời tiết");
    assert_eq!(s[1].0, "Sở Xây dựng");
}

#[test]
fn a_board_whose_name_holds_a_common_phrase_is_still_a_body() {
    // "giao Ban …" is not "giao ban" (a briefing); a project board's name runs on in lower case.
    let s = summary(&dirs("Thường trực Tỉnh ủy kết luận: giao Ban Tổ chức Tỉnh ủy chủ trì hoàn thiện đề án.", "2025-06-10"));
    assert_eq!(s, [("Ban Tổ chức Tỉnh ủy".into(), "chủ trì hoàn thiện đề án".into(), None)]);
    let s = summary(&dirs("UBND tỉnh giao Ban Quản lý dự án đầu tư xây dựng tỉnh khẩn trương hoàn thành hồ sơ.", "2025-06-10"));
    assert_eq!(s, [("Ban Quản lý dự án đầu tư xây dựng tỉnh".into(), "khẩn trương hoàn thành hồ sơ".into(), None)]);
}

#[test]
fn a_duty_stated_as_a_noun_is_the_bodys_task() {
    let s = summary(&dirs("Nhiệm vụ của Sở Khoa học và Công nghệ là xây dựng cơ sở dữ liệu về đổi mới sáng tạo.", "2025-06-10"));
    assert_eq!(s, [("Sở Khoa học và Công nghệ".into(), "xây dựng cơ sở dữ liệu về đổi mới sáng tạo".into(), None)]);
    let s = summary(&dirs("The task of the Ministry of Finance is to draft the new decree on public assets.", "2025-06-10"));
    assert_eq!(s, [("the Ministry of Finance".into(), "draft the new decree on public assets".into(), None)]);
    assert!(dirs("Nhiệm vụ của ngành y tế là rất nặng nề.", "2025-06-10").is_empty());
}

#[test]
fn a_day_in_a_purpose_or_the_day_a_text_takes_effect_is_no_narration_nor_deadline() {
    let t = "Trong đó, Bộ Nội vụ phối hợp với Bộ Tài chính chuẩn bị hồ sơ để trình Chính phủ ban hành nghị định có hiệu lực vào ngày 1-1-2026.";
    let d = dirs(t, "2025-06-10");
    assert_eq!(d.len(), 1, "{d:#?}");
    assert_eq!(who(&d[0]), "Bộ Nội vụ");
    assert_eq!(d[0].due, None);
    // A day before the verb still narrates.
    assert!(dirs("Ngày 5/6, Sở Y tế kiểm tra các cơ sở để bảo đảm an toàn.", "2025-06-10").is_empty());
}

#[test]
fn commas_after_examples_with_a_colon_list_nouns_not_tasks() {
    let t = "Tổ giúp việc có nhiệm vụ hỗ trợ giải quyết vướng mắc liên quan đến các lĩnh vực như: đất đai, tài chính, sắp xếp bố trí cán bộ, giải quyết chế độ chính sách.";
    assert_eq!(dirs(t, "2025-06-10").len(), 1);
    let t = "Sở Y tế có nhiệm vụ kiểm tra các cơ sở, xử lý vi phạm như hàng giả, báo cáo kết quả trước ngày 5/7.";
    assert_eq!(dirs(t, "2025-06-10").len(), 3);
}

#[test]
fn a_name_ends_before_the_text_takes_effect() {
    let t = "Luật Nhà ở năm 2025 có thể có hiệu lực sớm hơn. Quốc hội xem xét để Luật Nhà ở năm 2025 có hiệu lực thi hành từ ngày 1-7-2025.";
    let docs = extract(lex(), t, PubDate::parse("2025-06-10")).documents;
    assert_eq!(docs.len(), 1, "{docs:#?}");
    assert_eq!(docs[0].title.as_deref(), Some("Luật Nhà ở năm 2025"));
}

#[test]
fn a_duty_without_a_verb_after_it_is_the_action_itself() {
    let s = summary(&dirs("UBND thành phố giao các quận, huyện chịu trách nhiệm toàn diện nếu để xảy ra vi phạm trật tự xây dựng.", "2025-06-10"));
    assert_eq!(s, [("các quận, huyện".into(), "chịu trách nhiệm toàn diện nếu để xảy ra vi phạm trật tự xây dựng".into(), None)]);
}

#[test]
fn members_told_and_members_described_by_a_passive() {
    let s = summary(&dirs("UBND tỉnh yêu cầu các thành viên kiểm tra các dự án.", "2025-06-10"));
    assert_eq!(s, [("các thành viên".into(), "kiểm tra các dự án".into(), None)]);
    let s = summary(&dirs("Ban Chỉ đạo đề nghị các sở theo lĩnh vực được phân công thường xuyên kiểm tra, đôn đốc.", "2025-06-10"));
    assert_eq!(s.len(), 1, "{s:#?}");
    assert_eq!(s[0].1, "thường xuyên kiểm tra, đôn đốc");
}

#[test]
fn short_names_of_ministries_after_a_colon_belong_to_the_addressees() {
    let t = "Thủ tướng yêu cầu Bộ trưởng các Bộ: Tài chính, Xây dựng, Nông nghiệp và Môi trường theo chức năng, nhiệm vụ được giao chỉ đạo các cơ quan liên quan khẩn trương triển khai.";
    let s = summary(&dirs(t, "2025-06-10"));
    assert_eq!(s, [("Bộ trưởng các Bộ: Tài chính, Xây dựng, Nông nghiệp và Môi trường".into(), "chỉ đạo các cơ quan liên quan khẩn trương triển khai".into(), None)]);
}

#[test]
fn a_standing_body_responsible_to_someone_for_duties_in_gerunds() {
    let t = "The Department of Justice is the standing agency of the provincial council, responsible to the provincial People's Committee for advising on legal reforms; responsible for training officials on the new procedures; printing and distributing forms to communes.";
    let s = summary(&dirs(t, "2025-06-10"));
    let acts: Vec<&str> = s.iter().map(|(_, a, _)| a.as_str()).collect();
    assert_eq!(acts, ["advising on legal reforms", "training officials on the new procedures", "printing and distributing forms to communes"], "{s:#?}");
    assert!(s.iter().all(|(w, _, _)| w == "The Department of Justice"));
}

#[test]
fn an_opening_purpose_with_semicolons_still_reaches_the_one_who_asks() {
    let t = "To ensure that the vote is safe; creating conditions for the people to take part, the Chairman requests departments and agencies of the city to proactively implement the plan.";
    let s = summary(&dirs(t, "2025-06-10"));
    assert_eq!(s, [("departments and agencies of the city".into(), "proactively implement the plan".into(), None)]);
    let t = "Để bảo đảm an toàn trong dịp lễ; phục vụ nhu cầu đi lại của nhân dân, Chủ tịch UBND huyện yêu cầu Thường trực Ban An toàn giao thông huyện tổ chức tuần tra.";
    let s = summary(&dirs(t, "2025-06-10"));
    assert_eq!(s, [("Thường trực Ban An toàn giao thông huyện".into(), "tổ chức tuần tra".into(), None)]);
    // A report before the semicolon tells no one after it.
    assert!(dirs("Năm 2024, phường đã tiếp nhận 200 hồ sơ; cũng tiếp nhận và xử lý 127 bộ hồ sơ hưu trí.", "2025-06-10").is_empty());
}

#[test]
fn english_told_to_orders_told_that_reports_and_a_modal_after_that_is_dropped() {
    let s = summary(&dirs("The PM told ministries and agencies to stop shifting responsibility to one another.", "2025-06-10"));
    assert_eq!(s, [("ministries and agencies".into(), "stop shifting responsibility to one another".into(), None)]);
    assert!(dirs("He told reporters that the plan would be finished soon.", "2025-06-10").is_empty());
    let s = summary(&dirs("The PM instructed that ministries must complete the review of overlapping regulations before June 30.", "2025-06-10"));
    assert_eq!(s, [("ministries".into(), "complete the review of overlapping regulations before June 30".into(), Some("2025-06-30".into()))]);
}

#[test]
fn bodies_heading_a_line_before_a_colon_are_told_what_follows() {
    let t = "UBND tỉnh giao nhiệm vụ cụ thể như sau:\n\n- Sở Xây dựng: Chủ trì rà soát quy hoạch các khu nhà ở xã hội; hoàn thành trước ngày 30/7/2025.\n\n- Sở Tài chính: Tham mưu bố trí vốn đối ứng cho các dự án.\n";
    let s = summary(&dirs(t, "2025-06-10"));
    assert_eq!(s.len(), 2, "{s:#?}");
    assert_eq!((s[0].0.as_str(), s[0].2.as_deref()), ("Sở Xây dựng", Some("2025-07-30")));
    assert_eq!(s[1], ("Sở Tài chính".into(), "Tham mưu bố trí vốn đối ứng cho các dự án".into(), None));
    let t = "The Prime Minister assigned the following tasks:\n\n- The Ministry of Construction: urgently complete the technical standards for railways.\n";
    let s = summary(&dirs(t, "2025-06-10"));
    assert_eq!(s, [("The Ministry of Construction".into(), "urgently complete the technical standards for railways".into(), None)]);
    // A headline "Person: quote" is a quotation.
    assert!(dirs("Thủ tướng Nguyễn Văn A: Đưa chi thường xuyên xuống dưới 60% tổng chi\n\nNội dung bài.", "2025-06-10").is_empty());
}

#[test]
fn this_unit_points_back_to_any_body() {
    let t = "Phó Chủ tịch UBND tỉnh giao Bộ Chỉ huy Quân sự tỉnh xây dựng phương án ứng phó. Đơn vị này cũng phải chuẩn bị sẵn sàng lực lượng, phương tiện để cứu hộ.";
    let s = summary(&dirs(t, "2025-06-10"));
    assert_eq!(s.len(), 2, "{s:#?}");
    assert!(s.iter().all(|(w, _, _)| w == "Bộ Chỉ huy Quân sự tỉnh"), "{s:#?}");
    let s = summary(&dirs("Các cơ quan tham mưu phải nâng cao chất lượng công tác tham mưu.", "2025-06-10"));
    assert_eq!(s[0].0, "Các cơ quan tham mưu");
}

#[test]
fn a_pointer_takes_a_body_named_in_the_text_before_and_numbered_units_are_bodies() {
    let s = summary(&dirs("Phó Thủ tướng đồng ý đề xuất của Bộ Tài chính và giao Bộ này hoàn thiện hồ sơ.", "2025-06-10"));
    assert_eq!(s, [("Bộ Tài chính".into(), "hoàn thiện hồ sơ".into(), None)]);
    // A bare "tỉnh" is a province by name, not the province's Party committee.
    let s = summary(&dirs("Tỉnh ủy Gia Lai họp bàn phương án. Giao tỉnh xây dựng 2 đề án.", "2025-06-10"));
    assert!(s.iter().all(|(w, _, _)| w != "Tỉnh ủy Gia Lai"), "{s:#?}");
    let s = summary(&dirs("The provincial People's Committee has designated the Tax Department of Region 16 to ensure the operating conditions of the committee.", "2025-06-10"));
    assert_eq!(s, [("the Tax Department of Region 16".into(), "ensure the operating conditions of the committee".into(), None)]);
}

#[test]
fn a_hyphened_level_goes_on_with_the_body() {
    let s = summary(&dirs("The Chairman requested that the chairpersons of the commune and ward-level People's Committees assign duties to their staff.", "2025-06-10"));
    assert_eq!(s, [("the chairpersons of the commune and ward-level People's Committees".into(), "assign duties to their staff".into(), None)]);
}

#[test]
fn a_day_a_rule_starts_from_is_no_narration() {
    let s = summary(&dirs("Từ 5h sáng ngày 6/9, các đơn vị thực hiện nghiêm việc cấm tàu thuyền ra khơi.", "2024-09-05"));
    assert_eq!(s, [("các đơn vị".into(), "thực hiện nghiêm việc cấm tàu thuyền ra khơi".into(), None)]);
    assert!(dirs("Ngày 5/9, các đơn vị kiểm tra tàu thuyền tại bến.", "2024-09-05").is_empty());
}

#[test]
fn the_task_is_what_a_basis_after_a_cue_serves_and_a_lone_verb_is_no_task() {
    let t = "UBND các xã, phường cần căn cứ thẩm quyền theo Luật Tổ chức chính quyền địa phương và Văn bản số 9128/UBND-KTNS để rà soát, bổ sung chức năng nhiệm vụ cho các trung tâm.";
    let s = summary(&dirs(t, "2025-06-10"));
    assert_eq!(s, [("UBND các xã, phường".into(), "rà soát, bổ sung chức năng nhiệm vụ cho các trung tâm".into(), None)]);
    let s = summary(&dirs("Các đơn vị báo cáo qua Sở Tài chính để Chủ tịch UBND tỉnh chỉ đạo xử lý.", "2025-06-10"));
    assert!(s.iter().all(|(_, a, _)| a != "xử lý"), "{s:#?}");
}

#[test]
fn lead_and_direct_opens_the_task() {
    let s = summary(&dirs("Tỉnh ủy đề nghị Đảng ủy UBND tỉnh lãnh đạo, chỉ đạo hoàn thành việc sắp xếp bộ máy trước ngày 30/6/2025.", "2025-06-10"));
    assert_eq!(s, [("Đảng ủy UBND tỉnh".into(), "lãnh đạo, chỉ đạo hoàn thành việc sắp xếp bộ máy trước ngày 30/6/2025".into(), Some("2025-06-30".into()))]);
}

#[test]
fn while_asking_others_to_act_hands_the_rest_to_them() {
    let s = summary(&dirs("He urged localities to speed up site clearance, while asking investors to mobilise more machinery.", "2025-06-10"));
    assert_eq!(s, [("localities".into(), "speed up site clearance".into(), None), ("investors".into(), "mobilise more machinery".into(), None)]);
}

/// "khuyến khích X <verb>" addresses X like "đề nghị" does, and the items after "Cụ thể:"
/// are X's; "gửi lời thăm hỏi, chia buồn" is a courtesy, not a task.
#[test]
fn encouraged_bodies_take_the_items_and_courtesies_are_no_tasks() {
    let t = "Đồng thời, khuyến khích các sở, ngành và các chủ đầu tư áp dụng các biện pháp phù hợp để đẩy nhanh giải ngân. Cụ thể:\n\nRà soát kế hoạch giải ngân đối với từng dự án trước ngày 30/9/2026; gửi Sở Tài chính tổng hợp.\n";
    let s = summary(&dirs(t, "2026-01-23"));
    assert!(s.iter().any(|(w, a, d)| w == "các sở, ngành và các chủ đầu tư" && a.starts_with("Rà soát kế hoạch") && d.as_deref() == Some("2026-09-30")), "{s:#?}");
    assert!(s.iter().any(|(w, a, _)| w == "các sở, ngành và các chủ đầu tư" && a == "gửi Sở Tài chính tổng hợp"), "{s:#?}");
    assert!(dirs("Thủ tướng gửi lời thăm hỏi, chia buồn sâu sắc đến các gia đình có người bị nạn.", "2026-01-23").is_empty());
}

/// After a semicolon, a verb opens the next task of the same addressee, whichever common
/// verb it is ("…; lập Tổ công tác…", "…; đồng bộ hạ tầng…").
#[test]
fn a_semicolon_before_a_verb_starts_the_next_task() {
    let s = summary(&dirs("Thủ tướng yêu cầu Bộ Y tế tiếp thu ý kiến của Chính phủ; lập Tổ công tác rà soát các nghị quyết liên quan.", "2026-01-10"));
    assert_eq!(s, [("Bộ Y tế".into(), "tiếp thu ý kiến của Chính phủ".into(), None), ("Bộ Y tế".into(), "lập Tổ công tác rà soát các nghị quyết liên quan".into(), None)]);
    let s = summary(&dirs("Các địa phương phải chủ động đầu tư hệ thống camera giám sát; đồng bộ hạ tầng kỹ thuật với hệ thống của Bộ Công an.", "2026-01-10"));
    assert_eq!(s.len(), 2, "{s:#?}");
    assert_eq!(s[1].1, "đồng bộ hạ tầng kỹ thuật với hệ thống của Bộ Công an");
}

/// Three or more comma parts that each open with a verb and name an object are tasks of
/// their own ("cần có sự chuẩn bị…, nghiên cứu…, xác định…"); two verbs of manner, or a
/// part that opens with an exhortation (the aim of the part before), are not.
#[test]
fn a_series_of_verb_phrases_is_a_series_of_tasks() {
    let s = summary(&dirs(
        "Ông nhấn mạnh: Thời gian không còn nhiều, khối lượng công việc lớn, các cơ quan cần có sự chuẩn bị kỹ lưỡng, nghiên cứu kỹ kế hoạch, xác định mốc thời gian phải hoàn thành.",
        "2026-01-10",
    ));
    let acts: Vec<&str> = s.iter().map(|x| x.1.as_str()).collect();
    assert_eq!(acts, ["có sự chuẩn bị kỹ lưỡng", "nghiên cứu kỹ kế hoạch", "xác định mốc thời gian phải hoàn thành"], "{s:#?}");
    assert!(s.iter().all(|x| x.0 == "các cơ quan"));
    assert_eq!(dirs("Các địa phương cần thực hiện quyết liệt, đồng bộ các giải pháp.", "2026-01-10").len(), 1);
    assert_eq!(dirs("Ban Quản lý dự án cần đẩy nhanh tiến độ, bảo đảm thông xe kỹ thuật trước ngày 15/1/2026, bảo đảm an toàn lao động.", "2026-01-10").len(), 1);
}

/// A time phrase between a cue and its verb says when, not who ("yêu cầu từ tháng 3 sẽ
/// thí điểm…"); a body before ", trong đó <verb>" is not that verb's subject.
#[test]
fn a_time_phrase_after_a_cue_is_no_addressee_and_a_comma_parts_no_subject() {
    let s = summary(&dirs("UBND tỉnh yêu cầu trong tháng 3 sẽ hoàn thành việc rà soát các dự án.", "2026-01-10"));
    assert_eq!(s, [("-".into(), "hoàn thành việc rà soát các dự án".into(), Some("2026-03".into()))]);
    let s = summary(&dirs("Thành phố yêu cầu từ tháng 3 sẽ thí điểm ứng dụng trí tuệ nhân tạo tại Bệnh viện A, Bệnh viện B, trong đó sử dụng AI phân tích hình ảnh.", "2026-01-10"));
    assert_eq!(s.len(), 1, "{s:#?}");
    assert_eq!(s[0].0, "-");
    assert!(s[0].1.starts_with("thí điểm ứng dụng trí tuệ nhân tạo"));
    assert_eq!(summary(&dirs("Các bộ, ngành, theo chức năng, nhiệm vụ được giao, chủ động rà soát các dự án.", "2026-01-10"))[0].0, "Các bộ, ngành");
}

/// "…hoàn thành kế hoạch Thành phố đã giao đầu năm": a body and a past verb right after
/// a verb's object describe that object; the item is still a task (and, after "Cụ thể:",
/// the announced bodies'). A body opening a clause with a past verb is narration.
#[test]
fn a_past_clause_describing_an_object_is_no_narration() {
    let t = "Các sở cần áp dụng các biện pháp phù hợp. Cụ thể:\n\nRà soát kế hoạch giải ngân đối với từng dự án, phấn đấu hoàn thành kế hoạch Thành phố đã giao đầu năm trước ngày 30/9/2026; gửi Sở Tài chính tổng hợp.\n";
    let s = summary(&dirs(t, "2026-01-23"));
    assert_eq!(s.len(), 3, "{s:#?}");
    assert!(s[1].0 == "Các sở" && s[1].1.starts_with("Rà soát kế hoạch giải ngân") && s[1].2.as_deref() == Some("2026-09-30"), "{s:#?}");
    assert!(dirs("Thực hiện chỉ đạo của Trung ương, các bộ, ngành và địa phương đã đăng ký khoảng 16.000 tỷ đồng.", "2026-01-23").is_empty());
    // ("ngân hàng" inside "giải ngân hàng tháng" is no body that narrates)
    let s = summary(&dirs("Rà soát, xây dựng lại kế hoạch giải ngân hàng tháng đối với từng dự án, hoàn thành kế hoạch Thành phố đã giao đầu năm trước ngày 30/9/2026.", "2026-01-23"));
    assert_eq!(s.len(), 1, "{s:#?}");
}

/// A purpose clause of some length stays in the action; only a very long one is cut.
#[test]
fn a_purpose_clause_stays_in_the_action() {
    let t = "Bộ Công Thương yêu cầu Sở Công Thương các tỉnh nghiêm túc triển khai đồng bộ các giải pháp nhằm bảo đảm cân đối cung - cầu, ổn định thị trường và tăng cường đấu tranh chống buôn lậu, gian lận thương mại, hàng giả trong dịp trước, trong và sau Tết Nguyên đán.";
    let s = summary(&dirs(t, "2026-01-10"));
    assert_eq!(s.len(), 1, "{s:#?}");
    assert!(s[0].1.ends_with("trong và sau Tết Nguyên đán"), "{s:#?}");
}

/// A body that will do a task is planned even with adverbs before the verb ("Authorities
/// will proactively advise…"); a named person who will is narrated.
#[test]
fn a_plan_with_adverbs_before_the_verb() {
    let s = summary(&dirs("Authorities will proactively advise the People's Committee on implementing the new laws.", "2026-01-10"));
    assert_eq!(s, [("Authorities".into(), "proactively advise the People's Committee on implementing the new laws".into(), None)]);
    assert!(dirs("Mr. Nam will proactively advise the committee on the new law.", "2026-01-10").is_empty());
}
