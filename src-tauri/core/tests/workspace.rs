//! The follow-up workspace on a real library file: status and fields with due-date
//! precision, checklists, history with undo, the registry filter, Upcoming, the document
//! page, the timeline and due alerts — and re-extraction never removing the user's work.

use briefdesk_core::model::*;
use briefdesk_core::store::migrations;
use briefdesk_core::{ImportOptions, Library};
use chrono::NaiveDate;
use std::path::{Path, PathBuf};

fn samples_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../data/samples")
}

fn day(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

/// The seed library in a temp dir, "today" fixed.
fn seeded(dir: &Path, today: &str) -> Library {
    let mut lib = Library::open(&dir.join("lib.sqlite")).unwrap();
    let r = lib.import_paths(&[samples_dir()], &ImportOptions::default(), &mut |_| {}).unwrap();
    assert_eq!(r.failed, 0);
    lib.set_today(day(today));
    lib
}

/// The Bộ Ngoại giao assignment to review Chỉ thị 12.
fn review(lib: &Library) -> LibraryDirective {
    lib.list_directives().unwrap().into_iter().find(|d| d.concrete && d.action.contains("sơ kết Chỉ thị 12")).expect("the review directive")
}

fn set(lib: &mut Library, id: i64, u: DirectiveUpdate) -> LibraryDirective {
    lib.update_directive(id, &u).unwrap()
}

#[test]
fn a_quarter_due_date_is_overdue_from_the_first_day_of_the_next_quarter() {
    let dir = tempfile::tempdir().unwrap();
    let mut lib = seeded(dir.path(), "2026-03-31");
    let id = review(&lib).id;
    let d = set(&mut lib, id, DirectiveUpdate { due: Some("2026-q1".into()), ..Default::default() });
    assert_eq!(d.due.as_deref(), Some("2026-Q1"), "stored in its canonical form");
    let due = d.follow_up.due.as_ref().unwrap();
    assert_eq!((due.precision, due.start.as_str(), due.end.as_str()), (DuePrecision::Quarter, "2026-01-01", "2026-03-31"));
    assert_eq!(d.follow_up.due_state, DueState::Soon, "the last day of the quarter is not overdue yet");
    lib.set_today(day("2026-04-01"));
    assert_eq!(lib.directive(id).unwrap().follow_up.due_state, DueState::Overdue);
    set(&mut lib, id, DirectiveUpdate { status: Some(DirectiveStatus::Done), ..Default::default() });
    assert_eq!(lib.directive(id).unwrap().follow_up.due_state, DueState::Closed, "a done directive is never overdue");
}

#[test]
fn follow_up_fields_are_kept_and_a_bad_due_date_changes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let mut lib = seeded(dir.path(), "2026-01-10");
    let id = review(&lib).id;
    let d = set(
        &mut lib,
        id,
        DirectiveUpdate {
            status: Some(DirectiveStatus::InProgress),
            owner: Some("  Phòng Tổng hợp ".into()),
            priority: Some(Priority::High),
            tags: Some(vec!["#ưu tiên".into(), "Ưu tiên".into(), " đối ngoại ".into(), "".into()]),
            notes: Some("Báo cáo lãnh đạo Vụ trước 15/1.\n".into()),
            ..Default::default()
        },
    );
    assert_eq!(d.follow_up.status, DirectiveStatus::InProgress);
    assert_eq!(d.follow_up.owner.as_deref(), Some("Phòng Tổng hợp"));
    assert_eq!(d.follow_up.priority, Priority::High);
    assert_eq!(d.follow_up.tags, vec!["ưu tiên", "đối ngoại"], "trimmed, without # or duplicates");
    assert_eq!(d.follow_up.notes, "Báo cáo lãnh đạo Vụ trước 15/1.");
    assert_eq!(d.state, ItemState::Confirmed, "follow-up alone confirms a machine-made directive");

    let err = lib.update_directive(id, &DirectiveUpdate { due: Some("tuần sau".into()), status: Some(DirectiveStatus::Done), ..Default::default() }).unwrap_err();
    assert_eq!(err.code().as_str(), "invalid_date");
    assert!(err.to_string().contains("tuần sau") && err.to_string().contains("YYYY-Qn"), "{err}");
    assert_eq!(lib.directive(id).unwrap(), d, "nothing changed");

    let edited = set(&mut lib, id, DirectiveUpdate { owner: Some("".into()), action: Some("sơ kết 20 năm Chỉ thị 12".into()), ..Default::default() });
    assert_eq!(edited.follow_up.owner, None, "an empty owner clears it");
    assert_eq!(edited.state, ItemState::Confirmed, "a confirmed directive stays confirmed when edited");
    assert_eq!(lib.tags().unwrap(), vec!["đối ngoại", "ưu tiên"], "equally used: alphabetical");
}

#[test]
fn a_checklist_is_added_ticked_reordered_deleted_and_undone_with_progress_everywhere() {
    let dir = tempfile::tempdir().unwrap();
    let mut lib = seeded(dir.path(), "2026-01-10");
    let id = review(&lib).id;
    let a = lib.add_task(id, "Thu thập báo cáo của các đơn vị", Some("2026-01-31"), Some("chị Lan")).unwrap();
    let b = lib.add_task(id, "Dự thảo báo cáo sơ kết", Some("2026-02"), None).unwrap();
    let c = lib.add_task(id, "Trình lãnh đạo Bộ", None, None).unwrap();
    assert_eq!((a.position, b.position, c.position), (0, 1, 2));
    assert_eq!(lib.directive(id).unwrap().state, ItemState::Confirmed, "a checklist makes the directive the user's");
    assert!(lib.add_task(id, "   ", None, None).is_err());
    assert_eq!(lib.add_task(id, "x", Some("mai"), None).unwrap_err().code().as_str(), "invalid_date");

    let ticked = lib.set_task_done(a.id, true).unwrap();
    assert!(ticked.done && ticked.done_at.is_some());
    assert_eq!(lib.directive(id).unwrap().follow_up.progress, Progress { done: 1, total: 3 });
    assert_eq!(lib.article_extraction(review(&lib).article_id).unwrap().directives.iter().find(|d| d.id == id).unwrap().follow_up.progress.done, 1);

    let order = lib.move_task(c.id, 0).unwrap();
    assert_eq!(order.iter().map(|t| t.text.as_str()).collect::<Vec<_>>(), ["Trình lãnh đạo Bộ", "Thu thập báo cáo của các đơn vị", "Dự thảo báo cáo sơ kết"]);
    assert_eq!(order.iter().map(|t| t.position).collect::<Vec<_>>(), [0, 1, 2]);

    lib.delete_task(b.id).unwrap();
    assert_eq!(lib.tasks(id).unwrap().len(), 2);
    assert_eq!(lib.directive(id).unwrap().follow_up.progress, Progress { done: 1, total: 2 });
    assert_eq!(lib.set_task_done(b.id, true).unwrap_err().code().as_str(), "not_found", "a deleted task cannot be ticked");

    // Undo walks back: the delete, then the move, then the tick.
    let u = lib.undo_last(Some(id)).unwrap().unwrap();
    assert_eq!((u.action.as_str(), u.task_text.as_deref()), ("undo", Some("Dự thảo báo cáo sơ kết")));
    assert_eq!(lib.tasks(id).unwrap().iter().map(|t| t.id).collect::<Vec<_>>(), [c.id, a.id, b.id], "the deleted task is back in its place");
    lib.undo_last(Some(id)).unwrap();
    assert_eq!(lib.tasks(id).unwrap().iter().map(|t| t.id).collect::<Vec<_>>(), [a.id, b.id, c.id], "the move is undone");
    lib.undo_last(Some(id)).unwrap();
    assert!(!lib.task(a.id).unwrap().done, "the tick is undone");

    let history = lib.history(id).unwrap();
    let actions: Vec<&str> = history.iter().map(|h| h.action.as_str()).collect();
    assert_eq!(actions, ["undo", "undo", "undo", "task-delete", "task-move", "task-done", "task-add", "task-add", "task-add", "confirm"]);
    assert!(history.iter().filter(|h| ["task-delete", "task-move", "task-done"].contains(&h.action.as_str())).all(|h| h.undone));
    let moved = history.iter().find(|h| h.action == "task-move").unwrap();
    assert_eq!(moved.task_text.as_deref(), Some("Trình lãnh đạo Bộ"), "a move names the task it moved");
    assert_eq!(moved.changes, vec![FieldChange { field: "order".into(), from: Some("3".into()), to: Some("1".into()) }]);
    let undone_move = &history[1];
    assert_eq!((undone_move.task_text.as_deref(), undone_move.changes[0].from.as_deref(), undone_move.changes[0].to.as_deref()), (Some("Trình lãnh đạo Bộ"), Some("1"), Some("3")));
    let done = history.iter().find(|h| h.action == "task-done").unwrap();
    assert_eq!(done.changes, vec![FieldChange { field: "done".into(), from: Some("false".into()), to: Some("true".into()) }]);
    let added = history.iter().rev().find(|h| h.action == "task-add").unwrap();
    assert_eq!(added.changes.iter().map(|c| c.field.as_str()).collect::<Vec<_>>(), ["text", "due", "owner"]);
}

#[test]
fn history_shows_field_changes_and_undo_restores_the_previous_values() {
    let dir = tempfile::tempdir().unwrap();
    let mut lib = seeded(dir.path(), "2026-01-10");
    let id = review(&lib).id;
    set(&mut lib, id, DirectiveUpdate { status: Some(DirectiveStatus::Tracking), ..Default::default() });
    set(&mut lib, id, DirectiveUpdate { status: Some(DirectiveStatus::Done), owner: Some("anh Minh".into()), ..Default::default() });
    let h = lib.history(id).unwrap();
    assert_eq!(h[0].action, "edit");
    assert!(h[0].changes.contains(&FieldChange { field: "status".into(), from: Some("tracking".into()), to: Some("done".into()) }));
    assert!(h[0].changes.contains(&FieldChange { field: "owner".into(), from: None, to: Some("anh Minh".into()) }));
    assert!(!h[0].at.is_empty() && !h[0].actor.is_empty());

    lib.undo_last(Some(id)).unwrap();
    let d = lib.directive(id).unwrap();
    assert_eq!((d.follow_up.status, d.follow_up.owner.clone()), (DirectiveStatus::Tracking, None));
    lib.undo_last(Some(id)).unwrap();
    let d = lib.directive(id).unwrap();
    assert_eq!((d.follow_up.status, d.state), (DirectiveStatus::New, ItemState::Machine), "back to untouched");
    assert_eq!(lib.undo_last(Some(id)).unwrap(), None, "nothing left to undo");

    // Library-wide undo takes the newest change of any directive.
    let other = lib.list_directives().unwrap().into_iter().find(|d| d.id != id).unwrap().id;
    set(&mut lib, id, DirectiveUpdate { notes: Some("một".into()), ..Default::default() });
    lib.reject_directive(other).unwrap();
    assert!(lib.list_directives().unwrap().iter().all(|d| d.id != other), "rejected is hidden");
    let u = lib.undo_last(None).unwrap().unwrap();
    assert_eq!(u.directive_id, other);
    assert!(lib.list_directives().unwrap().iter().any(|d| d.id == other), "the rejection was undone");
    assert_eq!(lib.directive(id).unwrap().follow_up.notes, "một");
}

#[test]
fn a_hand_added_directive_can_be_undone_and_restore_brings_back_a_rejected_one() {
    let dir = tempfile::tempdir().unwrap();
    let mut lib = seeded(dir.path(), "2026-01-10");
    let article = review(&lib).article_id;
    let d = lib.add_directive(article, Span { start: 0, end: 30 }, Some(" Vụ Tổng hợp "), "rà soát nội dung", Some("2026")).unwrap();
    assert_eq!((d.state, d.assignee.as_deref(), d.due.as_deref()), (ItemState::Manual, Some("Vụ Tổng hợp"), Some("2026")));
    assert_eq!(lib.history(d.id).unwrap()[0].action, "add");
    lib.undo_last(Some(d.id)).unwrap();
    assert_eq!(lib.directive(d.id).unwrap_err().code().as_str(), "not_found");

    let r = review(&lib).id;
    lib.reject_directive(r).unwrap();
    let shown = lib.find_directives(&DirectiveFilter { include_rejected: true, ..Default::default() }).unwrap();
    assert!(shown.iter().any(|x| x.id == r && x.state == ItemState::Rejected), "listed with the toggle");
    assert_eq!(lib.restore_directive(r).unwrap().state, ItemState::Confirmed);
}

#[test]
fn re_extraction_keeps_statuses_checklists_and_history() {
    let dir = tempfile::tempdir().unwrap();
    let mut lib = seeded(dir.path(), "2026-01-10");
    let id = review(&lib).id;
    set(&mut lib, id, DirectiveUpdate { status: Some(DirectiveStatus::InProgress), tags: Some(vec!["Chỉ thị 12".into()]), ..Default::default() });
    let t = lib.add_task(id, "Gửi báo cáo", None, None).unwrap();
    lib.set_task_done(t.id, true).unwrap();
    let before = lib.directive_detail(id).unwrap();
    let report = lib.reextract(None).unwrap();
    assert!(report.kept >= 1);
    let after = lib.directive_detail(id).unwrap();
    assert_eq!(after, before, "the directive, its checklist and its history are as they were");
}

#[test]
fn the_registry_filter_folds_diacritics_and_narrows_by_status_tag_due_and_document() {
    let dir = tempfile::tempdir().unwrap();
    let mut lib = seeded(dir.path(), "2026-01-10");
    let all = lib.list_directives().unwrap();
    let id = review(&lib).id;
    let f = |text: &str| DirectiveFilter { text: Some(text.into()), ..Default::default() };
    let found = lib.find_directives(&f("bo ngoai giao so ket chi thi")).unwrap();
    assert!(found.iter().any(|d| d.id == id), "folded words, đ = d");
    assert!(found.len() < all.len());
    assert!(lib.find_directives(&f("không có trong bài")).unwrap().is_empty());

    set(&mut lib, id, DirectiveUpdate { status: Some(DirectiveStatus::Tracking), tags: Some(vec!["Đối ngoại".into()]), due: Some("2026-01-20".into()), ..Default::default() });
    let by_status = lib.find_directives(&DirectiveFilter { statuses: vec![DirectiveStatus::Tracking], ..Default::default() }).unwrap();
    assert_eq!(by_status.iter().map(|d| d.id).collect::<Vec<_>>(), [id]);
    let by_tag = lib.find_directives(&DirectiveFilter { tags: vec!["doi ngoai".into()], ..Default::default() }).unwrap();
    assert_eq!(by_tag.len(), 1, "tags match without diacritics");
    let within = |days| DirectiveFilter { due: Some(DueWindow::Within { days }), ..Default::default() };
    assert!(lib.find_directives(&within(7)).unwrap().iter().all(|d| d.id != id));
    assert!(lib.find_directives(&within(10)).unwrap().iter().any(|d| d.id == id));
    lib.set_today(day("2026-01-21"));
    let overdue = lib.find_directives(&DirectiveFilter { due: Some(DueWindow::Overdue), ..Default::default() }).unwrap();
    assert_eq!(overdue.iter().map(|d| d.id).collect::<Vec<_>>(), [id]);
    let undated = lib.find_directives(&DirectiveFilter { due: Some(DueWindow::Undated), ..Default::default() }).unwrap();
    assert!(undated.iter().all(|d| d.due.is_none()) && !undated.is_empty());
    let doc = review(&lib).documents[0].id;
    let about = lib.find_directives(&DirectiveFilter { document_id: Some(doc), ..Default::default() }).unwrap();
    assert!(about.iter().all(|d| d.documents.iter().any(|x| x.id == doc)) && about.iter().any(|d| d.id == id));
}

#[test]
fn upcoming_lists_overdue_and_soon_directives_and_tasks_soonest_first() {
    let dir = tempfile::tempdir().unwrap();
    let mut lib = seeded(dir.path(), "2026-02-10");
    let id = review(&lib).id;
    set(&mut lib, id, DirectiveUpdate { due: Some("2026-01".into()), ..Default::default() });
    let late = lib.add_task(id, "Nộp báo cáo quý", Some("2026-02-05"), None).unwrap();
    let soon = lib.add_task(id, "Họp rà soát", Some("2026-02-20"), None).unwrap();
    let later = lib.add_task(id, "Tổng kết", Some("2026-06-30"), None).unwrap();
    let done = lib.add_task(id, "Đã xong", Some("2026-02-01"), None).unwrap();
    lib.set_task_done(done.id, true).unwrap();
    let up = lib.upcoming(30).unwrap();
    assert_eq!(up.today, "2026-02-10");
    let desc = |i: &UpcomingItem| i.task.as_ref().map_or(format!("directive {}", i.directive.id), |t| t.text.clone());
    assert_eq!(up.overdue.iter().map(desc).collect::<Vec<_>>(), [format!("directive {id}"), "Nộp báo cáo quý".to_string()]);
    assert_eq!(up.soon.iter().map(desc).collect::<Vec<_>>(), ["Họp rà soát"]);
    assert!(up.soon.iter().chain(&up.overdue).all(|i| i.task.as_ref().is_none_or(|t| t.id != later.id && t.id != done.id)));
    assert_eq!(up.overdue[1].task.as_ref().unwrap().id, late.id);
    assert_eq!(lib.upcoming(200).unwrap().soon.len(), 2, "a longer window reaches June");
    assert_eq!((soon.due_state, later.due_state), (DueState::Soon, DueState::Later), "due soon = within 14 days");
}

#[test]
fn due_alerts_are_taken_once_and_again_when_the_date_moves() {
    let dir = tempfile::tempdir().unwrap();
    let mut lib = seeded(dir.path(), "2026-02-10");
    let id = review(&lib).id;
    set(&mut lib, id, DirectiveUpdate { due: Some("2026-02-11".into()), ..Default::default() });
    lib.add_task(id, "Xa", Some("2026-03-30"), None).unwrap();
    let first = lib.take_due_alerts().unwrap();
    assert_eq!(first.len(), 1, "only what falls due by tomorrow");
    assert!(lib.take_due_alerts().unwrap().is_empty(), "announced once");
    set(&mut lib, id, DirectiveUpdate { due: Some("2026-02-10".into()), ..Default::default() });
    assert_eq!(lib.take_due_alerts().unwrap().len(), 1, "a moved deadline is announced again");
    assert_eq!(lib.preferences().unwrap(), Preferences { notifications: false }, "off unless the user opts in");
    assert!(lib.set_preferences(&Preferences { notifications: true }).unwrap().notifications);
}

#[test]
fn the_document_page_lists_mentions_directives_and_events_in_date_order() {
    let dir = tempfile::tempdir().unwrap();
    let mut lib = seeded(dir.path(), "2026-01-10");
    // A later article that names the document three times in two sentences, none of them
    // an assignment.
    let later = dir.path().join("later");
    std::fs::create_dir(&later).unwrap();
    std::fs::write(
        later.join("commentary.txt"),
        " date 2026-01-08 Một năm thực hiện Chỉ thị 12\n\nTheo Chỉ thị 12, công tác đối ngoại nhân dân cần đổi mới cả nội dung và phương thức. \
         Kết quả thực hiện Chỉ thị 12 ở các địa phương chưa đồng đều.\n",
    )
    .unwrap();
    assert_eq!(lib.import_paths(&[later], &ImportOptions::default(), &mut |_| {}).unwrap().failed, 0);
    let doc = lib.list_documents().unwrap().into_iter().find(|d| d.label.starts_with("Chỉ thị 12")).expect("Chỉ thị 12");
    let page = lib.document_page(doc.id).unwrap();
    assert_eq!(page.document.id, doc.id);
    let kinds: Vec<DocumentEntryKind> = page.entries.iter().map(|e| e.kind).collect();
    assert!(kinds.contains(&DocumentEntryKind::Mention) && kinds.contains(&DocumentEntryKind::Directive), "{kinds:?}");
    let dates: Vec<&str> = page.entries.iter().map(|e| e.date.as_deref().unwrap_or("9999")).collect();
    assert!(dates.windows(2).all(|w| w[0] <= w[1]), "date order: {dates:?}");
    let directive = page.entries.iter().find(|e| e.kind == DocumentEntryKind::Directive).unwrap();
    assert!(directive.text.contains("Chỉ thị 12") && directive.directive.as_ref().unwrap().assignee.as_deref() == Some("Bộ Ngoại giao"));
    let mention = page.entries.iter().find(|e| e.kind == DocumentEntryKind::Mention).unwrap();
    assert!(mention.text.contains("Chỉ thị") && mention.text.chars().count() < 600, "{}", mention.text);
    // Every mention of the document in every article is on the page, inside a mention's
    // or a directive's sentence, and no sentence is listed twice.
    let articles: std::collections::BTreeSet<i64> = page.entries.iter().map(|e| e.article_id).collect();
    let mut seen = 0;
    for a in articles {
        for m in lib.article_extraction(a).unwrap().mentions.into_iter().filter(|m| m.document.id == doc.id) {
            seen += 1;
            assert!(
                page.entries.iter().any(|e| e.article_id == a && e.kind != DocumentEntryKind::Event && e.span.start <= m.span.start && m.span.end <= e.span.end),
                "mention at {:?} of article {a} is not on the page",
                m.span
            );
        }
    }
    assert!(seen >= page.entries.iter().filter(|e| e.kind == DocumentEntryKind::Mention).count(), "{seen} mentions");
    let mut sentences: Vec<(i64, &str)> = page.entries.iter().filter(|e| e.kind != DocumentEntryKind::Event).map(|e| (e.article_id, e.text.as_str())).collect();
    let all = sentences.len();
    sentences.sort();
    sentences.dedup();
    assert_eq!(sentences.len(), all, "a sentence is listed once");
    let later: Vec<&str> = page.entries.iter().filter(|e| e.date.as_deref() == Some("2026-01-08")).map(|e| e.text.as_str()).collect();
    assert_eq!(
        later,
        ["Một năm thực hiện Chỉ thị 12", "Theo Chỉ thị 12, công tác đối ngoại nhân dân cần đổi mới cả nội dung và phương thức.", "Kết quả thực hiện Chỉ thị 12 ở các địa phương chưa đồng đều."],
        "each sentence naming it, in the order of the text"
    );
    assert_eq!(lib.document_page(99_999).unwrap_err().code().as_str(), "not_found");
}

#[test]
fn the_timeline_holds_articles_merged_events_due_periods_tasks_and_horizons() {
    let dir = tempfile::tempdir().unwrap();
    let mut lib = seeded(dir.path(), "2026-01-10");
    let id = review(&lib).id;
    set(&mut lib, id, DirectiveUpdate { due: Some("2026-Q2".into()), ..Default::default() });
    lib.add_task(id, "Dự thảo", Some("2026-03-15"), None).unwrap();
    let items = lib.timeline(&DirectiveFilter::default()).unwrap();
    let of = |k: TimelineKind| items.iter().filter(|i| i.kind == k).collect::<Vec<_>>();
    assert_eq!(of(TimelineKind::Article).len(), 2);
    let events = of(TimelineKind::Event);
    assert!(events.iter().any(|e| e.start == "2025-12-30" && e.sources == 2), "{events:#?}");
    let d = of(TimelineKind::Directive).into_iter().find(|i| i.directive_id == Some(id)).unwrap();
    assert_eq!((d.start.as_str(), d.end.as_deref()), ("2026-04-01", Some("2026-06-30")), "a quarter is a span");
    assert_eq!(d.assignee.as_deref(), Some("Bộ Ngoại giao"));
    let t = &of(TimelineKind::Task)[0];
    assert_eq!((t.start.as_str(), t.end.as_deref(), t.directive_id), ("2026-03-15", None, Some(id)));
    let h = of(TimelineKind::Horizon);
    assert!(h.iter().any(|h| h.end.as_deref() == Some("2045-12-31") && h.title.contains("Chiến lược")), "{h:#?}");
    let ids: std::collections::HashSet<&str> = items.iter().map(|i| i.id.as_str()).collect();
    assert_eq!(ids.len(), items.len(), "ids are unique");

    let narrowed = lib.timeline(&DirectiveFilter { statuses: vec![DirectiveStatus::Done], ..Default::default() }).unwrap();
    assert!(narrowed.iter().all(|i| !matches!(i.kind, TimelineKind::Directive | TimelineKind::Task)), "the registry filter narrows directives and tasks");
    assert_eq!(narrowed.iter().filter(|i| i.kind == TimelineKind::Article).count(), 2);
}

#[test]
fn a_v4_library_upgrades_with_its_change_log_readable_as_history() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("old.sqlite");
    {
        let mut conn = rusqlite::Connection::open(&path).unwrap();
        migrations::migrate_to(&mut conn, "old", 4).unwrap();
    }
    let mut lib = Library::open(&path).unwrap();
    lib.import_paths(&[samples_dir()], &ImportOptions::default(), &mut |_| {}).unwrap();
    let id = review(&lib).id;
    // A change written the way version 4 wrote it.
    lib.conn()
        .execute(
            "INSERT INTO change_log(at, actor, entity, entity_id, action, detail, directive_id) VALUES ('2025-12-31T00:00:00Z', 'lan', 'directive', ?1, 'confirm', '{\"from\":\"machine\",\"to\":\"confirmed\"}', ?1)",
            [id],
        )
        .unwrap();
    let h = lib.history(id).unwrap();
    assert_eq!(h[0].changes, vec![FieldChange { field: "state".into(), from: Some("machine".into()), to: Some("confirmed".into()) }]);
    let err = lib.undo_last(Some(id)).unwrap_err();
    assert!(err.to_string().contains("older Briefdesk"), "{err}");
    assert_eq!(migrations::version(lib.conn()).unwrap(), migrations::latest());
}
