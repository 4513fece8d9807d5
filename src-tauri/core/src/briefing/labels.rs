//! The words a briefing prints around the article's words, in Vietnamese and English.
//! Article text (titles, actions, assignees, events) is never translated.

use super::BriefingLang;
use crate::model::{DirectiveStatus, DueState};
use serde::Serialize;
use ts_rs::TS;

/// Every fixed text of a briefing. Serialised into the PDF template's data, so the three
/// renderers print the same words.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Labels {
    pub lang: &'static str,
    pub title: &'static str,
    pub period: &'static str,
    pub prepared: &'static str,
    pub filters: &'static str,
    pub filter_documents: &'static str,
    pub filter_assignees: &'static str,
    pub filter_tags: &'static str,
    pub filter_statuses: &'static str,
    pub selection_note: &'static str,
    pub summary: &'static str,
    pub new: &'static str,
    pub done: &'static str,
    pub overdue: &'static str,
    pub due_soon: &'static str,
    pub total: &'static str,
    pub key_directives: &'static str,
    pub col_no: &'static str,
    pub col_assignee: &'static str,
    pub col_action: &'static str,
    pub col_documents: &'static str,
    pub col_due: &'static str,
    pub col_status: &'static str,
    pub col_progress: &'static str,
    pub col_source: &'static str,
    pub no_assignee: &'static str,
    pub no_directives: &'static str,
    pub by_document: &'static str,
    pub document_directives: &'static str,
    pub latest_events: &'static str,
    pub no_document_directives: &'static str,
    pub events: &'static str,
    pub no_events: &'static str,
    pub sources: &'static str,
    pub no_date: &'static str,
    pub notes: &'static str,
    pub page: &'static str,
    pub generated_by: &'static str,
    pub horizon: &'static str,
    pub issuer: &'static str,
    pub general: &'static str,
}

impl Labels {
    /// The key-directives table's column headings, left to right.
    pub fn columns(&self) -> [&'static str; 8] {
        [self.col_no, self.col_assignee, self.col_action, self.col_documents, self.col_due, self.col_status, self.col_progress, self.col_source]
    }
}

const VI: Labels = Labels {
    lang: "vi",
    title: "Báo cáo tóm tắt chỉ đạo",
    period: "Kỳ báo cáo",
    prepared: "Lập ngày",
    filters: "Phạm vi",
    filter_documents: "Văn bản",
    filter_assignees: "Chủ thể",
    filter_tags: "Nhãn",
    filter_statuses: "Tình trạng",
    selection_note: "Gồm các chỉ đạo nêu trong bài báo đăng trong kỳ, có thời hạn kết thúc trong kỳ, được cập nhật trong kỳ, hoặc đang quá hạn.",
    summary: "Tóm tắt",
    new: "Chỉ đạo mới",
    done: "Hoàn thành",
    overdue: "Quá hạn",
    due_soon: "Sắp đến hạn",
    total: "Tổng số chỉ đạo trong báo cáo",
    key_directives: "Các chỉ đạo chính",
    col_no: "#",
    col_assignee: "Chủ thể",
    col_action: "Nhiệm vụ",
    col_documents: "Văn bản",
    col_due: "Thời hạn",
    col_status: "Tình trạng",
    col_progress: "Tiến độ",
    col_source: "Nguồn",
    no_assignee: "Chưa rõ chủ thể",
    no_directives: "Không có chỉ đạo nào trong kỳ và phạm vi đã chọn.",
    by_document: "Theo văn bản",
    document_directives: "Chỉ đạo",
    latest_events: "Sự kiện gần nhất",
    no_document_directives: "Không có chỉ đạo nào trong kỳ.",
    events: "Sự kiện trong kỳ",
    no_events: "Không có sự kiện nào trong kỳ.",
    sources: "Nguồn",
    no_date: "Chưa rõ ngày",
    notes: "Ghi chú",
    page: "Trang",
    generated_by: "Lập bằng Briefdesk",
    horizon: "tầm nhìn",
    issuer: "Cơ quan ban hành",
    general: "định hướng chung",
};

const EN: Labels = Labels {
    lang: "en",
    title: "Directive briefing",
    period: "Period",
    prepared: "Prepared on",
    filters: "Scope",
    filter_documents: "Documents",
    filter_assignees: "Assignees",
    filter_tags: "Tags",
    filter_statuses: "Status",
    selection_note: "Directives from articles published in the period, due in the period, updated in the period, or overdue.",
    summary: "Summary",
    new: "New directives",
    done: "Done",
    overdue: "Overdue",
    due_soon: "Due soon",
    total: "Directives in this briefing",
    key_directives: "Key directives",
    col_no: "#",
    col_assignee: "Assignee",
    col_action: "Action",
    col_documents: "Documents",
    col_due: "Due",
    col_status: "Status",
    col_progress: "Progress",
    col_source: "Source",
    no_assignee: "No assignee named",
    no_directives: "No directives in the chosen period and scope.",
    by_document: "By document",
    document_directives: "Directives",
    latest_events: "Latest events",
    no_document_directives: "No directives in the period.",
    events: "Events in the period",
    no_events: "No events in the period.",
    sources: "Sources",
    no_date: "date unknown",
    notes: "Notes",
    page: "Page",
    generated_by: "Prepared with Briefdesk",
    horizon: "vision to",
    issuer: "Issued by",
    general: "general guidance",
};

pub fn labels(lang: BriefingLang) -> &'static Labels {
    match lang {
        BriefingLang::Vi => &VI,
        BriefingLang::En => &EN,
    }
}

pub fn status(lang: BriefingLang, s: DirectiveStatus) -> &'static str {
    use DirectiveStatus::*;
    match (lang, s) {
        (BriefingLang::Vi, New) => "Mới",
        (BriefingLang::Vi, Tracking) => "Đang theo dõi",
        (BriefingLang::Vi, InProgress) => "Đang thực hiện",
        (BriefingLang::Vi, Done) => "Hoàn thành",
        (BriefingLang::Vi, Dropped) => "Đã dừng",
        (BriefingLang::En, New) => "New",
        (BriefingLang::En, Tracking) => "Tracking",
        (BriefingLang::En, InProgress) => "In progress",
        (BriefingLang::En, Done) => "Done",
        (BriefingLang::En, Dropped) => "Dropped",
    }
}

/// The flag printed beside a status for a due state that needs attention.
pub fn due_flag(lang: BriefingLang, s: DueState) -> Option<&'static str> {
    match s {
        DueState::Overdue => Some(labels(lang).overdue),
        DueState::Soon => Some(labels(lang).due_soon),
        _ => None,
    }
}

const MONTHS_EN: [&str; 12] = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/// A date as "YYYY-MM-DD" or "YYYY-MM", written for the briefing's language:
/// "30/12/2025", "12/2025" · "30 Dec 2025", "Dec 2025". Anything else is returned as is.
pub fn date(lang: BriefingLang, iso: &str) -> String {
    let parts: Vec<&str> = iso.split('-').collect();
    let num = |s: &str| s.parse::<usize>().ok();
    match (lang, parts.as_slice()) {
        (BriefingLang::Vi, [y, m, d]) => format!("{d}/{m}/{y}"),
        (BriefingLang::Vi, [y, m]) => format!("{m}/{y}"),
        (BriefingLang::En, [y, m, d]) => match (num(m), num(d)) {
            (Some(mi @ 1..=12), Some(di)) => format!("{di} {} {y}", MONTHS_EN[mi - 1]),
            _ => iso.to_string(),
        },
        (BriefingLang::En, [y, m]) => match num(m) {
            Some(mi @ 1..=12) => format!("{} {y}", MONTHS_EN[mi - 1]),
            _ => iso.to_string(),
        },
        _ => iso.to_string(),
    }
}

/// A due date with its precision: "15/01/2026", "tháng 01/2026", "quý I/2026", "năm 2026" ·
/// "15 Jan 2026", "Jan 2026", "Q1 2026", "2026".
pub fn due(lang: BriefingLang, d: &crate::model::DueDate) -> String {
    use crate::model::DuePrecision::*;
    let v = d.value.as_str();
    match (d.precision, lang) {
        (Day, _) => date(lang, v),
        (Month, BriefingLang::Vi) => format!("tháng {}", date(lang, v)),
        (Month, BriefingLang::En) => date(lang, v),
        (Quarter, _) => {
            let (y, q) = v.split_once("-Q").unwrap_or((v, ""));
            match lang {
                BriefingLang::Vi => {
                    let roman = match q {
                        "1" => "I",
                        "2" => "II",
                        "3" => "III",
                        _ => "IV",
                    };
                    format!("quý {roman}/{y}")
                }
                BriefingLang::En => format!("Q{q} {y}"),
            }
        }
        (Year, BriefingLang::Vi) => format!("năm {v}"),
        (Year, BriefingLang::En) => v.to_string(),
    }
}
