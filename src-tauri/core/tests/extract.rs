//! Extraction on sentences written for these tests (Vietnamese and English): assignees,
//! actions, split tasks, lists, due dates, documents, events, the user lexicon folder,
//! and a property test that no input makes it panic or point outside the text.

use briefdesk_core::article::PubDate;
use briefdesk_core::extract::{document_identity, document_key, extract, same_event, Lexicon};
use briefdesk_core::model::{DocKind, Extraction, ScoredDirective as ExtractedDirective, Span};
use proptest::prelude::*;
use std::sync::OnceLock;

fn lex() -> &'static Lexicon {
    static L: OnceLock<Lexicon> = OnceLock::new();
    L.get_or_init(Lexicon::builtin)
}

fn x(text: &str, published: &str) -> Extraction {
    extract(lex(), text, PubDate::parse(published))
}

fn dirs(text: &str, published: &str) -> Vec<ExtractedDirective> {
    x(text, published).directives
}

fn who(d: &ExtractedDirective) -> &str {
    d.assignee.as_deref().unwrap_or("-")
}

fn text_at(s: &str, span: Span) -> String {
    s.chars().skip(span.start as usize).take((span.end - span.start) as usize).collect()
}

// ---------------------------------------------------------------- directives

#[test]
fn assignment_cue_gives_the_body_after_it() {
    let t = "Thủ tướng yêu cầu Bộ Tài chính khẩn trương hoàn thiện dự thảo Nghị định về thuế tối thiểu toàn cầu.";
    let d = dirs(t, "2026-01-10");
    assert_eq!(d.len(), 1, "{d:#?}");
    assert_eq!(who(&d[0]), "Bộ Tài chính");
    assert_eq!(d[0].action, "khẩn trương hoàn thiện dự thảo Nghị định về thuế tối thiểu toàn cầu");
    assert!(d[0].concrete);
    assert_eq!(text_at(t, d[0].action_span.unwrap()), d[0].action);
    assert_eq!(text_at(t, d[0].span), t);
}

#[test]
fn subject_cue_gives_the_subject_and_coordinated_tasks_split() {
    let t = "Bộ Y tế được giao chủ trì tổng kết Chỉ thị 25, tham mưu xây dựng Đề án phát triển y tế cơ sở đến năm 2030.";
    let d = dirs(t, "2026-01-10");
    assert_eq!(d.len(), 2, "{d:#?}");
    assert!(d.iter().all(|d| who(d) == "Bộ Y tế" && d.concrete));
    assert_eq!(d[0].action, "chủ trì tổng kết Chỉ thị 25");
    assert!(d[1].action.starts_with("tham mưu xây dựng Đề án phát triển y tế cơ sở"));
    let x = x(t, "2026-01-10");
    let kinds: Vec<DocKind> = x.documents.iter().map(|d| d.kind).collect();
    assert_eq!(kinds, [DocKind::Directive, DocKind::Project]);
    assert_eq!(x.documents[1].horizon, Some(2030));
    assert_eq!(d[0].documents, ["d1"]);
    assert_eq!(d[1].documents, ["d2"]);
}

#[test]
fn one_verb_with_a_list_of_objects_stays_one_task() {
    let d = dirs("UBND tỉnh giao Sở Nội vụ chủ trì, phối hợp với các sở, ngành, địa phương rà soát, sắp xếp các đơn vị sự nghiệp công lập.", "2026-01-10");
    assert_eq!(d.len(), 1, "{d:#?}");
    assert_eq!(who(&d[0]), "Sở Nội vụ");
    assert!(d[0].action.starts_with("chủ trì, phối hợp với các sở, ngành, địa phương rà soát"));
}

#[test]
fn exhortations_are_not_concrete_and_a_bare_imperative_has_no_assignee() {
    let d = dirs("Ban Thường vụ Tỉnh ủy đề nghị các cấp ủy, chính quyền địa phương tăng cường công tác tuyên truyền, vận động Nhân dân.", "2026-01-10");
    assert_eq!(d.len(), 1, "{d:#?}");
    assert_eq!(who(&d[0]), "các cấp ủy, chính quyền địa phương");
    assert!(!d[0].concrete);
    let d = dirs("Đồng thời, cần tăng cường kiểm tra, giám sát việc sử dụng ngân sách.", "2026-01-10");
    assert_eq!(d.len(), 1);
    assert_eq!(d[0].assignee, None);
    assert!(!d[0].concrete);
}

#[test]
fn narration_and_descriptions_are_not_directives() {
    for t in [
        "Sáng 12/3, Bộ Y tế tổ chức hội nghị tổng kết công tác năm 2025.",
        "Bộ Ngoại giao đã hoàn thành báo cáo tổng kết nhiệm kỳ.",
        "Tuy nhiên, những hạn chế, bất cập cần khắc phục vẫn còn nhiều.",
        "Thủ tướng Phạm Minh Chính chủ trì Hội nghị trực tuyến với các địa phương.",
        "Các đại biểu đánh giá cao kết quả đạt được trong năm qua.",
    ] {
        assert!(dirs(t, "2026-03-12").is_empty(), "{t}: {:#?}", dirs(t, "2026-03-12"));
    }
}

#[test]
fn sentences_opening_with_a_verb_phrase_that_narrate_are_not_imperatives() {
    for t in [
        "Thực hiện chỉ đạo của Thủ tướng, Bộ Công Thương đã ban hành hướng dẫn về xăng dầu.",
        "Chủ trì hội nghị có Phó Thủ tướng và lãnh đạo các bộ, ngành.",
        "Tiếp tục chương trình công tác, chiều cùng ngày, đoàn công tác đến thăm Khu công nghệ cao.",
        "Triển khai Kế hoạch số 9/KH-UBND, huyện đã hoàn thành việc sáp nhập 12 thôn.",
        "Bảo đảm an ninh năng lượng là nhiệm vụ trọng tâm của năm 2026.",
        "Phát huy kết quả đạt được, năm 2026 ngành giáo dục đặt mục tiêu phổ cập tiếng Anh.",
    ] {
        assert!(dirs(t, "2026-03-12").is_empty(), "{t}: {:#?}", dirs(t, "2026-03-12"));
    }
    // Reported guidance stops at the copula.
    let d = dirs("Thủ tướng nêu rõ, triển khai Nghị quyết số 68 là mệnh lệnh hành động.", "2026-03-12");
    assert_eq!(d.len(), 1, "{d:#?}");
    assert_eq!(d[0].action, "triển khai Nghị quyết số 68");
    // "Theo X, Y cần…": the body after the opening phrase is the subject.
    let d = dirs("Theo Bộ Y tế, các địa phương cần tăng cường giám sát dịch bệnh.", "2026-03-12");
    assert_eq!(d.iter().map(who).collect::<Vec<_>>(), ["các địa phương"]);
}

#[test]
fn an_enumerated_list_gives_each_item_the_announced_assignee() {
    let t = "Chính phủ yêu cầu các bộ, ngành tập trung thực hiện 3 nhiệm vụ trọng tâm.\n\n\
             Thứ nhất, rà soát các văn bản quy phạm pháp luật còn chồng chéo.\n\n\
             Thứ hai, Bộ Tư pháp chủ trì tổng hợp kết quả rà soát, báo cáo Chính phủ trước ngày 30/6.\n\n\
             Thứ ba, hoàn thành việc số hóa hồ sơ thủ tục hành chính trong quý III/2026.";
    let d = dirs(t, "2026-04-02");
    let by_action = |p: &str| d.iter().find(|d| d.action.starts_with(p)).unwrap_or_else(|| panic!("{p}: {d:#?}"));
    assert_eq!(who(by_action("rà soát các văn bản")), "các bộ, ngành");
    assert_eq!(who(by_action("chủ trì tổng hợp")), "Bộ Tư pháp");
    let last = by_action("hoàn thành việc số hóa");
    assert_eq!(who(last), "các bộ, ngành");
    assert_eq!(last.due.as_deref(), Some("2026-Q3"));
    assert!(d.iter().any(|d| d.due.as_deref() == Some("2026-06-30")), "{d:#?}");
}

#[test]
fn a_colon_list_gives_each_item_the_assignee() {
    let t = "Thủ tướng yêu cầu các địa phương ven biển: khẩn trương sơ tán người dân khỏi khu vực nguy hiểm; bảo đảm lương thực, nước uống cho người dân; báo cáo thiệt hại về Ban Chỉ đạo.";
    let d = dirs(t, "2026-09-01");
    assert_eq!(d.len(), 3, "{d:#?}");
    assert!(d.iter().all(|d| who(d) == "các địa phương ven biển"));
    assert!(d[0].concrete && d[2].concrete && !d[1].concrete);
}

#[test]
fn due_dates_of_every_precision() {
    let due = |t: &str, p: &str| dirs(t, p).into_iter().find_map(|d| d.directive.due);
    assert_eq!(due("Bộ Công Thương hoàn thành đề án trong quý I/2026.", "2025-12-01").as_deref(), Some("2026-Q1"));
    assert_eq!(due("Bộ Công Thương chuẩn bị báo cáo trong tháng 3.2026.", "2026-02-01").as_deref(), Some("2026-03"));
    assert_eq!(due("Các tỉnh phải hoàn thành việc sắp xếp trong năm nay.", "2026-02-01").as_deref(), Some("2026"));
    assert_eq!(due("Bộ Xây dựng trình Chính phủ đề án trước ngày 30-8 năm nay.", "2026-02-01").as_deref(), Some("2026-08-30"));
    assert_eq!(due("Bộ Xây dựng trình Chính phủ đề án trước ngày 15/1.", "2025-11-20").as_deref(), Some("2026-01-15"));
    assert_eq!(due("Các bộ hoàn thành các nhiệm vụ trong tháng 11, tháng 12 năm 2025.", "2025-11-04").as_deref(), Some("2025-12"));
    assert_eq!(due("Các địa phương rà soát, báo cáo từ nay đến cuối năm 2026.", "2026-05-04").as_deref(), Some("2026"));
    assert_eq!(due("Bộ Tài chính tăng cường kiểm tra.", "2026-05-04"), None);
}

#[test]
fn headlines_phrased_as_orders_have_no_assignee() {
    let d = dirs("Khẩn trương khắc phục hậu quả mưa lũ\n\nBộ Nông nghiệp và Môi trường cho biết mưa lớn còn kéo dài.", "2026-10-01");
    assert_eq!(d.len(), 1, "{d:#?}");
    assert_eq!(d[0].assignee, None);
}

#[test]
fn english_directives() {
    let t = "The Prime Minister asked the Ministry of Finance to submit the draft decree to the Government before March 15.";
    let d = dirs(t, "2026-02-02");
    assert_eq!(d.len(), 1, "{d:#?}");
    assert_eq!(who(&d[0]), "the Ministry of Finance");
    assert!(d[0].action.starts_with("submit the draft decree"));
    assert_eq!(d[0].due.as_deref(), Some("2026-03-15"));
    assert!(d[0].concrete);

    let d = dirs("Ministries and localities must complete the review of public investment projects in the second quarter of 2026.", "2026-02-02");
    assert_eq!(who(&d[0]), "Ministries and localities");
    assert_eq!(d[0].due.as_deref(), Some("2026-Q2"));

    let d = dirs("He urged the provinces to review stalled projects, report the results to the Government, and propose solutions.", "2026-02-02");
    assert_eq!(d.len(), 3, "{d:#?}");
    assert!(d.iter().all(|d| who(d) == "the provinces"));

    let d = dirs("The Ministry of Health was requested to urgently send medical teams to the flooded provinces. The work must be done before August 1.", "2026-07-20");
    assert_eq!(d.len(), 1, "{d:#?}");
    assert_eq!(who(&d[0]), "The Ministry of Health");
    assert_eq!(d[0].due.as_deref(), Some("2026-08-01"));

    assert!(dirs("The Government had assigned 1,200 tasks to ministries since January.", "2026-02-02").is_empty());
}

#[test]
fn government_notice_phrasings() {
    // A sentence that opens with the cue, a verb missing from the lists, a time of day.
    let d = dirs("Giao Bộ Tài chính xuất cấp 3.000 tấn gạo hỗ trợ người dân tỉnh Sơn La trước 17 giờ ngày 20/7.", "2026-07-18");
    assert_eq!(d.len(), 1, "{d:#?}");
    assert_eq!(who(&d[0]), "Bộ Tài chính");
    assert!(d[0].action.starts_with("xuất cấp 3.000 tấn gạo"));
    assert_eq!(d[0].due.as_deref(), Some("2026-07-20"));
    // A set phrase inside the subject; an opener before "cần".
    let d = dirs("Các bộ, ngành theo chức năng, nhiệm vụ được giao chủ động phối hợp với các địa phương khắc phục hậu quả mưa lũ.", "2026-07-18");
    assert_eq!(d.len(), 1, "{d:#?}");
    assert_eq!(who(&d[0]), "Các bộ, ngành");
    let d = dirs("Thời gian tới cần tiếp tục đẩy mạnh cải cách thủ tục hành chính.", "2026-07-18");
    assert_eq!(d.len(), 1, "{d:#?}");
    assert_eq!(d[0].assignee, None);
    // A deadline clause after a comma is the same task's.
    let d = dirs("Sở Tài chính bố trí kinh phí thực hiện, hoàn thành trong quý III/2026.", "2026-07-18");
    assert_eq!(d.len(), 1, "{d:#?}");
    assert_eq!(d[0].due.as_deref(), Some("2026-Q3"));
    // A body after a semicolon that directs the next task.
    let d = dirs("Thủ tướng giao Bộ Nội vụ chủ trì tổng hợp kết quả; Bộ Tư pháp chỉ đạo hoàn thiện hồ sơ pháp lý.", "2026-07-18");
    assert_eq!(d.iter().map(who).collect::<Vec<_>>(), ["Bộ Nội vụ", "Bộ Tư pháp"]);
    // Clauses inside a noun phrase are not subjects.
    assert!(dirs("Agencies that do not report on time will be named in the review.", "2026-07-18").is_empty());
    assert!(dirs("Chủ tịch Quốc hội Trần Văn A sẽ chủ trì và điều hành hội nghị.", "2026-07-18").is_empty());
}

#[test]
fn numbered_and_bulleted_items() {
    let t = "Thủ tướng Chính phủ yêu cầu:\n\n1. Chủ tịch Ủy ban nhân dân các tỉnh ven biển tiếp tục chỉ đạo theo dõi chặt chẽ diễn biến bão; tổ chức sơ tán người dân.\n\n2. Bộ Quốc phòng chỉ đạo các đơn vị sẵn sàng lực lượng, phương tiện cứu hộ.";
    let d = dirs(t, "2026-09-10");
    assert_eq!(d.len(), 3, "{d:#?}");
    assert_eq!(who(&d[0]), "Chủ tịch Ủy ban nhân dân các tỉnh ven biển");
    assert_eq!(who(&d[1]), "Chủ tịch Ủy ban nhân dân các tỉnh ven biển");
    assert_eq!(d[1].action, "tổ chức sơ tán người dân");
    let t = "UBND tỉnh yêu cầu các sở, ngành:\n\n- Khẩn trương rà soát các dự án chậm tiến độ.\n\n- Báo cáo kết quả trước ngày 20/10.";
    let d = dirs(t, "2026-09-10");
    assert_eq!(d.len(), 2, "{d:#?}");
    assert!(d.iter().all(|d| who(d) == "các sở, ngành"));
    assert_eq!(d[1].due.as_deref(), Some("2026-10-20"));
}

#[test]
fn english_requests_with_that_and_months() {
    let d = dirs("He also requested that provinces speed up the construction of district hospitals in December.", "2025-11-05");
    assert_eq!(d.len(), 1, "{d:#?}");
    assert_eq!(who(&d[0]), "provinces");
    assert_eq!(d[0].due.as_deref(), Some("2025-12"));
}

// ---------------------------------------------------------------- documents

#[test]
fn one_document_however_it_is_written() {
    let x = x("Thực hiện Chỉ thị số 12-CT/TW của Ban Bí thư, các tỉnh sơ kết Chỉ thị 12 trong quý IV.", "2025-09-01");
    assert_eq!(x.documents.len(), 1, "{:#?}", x.documents);
    let d = &x.documents[0];
    assert_eq!((d.kind, d.number.as_deref(), d.code.as_deref(), d.issuer.as_deref()), (DocKind::Directive, Some("12"), Some("12-CT/TW"), Some("Ban Bí thư")));
    assert_eq!(d.mentions.len(), 2);
    assert_eq!(document_key(d).as_deref(), Some("directive:12:tw"));

    let en = x_en();
    assert_eq!(document_key(&en.documents[0]).as_deref(), Some("directive:12:tw"));
    assert!(document_identity(&en.documents[0]).unwrap().same_document(&document_identity(&x.documents[0]).unwrap()));
}

fn x_en() -> Extraction {
    x("Under Directive No. 12-CT/TW of the Secretariat, localities reviewed their work.", "2025-09-01")
}

#[test]
fn a_vision_year_after_a_target_year_is_the_horizon() {
    let x = x("Bộ Xây dựng khẩn trương xây dựng Chiến lược phát triển đô thị đến năm 2030, tầm nhìn đến năm 2050, báo cáo Thủ tướng.", "2026-01-02");
    assert_eq!(x.documents.len(), 1, "{:#?}", x.documents);
    assert_eq!(x.documents[0].horizon, Some(2050));
    assert_eq!(x.documents[0].title.as_deref(), Some("Chiến lược phát triển đô thị"));
    assert!(x.directives.iter().all(|d| d.due.is_none()), "a horizon is no deadline: {:#?}", x.directives);
}

#[test]
fn state_and_party_numbering_are_different_documents() {
    let x = x("Chỉ thị số 5-CT/TW và Chỉ thị số 5/CT-TTg đều nhắc đến việc này.", "2025-09-01");
    let keys: Vec<String> = x.documents.iter().filter_map(document_key).collect();
    assert_eq!(keys, ["directive:5:tw", "directive:5:ttg"]);
}

#[test]
fn english_documents() {
    let x = x("Under Official Dispatch No. 45/CD-TTg and Resolution No. 66/2025/QH15 of the National Assembly, ministries act.", "2025-09-01");
    let d: Vec<(DocKind, &str)> = x.documents.iter().map(|d| (d.kind, d.code.as_deref().unwrap())).collect();
    assert_eq!(d, [(DocKind::Dispatch, "45/CD-TTg"), (DocKind::Resolution, "66/2025/QH15")]);
    assert_eq!(x.documents[1].issuer.as_deref(), Some("Quốc hội"), "named canonically");
}

// ---------------------------------------------------------------- events

#[test]
fn events_from_meetings_and_signings() {
    let x1 = x("Sáng 8/4, tại Hà Nội, Bộ Tư pháp tổ chức hội nghị triển khai Luật Ban hành văn bản quy phạm pháp luật.", "2026-04-08");
    assert_eq!(x1.events.len(), 1, "{:#?}", x1.events);
    assert_eq!(x1.events[0].date, "2026-04-08");
    assert_eq!(x1.events[0].place.as_deref(), Some("Hà Nội"));
    let x2 = x("Hội nghị triển khai Luật Ban hành văn bản quy phạm pháp luật diễn ra ngày 8/4 với 500 đại biểu.", "2026-04-09");
    assert!(same_event(&x1.events[0], &x2.events[0]), "{:#?} {:#?}", x1.events, x2.events);
    let x4 = x("Ngày 4/12, Văn phòng Chính phủ ban hành Thông báo số 61/TB-VPCP kết luận của Phó Thủ tướng tại cuộc họp về chuyển đổi số.", "2025-12-05");
    assert_eq!(x4.events.len(), 1, "{:#?}", x4.events);
    assert_eq!(x4.events[0].title, "Văn phòng Chính phủ ban hành Thông báo số 61/TB-VPCP");
    let x3 = x("On Tuesday, the Deputy Prime Minister signed Decision No. 301/QD-TTg approving the plan.", "2026-04-09");
    assert_eq!(x3.events.len(), 1, "{:#?}", x3.events);
    assert_eq!(x3.events[0].date, "2026-04-07");
}

// ---------------------------------------------------------------- the lexicon

#[test]
fn a_user_folder_adds_entries() {
    let dir = tempfile::tempdir().unwrap();
    let t = "Cơ quan chức năng đã công bố Sách trắng số 7 về môi trường.";
    assert!(extract(lex(), t, None).documents.is_empty());
    std::fs::write(dir.path().join("doc_kinds.txt"), "# mine\nother: sách trắng\n").unwrap();
    std::fs::write(dir.path().join("notes.md"), "not a lexicon file").unwrap();
    let mine = Lexicon::with_user_dir(dir.path()).unwrap();
    let d = extract(&mine, t, None).documents;
    assert_eq!(d.len(), 1);
    assert_eq!((d[0].kind, d[0].number.as_deref()), (DocKind::Other, Some("7")));
    // A missing folder adds nothing.
    assert!(Lexicon::with_user_dir(&dir.path().join("none")).is_ok());
}

#[test]
fn a_malformed_user_file_is_an_error_naming_file_and_line() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("calendar.txt"), "month-1: tháng Giêng\nfortnight: nửa tháng\n").unwrap();
    let e = Lexicon::with_user_dir(dir.path()).unwrap_err().to_string();
    assert!(e.contains("calendar.txt") && e.contains("line 2") && e.contains("fortnight"), "{e}");
    std::fs::write(dir.path().join("calendar.txt"), b"month-1: th\xe1ng\n").unwrap();
    let e = Lexicon::with_user_dir(dir.path()).unwrap_err().to_string();
    assert!(e.contains("calendar.txt") && e.contains("UTF-8"), "{e}");
}

// ---------------------------------------------------------------- the gazetteer

#[test]
fn a_user_folder_adds_bodies_to_the_gazetteer() {
    let dir = tempfile::tempdir().unwrap();
    let t = "Ủy hội Sông Hồng Việt Nam khẩn trương rà soát các dự án.";
    assert_eq!(lex().canonical_body("Red River Commission of Vietnam"), None);
    std::fs::write(dir.path().join("agencies.tsv"), "# mine\nỦy hội Sông Hồng Việt Nam\tUHSH\tRed River Commission of Vietnam\n").unwrap();
    std::fs::write(dir.path().join("local_bodies.tsv"), "Ban Quản lý các khu công nghiệp {tỉnh}\tBQL các KCN {tỉnh}\t{P} Industrial Zones Authority\n").unwrap();
    let mine = Lexicon::with_user_dir(dir.path()).unwrap();
    assert_eq!(mine.canonical_body("Red River Commission of Vietnam"), Some("Ủy hội Sông Hồng Việt Nam"));
    assert_eq!(mine.canonical_body("uhsh"), Some("Ủy hội Sông Hồng Việt Nam"));
    // a template of the user's is made for every province
    assert_eq!(mine.canonical_body("BQL các KCN TP. Đà Nẵng"), Some("Ban Quản lý các khu công nghiệp thành phố Đà Nẵng"));
    assert_eq!(mine.canonical_body("Bac Ninh Industrial Zones Authority"), Some("Ban Quản lý các khu công nghiệp tỉnh Bắc Ninh"));
    let d = extract(&mine, t, None).directives;
    assert_eq!(d.len(), 1, "{d:#?}");
    assert_eq!(who(&d[0]), "Ủy hội Sông Hồng Việt Nam");
    // and a document it issues is named by it
    let x = extract(&mine, "Quyết định số 15/QĐ-UHSH của UHSH về điều tiết nước.", None);
    assert_eq!(x.documents[0].issuer.as_deref(), Some("Ủy hội Sông Hồng Việt Nam"));
}

#[test]
fn a_malformed_gazetteer_file_is_an_error_naming_file_and_line() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("provinces.tsv"), "# mine\nPhú Quốc\tđặc khu\n").unwrap();
    let e = Lexicon::with_user_dir(dir.path()).unwrap_err().to_string();
    assert!(e.contains("provinces.tsv") && e.contains("line 2") && e.contains("đặc khu"), "{e}");
    std::fs::remove_file(dir.path().join("provinces.tsv")).unwrap();
    std::fs::write(dir.path().join("ministries.tsv"), "Bộ A\tBA\tMinistry A\tchief\n").unwrap();
    let e = Lexicon::with_user_dir(dir.path()).unwrap_err().to_string();
    assert!(e.contains("ministries.tsv") && e.contains("line 1") && e.contains("office"), "{e}");
}

#[test]
fn document_issuers_are_named_canonically() {
    let issuer = |t: &str| x(t, "2026-03-02").documents.first().and_then(|d| d.issuer.clone());
    assert_eq!(issuer("Thủ tướng vừa ký Quyết định số 88/QĐ-TTg phê duyệt đề án.").as_deref(), Some("Thủ tướng Chính phủ"));
    assert_eq!(issuer("The PM signed Decision No. 88/QD-TTg approving the scheme.").as_deref(), Some("Thủ tướng Chính phủ"));
    assert_eq!(issuer("Circular No. 12/2026/TT-BTC of the Ministry of Finance on fees takes effect.").as_deref(), Some("Bộ Tài chính"));
    assert_eq!(issuer("Kế hoạch số 40/KH-UBND của UBND TP. Hà Nội về phòng dịch.").as_deref(), Some("Ủy ban nhân dân thành phố Hà Nội"));
}

#[test]
fn a_name_after_a_head_word_is_taken_whole() {
    let d = dirs("Thủ tướng yêu cầu Cục Quản lý thị trường khẩn trương kiểm tra các cửa hàng xăng dầu.", "2026-03-02");
    assert_eq!(d.len(), 1, "{d:#?}");
    assert_eq!(who(&d[0]), "Cục Quản lý thị trường");
    let d = dirs("Trung tâm Kiểm soát bệnh tật tỉnh Lào Cai phải giám sát chặt chẽ các ổ dịch.", "2026-03-02");
    assert_eq!(d.len(), 1, "{d:#?}");
    assert_eq!(who(&d[0]), "Trung tâm Kiểm soát bệnh tật tỉnh Lào Cai");
    let d = dirs("Chủ tịch UBND TP. Hồ Chí Minh được giao chỉ đạo giải phóng mặt bằng dự án.", "2026-03-02");
    assert_eq!(d.len(), 1, "{d:#?}");
    assert_eq!(who(&d[0]), "Chủ tịch UBND TP. Hồ Chí Minh");
    // the office holder named after a dash is the person acting, not an assignee
    let d = dirs("Chủ tịch UBND tỉnh Gia Lai - Nguyễn Văn Bình làm Trưởng ban chỉ đạo.", "2026-03-02");
    assert!(d.is_empty(), "{d:#?}");
}

// ---------------------------------------------------------------- never a panic

const SEED: &str = include_str!("../../../data/samples/001_a02c5875a2555c23.txt");

std::thread_local! {
    static PANICKED: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

fn watch_panics() {
    static HOOK: std::sync::Once = std::sync::Once::new();
    HOOK.call_once(|| {
        let previous = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| {
            PANICKED.with(|p| p.set(true));
            previous(info);
        }));
    });
    PANICKED.with(|p| p.set(false));
}

fn floor(s: &str, mut i: usize) -> usize {
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

fn texts() -> impl Strategy<Value = String> {
    let words = prop::sample::select(vec![
        "Bộ Ngoại giao",
        "yêu cầu",
        "giao",
        "các bộ, ngành",
        "chủ trì",
        "sơ kết",
        "Chỉ thị",
        "số 12-CT/TW",
        "trước ngày",
        "15/1",
        "Sáng",
        "30/12",
        "hội nghị",
        "tại",
        "Hà Nội",
        ";",
        ":",
        ",",
        ".",
        "\n\n",
        "Thứ nhất,",
        "asked",
        "the Ministry",
        "to",
        "submit",
        "before",
        "August 1",
        "on Saturday",
        "quý I/2026",
        "tháng 3.2026",
        "năm nay",
        "“",
        "”",
        "(",
        ")",
        "No.",
        "TP.",
        "Chiến lược",
        "tầm nhìn đến năm 2045",
        "4 Nghị quyết",
        "về",
        "và",
        "cần",
        "phải",
        "được giao",
        "Đến năm 2030,",
        "conference",
        "meeting",
        "on Monday",
        "10th",
        "chức",
        "Tổ chức",
        "1.",
        "- ",
        "a)",
        "requested that",
        "provinces",
        "theo chức năng, nhiệm vụ được giao",
        "17 giờ",
        "12h30",
        "vào tháng 7/2026",
        "in December",
        "dated",
        "Decree No. 5/2025/ND-CP",
    ]);
    prop_oneof![
        any::<String>(),
        "[ a-zA-ZàáảãạăằắẳẵặâầấẩẫậđĐèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ\u{0300}-\u{0323}.,;:!?\"“”()\\-/0-9\n]{0,300}",
        (0..SEED.len()).prop_map(|n| SEED[..floor(SEED, n)].to_string()),
        (0..SEED.len(), 0..SEED.len()).prop_map(|(a, b)| {
            let (a, b) = (a.min(b), a.max(b));
            SEED[floor(SEED, a)..floor(SEED, b)].to_string()
        }),
        prop::collection::vec(words, 0..60).prop_map(|w| w.join(" ")),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 400, ..ProptestConfig::default() })]

    #[test]
    fn no_input_panics_and_every_span_is_on_the_text(s in texts(), day in 1u32..28) {
        watch_panics();
        let published = PubDate::parse(&format!("2025-12-{day:02}"));
        let x = extract(lex(), &s, published);
        prop_assert!(!PANICKED.with(|p| p.get()), "extraction panicked on {:?}", s);
        let n = s.chars().count() as u32;
        let on_text = |sp: Span| -> bool {
            let t = text_at(&s, sp);
            sp.start < sp.end && sp.end <= n && !t.starts_with(char::is_whitespace) && !t.ends_with(char::is_whitespace)
        };
        for d in &x.directives {
            prop_assert!(on_text(d.span), "{:?} in {:?}", d.span, s);
            let a = d.action_span.unwrap();
            prop_assert!(on_text(a) && d.span.start <= a.start && a.end <= d.span.end);
            prop_assert_eq!(text_at(&s, a), d.action.clone());
            prop_assert!(d.documents.iter().all(|id| x.documents.iter().any(|doc| &doc.id == id)));
        }
        for d in &x.documents {
            prop_assert!(!d.mentions.is_empty() && d.mentions.iter().all(|&m| on_text(m)));
        }
        for e in &x.events {
            prop_assert!(on_text(e.span) && e.date.len() == 10);
        }
    }
}

#[test]
fn tasks_from_a_work_programme_of_a_period_are_due_in_its_last_month() {
    let d = dirs("Chính phủ yêu cầu các bộ, cơ quan khẩn trương hoàn thiện, trình Chính phủ 15 đề án trong Chương trình công tác tháng 3 và tháng 4/2026.", "2026-02-10");
    let task = d.iter().find(|d| d.action.contains("15 đề án")).expect("the task");
    assert_eq!(task.due.as_deref(), Some("2026-04"), "{d:#?}");
    // An explicit deadline still wins over the programme's period.
    let d = dirs("Chính phủ yêu cầu các bộ hoàn thiện 15 đề án trong Chương trình công tác tháng 3 và tháng 4/2026 trước ngày 20/3/2026.", "2026-02-10");
    let task = d.iter().find(|d| d.action.contains("15 đề án")).expect("the task");
    assert_eq!(task.due.as_deref(), Some("2026-03-20"), "{d:#?}");
}
