// Data and a fake backend for the Briefing tests and screenshots. `briefingPreview(options,
// data)` does in JavaScript what `Library::briefing` does in Rust (src-tauri/core/src/briefing):
// which directives a period selects (new in the period, due in it, updated in it, or overdue),
// the statuses, documents, assignees and tags that narrow them, the backend's order, row
// numbers, sources numbered as first cited, document sections, events of the period, notes,
// and every fixed word from the same labels (labels.rs), in Vietnamese or English. Dates are
// relative to "today" in the tests' time zone, so the default period (the last 30 days) always
// holds the sample. `installBriefingBackend(context, state)` answers `briefing`,
// `export_briefing` and the save dialog from Node for a page made by helpers.openApp.

export const TIME_ZONE = 'Asia/Ho_Chi_Minh';

const pad = (n) => String(n).padStart(2, '0');

/** Today ("YYYY-MM-DD") in the tests' time zone (helpers.openApp uses it for the page). */
export function todayIso(now = new Date()) {
  return new Intl.DateTimeFormat('en-CA', { timeZone: TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

/** `iso` + `days` ("YYYY-MM-DD"). */
export function addDays(iso, days) {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

const monthEnd = (y, m) => `${y}-${pad(m)}-${pad(new Date(Date.UTC(y, m, 0)).getUTCDate())}`;

/** A due date as the backend stores it: { value, precision, end }. */
export function dueOf(value) {
  let m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (m) return { value, precision: 'day', end: value };
  m = /^(\d{4})-Q([1-4])$/.exec(value);
  if (m) return { value, precision: 'quarter', end: monthEnd(+m[1], +m[2] * 3) };
  m = /^(\d{4})-(\d{2})$/.exec(value);
  if (m) return { value, precision: 'month', end: monthEnd(+m[1], +m[2]) };
  return { value, precision: 'year', end: `${value}-12-31` };
}

/** The month after `today`'s ("YYYY-MM") and the quarter after its quarter ("YYYY-Qn"). */
export function nextMonth(today) {
  const [y, m] = today.split('-').map(Number);
  return m === 12 ? `${y + 1}-01` : `${y}-${pad(m + 1)}`;
}
export function nextQuarter(today) {
  const [y, m] = today.split('-').map(Number);
  const q = Math.floor((m - 1) / 3) + 2;
  return q > 4 ? `${y + 1}-Q1` : `${y}-Q${q}`;
}

// ---- the backend's words (labels.rs) ------------------------------------------------------

export const LABELS = {
  vi: {
    lang: 'vi', title: 'Báo cáo tóm tắt chỉ đạo', period: 'Kỳ báo cáo', prepared: 'Lập ngày', filters: 'Phạm vi',
    filterDocuments: 'Văn bản', filterAssignees: 'Chủ thể', filterTags: 'Nhãn', filterStatuses: 'Tình trạng',
    selectionNote:
      'Gồm các chỉ đạo nêu trong bài báo đăng trong kỳ, có thời hạn kết thúc trong kỳ, được cập nhật trong kỳ, hoặc đang quá hạn.',
    summary: 'Tóm tắt', new: 'Chỉ đạo mới', done: 'Hoàn thành', overdue: 'Quá hạn', dueSoon: 'Sắp đến hạn',
    total: 'Tổng số chỉ đạo trong báo cáo', keyDirectives: 'Các chỉ đạo chính', colNo: '#', colAssignee: 'Chủ thể',
    colAction: 'Nhiệm vụ', colDocuments: 'Văn bản', colDue: 'Thời hạn', colStatus: 'Tình trạng', colProgress: 'Tiến độ',
    colSource: 'Nguồn', noAssignee: 'Chưa rõ chủ thể', noDirectives: 'Không có chỉ đạo nào trong kỳ và phạm vi đã chọn.',
    byDocument: 'Theo văn bản', documentDirectives: 'Chỉ đạo', latestEvents: 'Sự kiện gần nhất',
    noDocumentDirectives: 'Không có chỉ đạo nào trong kỳ.', events: 'Sự kiện trong kỳ', noEvents: 'Không có sự kiện nào trong kỳ.',
    sources: 'Nguồn', noDate: 'Chưa rõ ngày', notes: 'Ghi chú', page: 'Trang', generatedBy: 'Lập bằng Briefdesk',
    horizon: 'tầm nhìn', issuer: 'Cơ quan ban hành', general: 'định hướng chung',
  },
  en: {
    lang: 'en', title: 'Directive briefing', period: 'Period', prepared: 'Prepared on', filters: 'Scope',
    filterDocuments: 'Documents', filterAssignees: 'Assignees', filterTags: 'Tags', filterStatuses: 'Status',
    selectionNote: 'Directives from articles published in the period, due in the period, updated in the period, or overdue.',
    summary: 'Summary', new: 'New directives', done: 'Done', overdue: 'Overdue', dueSoon: 'Due soon',
    total: 'Directives in this briefing', keyDirectives: 'Key directives', colNo: '#', colAssignee: 'Assignee',
    colAction: 'Action', colDocuments: 'Documents', colDue: 'Due', colStatus: 'Status', colProgress: 'Progress',
    colSource: 'Source', noAssignee: 'No assignee named', noDirectives: 'No directives in the chosen period and scope.',
    byDocument: 'By document', documentDirectives: 'Directives', latestEvents: 'Latest events',
    noDocumentDirectives: 'No directives in the period.', events: 'Events in the period', noEvents: 'No events in the period.',
    sources: 'Sources', noDate: 'date unknown', notes: 'Notes', page: 'Page', generatedBy: 'Prepared with Briefdesk',
    horizon: 'vision to', issuer: 'Issued by', general: 'general guidance',
  },
};

const STATUS_WORDS = {
  vi: { new: 'Mới', tracking: 'Đang theo dõi', 'in-progress': 'Đang thực hiện', done: 'Hoàn thành', dropped: 'Đã dừng' },
  en: { new: 'New', tracking: 'Tracking', 'in-progress': 'In progress', done: 'Done', dropped: 'Dropped' },
};
export const ALL_STATUSES = ['new', 'tracking', 'in-progress', 'done', 'dropped'];
const MONTHS_EN = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** labels::date: "30/12/2025", "12/2025" · "30 Dec 2025", "Dec 2025". */
export function dateLabel(lang, iso) {
  const [y, m, d] = iso.split('-');
  if (lang === 'vi') return d ? `${d}/${m}/${y}` : `${m}/${y}`;
  return d ? `${Number(d)} ${MONTHS_EN[m - 1]} ${y}` : `${MONTHS_EN[m - 1]} ${y}`;
}

/** labels::due: "15/01/2026", "tháng 01/2026", "quý I/2026", "năm 2026" · "15 Jan 2026", "Jan 2026", "Q1 2026", "2026". */
export function dueLabel(lang, value) {
  const due = dueOf(value);
  if (due.precision === 'day') return dateLabel(lang, value);
  if (due.precision === 'month') return lang === 'vi' ? `tháng ${dateLabel(lang, value)}` : dateLabel(lang, value);
  if (due.precision === 'quarter') {
    const [y, q] = value.split('-Q');
    return lang === 'vi' ? `quý ${['I', 'II', 'III', 'IV'][q - 1]}/${y}` : `Q${q} ${y}`;
  }
  return lang === 'vi' ? `năm ${value}` : value;
}

export function statusLabel(lang, status, dueState) {
  const flag = dueState === 'overdue' ? LABELS[lang].overdue : dueState === 'soon' ? LABELS[lang].dueSoon : null;
  return flag ? `${STATUS_WORDS[lang][status]} · ${flag}` : STATUS_WORDS[lang][status];
}

const fold = (s) => s.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase().replace(/đ/g, 'd').trim();

// ---- the sample library -------------------------------------------------------------------

const XSS = '<b>bold</b><img src=x onerror="window.__pwned=1">';

/**
 * A small library as the briefing sees it: articles, documents (with the articles naming
 * them), directives with their follow-up, events. Dates are relative to `today`.
 */
export function sampleLibrary(today = todayIso()) {
  const day = (n) => addDays(today, n);
  return {
    today,
    articles: [
      { id: 1, published: day(-250), title: 'Chỉ thị 12/CT-TTg về tăng cường quản lý thị trường bất động sản', file: 'chi-thi-12.txt' },
      { id: 5, published: day(-20), title: 'Bộ Ngoại giao tổng kết công tác đối ngoại nhân dân', file: 'doi-ngoai-nhan-dan.txt' },
      { id: 6, published: day(-19), title: 'People’s diplomacy conference reviews the year', file: 'peoples-diplomacy.md' },
      { id: 7, published: day(-5), title: 'Hội nghị Ngoại giao lần thứ 32 bàn triển khai nhiệm vụ', file: 'hoi-nghi-ngoai-giao-32.txt' },
      { id: 4, published: null, title: `Ghi chép chưa rõ ngày: thẻ ${XSS}`, file: 'ghi-chep.txt' },
    ],
    documents: [
      {
        id: 1, kind: 'directive', number: '12', code: '12/CT-TTg', title: 'tăng cường quản lý thị trường bất động sản',
        issuer: 'Thủ tướng Chính phủ', horizon: null, label: 'Chỉ thị 12/CT-TTg', namedBy: [1],
      },
      {
        id: 3, kind: 'directive', number: '12', code: '12-CT/TW',
        title: 'tăng cường sự lãnh đạo của Đảng đối với công tác đối ngoại nhân dân', issuer: 'Ban Bí thư', horizon: null,
        label: 'Chỉ thị 12-CT/TW', namedBy: [5, 6, 7],
      },
      {
        id: 4, kind: 'strategy', number: null, code: null, title: 'Chiến lược đối ngoại nhân dân đến năm 2030', issuer: null,
        horizon: 2045, label: 'Chiến lược đối ngoại nhân dân đến năm 2030', namedBy: [5],
      },
      {
        id: 2, kind: 'law', number: null, code: null, title: 'Luật Đất đai (sửa đổi)', issuer: 'Quốc hội', horizon: null,
        label: 'Luật Đất đai (sửa đổi)', namedBy: [],
      },
    ],
    directives: [
      {
        id: 102, article: 1, order: 2, assignee: 'Bộ Xây dựng',
        action: 'chủ trì rà soát các dự án chậm triển khai, báo cáo Thủ tướng', docs: [1], due: day(-14),
        status: 'in-progress', progress: { done: 1, total: 3 }, concrete: true, tags: ['bất động sản'],
        notes: 'Hỏi lại Vụ Quản lý nhà về danh sách dự án.\nĐã có 12/40 dự án được rà soát.',
      },
      {
        id: 201, article: 5, order: 1, assignee: 'Bộ Ngoại giao',
        action: 'chủ trì sơ kết Chỉ thị số 12-CT/TW của Ban Bí thư', docs: [3], due: day(9), status: 'tracking',
        progress: { done: 0, total: 0 }, concrete: true, tags: ['đối ngoại'],
        notes: 'Đã gửi Vụ Tổng hợp dự thảo đề cương sơ kết; chờ ý kiến lãnh đạo Bộ.',
      },
      {
        id: 202, article: 5, order: 2, assignee: 'Bộ Ngoại giao',
        action: 'tham mưu xây dựng Chiến lược đối ngoại Nhân dân tầm nhìn đến năm 2045', docs: [4],
        due: nextQuarter(today), status: 'in-progress', progress: { done: 1, total: 4 }, concrete: true,
        tags: ['đối ngoại', 'chiến lược'], notes: '',
      },
      {
        id: 203, article: 5, order: 3, assignee: null, action: 'tiếp tục đẩy mạnh đối ngoại nhân dân', docs: [],
        due: null, status: 'new', progress: { done: 0, total: 0 }, concrete: false, tags: [], notes: '',
      },
      {
        id: 204, article: 5, order: 4, assignee: 'Liên hiệp các tổ chức hữu nghị Việt Nam',
        action: 'hoàn thành báo cáo tổng kết', docs: [], due: nextMonth(today), status: 'new',
        progress: { done: 0, total: 0 }, concrete: true, tags: [], notes: '',
      },
      {
        id: 106, article: 4, order: 1, assignee: 'Ban biên tập <i>nội bộ</i>', action: 'hiện nguyên văn <b>x</b>', docs: [],
        due: today.slice(0, 4), status: 'done', progress: { done: 2, total: 2 }, concrete: true, tags: [],
        notes: 'Giữ nguyên <b>thẻ</b> khi in.', updated: day(-3),
      },
      {
        id: 205, article: 6, order: 1, assignee: 'The ministry', action: 'submit the new strategy to the Secretariat',
        docs: [4], due: null, status: 'dropped', progress: { done: 0, total: 0 }, concrete: true, tags: ['chiến lược'],
        notes: '',
      },
    ],
    events: [
      { id: 301, date: day(-21), title: 'Hội nghị tổng kết công tác đối ngoại nhân dân', place: 'Hà Nội', articles: [5, 6] },
      { id: 302, date: day(-6), title: 'Hội nghị Ngoại giao lần thứ 32', place: 'Hà Nội', articles: [7] },
      { id: 303, date: day(-250), title: 'Thủ tướng ký ban hành Chỉ thị 12/CT-TTg', place: null, articles: [1] },
    ],
  };
}

const MINISTRIES = [
  'Bộ Ngoại giao', 'Bộ Kế hoạch và Đầu tư', 'Bộ Tài chính', 'Bộ Công Thương', 'Bộ Xây dựng',
  'Bộ Nông nghiệp và Phát triển nông thôn', 'Bộ Giáo dục và Đào tạo', 'Bộ Y tế', 'Ủy ban nhân dân các tỉnh, thành phố',
  'Ngân hàng Nhà nước Việt Nam', 'Bộ Tài nguyên và Môi trường', 'Liên hiệp các tổ chức hữu nghị Việt Nam',
];
const TASKS = [
  'chủ trì sơ kết Chỉ thị 12 và báo cáo Ban Bí thư',
  'tham mưu xây dựng Chiến lược đối ngoại Nhân dân tầm nhìn đến năm 2045',
  'rà soát, hoàn thiện hồ sơ dự án và đề xuất tháo gỡ vướng mắc về thủ tục đầu tư',
  'phối hợp với các địa phương tổ chức hội nghị xúc tiến đầu tư, thương mại',
  'báo cáo tình hình giải ngân vốn đầu tư công',
  'xây dựng kế hoạch triển khai, phân công rõ người, rõ việc, rõ thời gian, rõ trách nhiệm',
  'tổng hợp ý kiến góp ý dự thảo',
  'theo dõi sát diễn biến thị trường và kịp thời đề xuất giải pháp điều hành phù hợp với tình hình thực tế',
];
const BIG_DOCS = [
  ['directive', 'Chỉ thị 12-CT/TW', 'Ban Bí thư'],
  ['strategy', 'Chiến lược đối ngoại nhân dân đến năm 2030', null],
  ['resolution', 'Nghị quyết 57-NQ/TW', 'Bộ Chính trị'],
  ['directive', 'Chỉ thị 12/CT-TTg', 'Thủ tướng Chính phủ'],
  ['decision', 'Quyết định 1563/QĐ-TTg', 'Thủ tướng Chính phủ'],
  ['plan', 'Kế hoạch 81/KH-UBND', 'Ủy ban nhân dân Thành phố Hà Nội'],
  ['law', 'Luật Đầu tư công (sửa đổi)', 'Quốc hội'],
  ['program', 'Chương trình hành động của Chính phủ', 'Chính phủ'],
];

/**
 * A busy month: `n` directives (each action carries its own dispatch number, 5000 + row
 * position in the data, to find where a printed row ended up), over 40 articles of the last
 * 30 days, 8 documents and 24 events.
 */
export function bigLibrary(n = 200, today = todayIso()) {
  const day = (k) => addDays(today, k);
  const articles = Array.from({ length: 40 }, (_, i) => ({
    id: 1000 + i,
    published: day(-(i % 30)),
    title: `Bản tin chỉ đạo điều hành số ${i + 1}: các bộ, ngành triển khai nhiệm vụ trọng tâm`,
    file: `ban-tin-${pad(i + 1)}.txt`,
  }));
  const documents = BIG_DOCS.map(([kind, label, issuer], i) => ({
    id: 50 + i, kind, number: null, code: null, title: null, issuer, horizon: kind === 'strategy' ? 2045 : null, label,
    namedBy: articles.filter((_, k) => k % BIG_DOCS.length === i).map((a) => a.id),
  }));
  const statuses = ['new', 'tracking', 'in-progress', 'in-progress', 'done', 'tracking'];
  const directives = Array.from({ length: n }, (_, i) => {
    const due = i % 7 === 0 ? null : i % 5 === 0 ? day(-(i % 20) - 1) : i % 3 === 0 ? nextQuarter(today) : day((i % 40) + 1);
    return {
      id: 10_000 + i,
      article: 1000 + (i % 40),
      order: i,
      assignee: i % 17 === 0 ? null : MINISTRIES[i % MINISTRIES.length],
      action: `${TASKS[i % TASKS.length]} (Công văn số ${5000 + i}/VPCP-QHQT)`,
      docs: [50 + (i % BIG_DOCS.length)],
      due,
      status: statuses[i % statuses.length],
      progress: i % 4 === 0 ? { done: i % 3, total: 3 } : { done: 0, total: 0 },
      concrete: i % 17 !== 0,
      tags: i % 2 ? ['đối ngoại'] : ['đầu tư'],
      notes: '',
    };
  });
  const events = Array.from({ length: 24 }, (_, i) => ({
    id: 700 + i,
    date: day(-i),
    title: `Hội nghị giao ban triển khai nhiệm vụ tuần ${i + 1}`,
    place: i % 2 ? 'Hà Nội' : 'Thành phố Hồ Chí Minh',
    articles: [1000 + ((i * 3) % 40)],
  }));
  return { today, articles, documents, directives, events };
}

// ---- the backend ---------------------------------------------------------------------------

/** What `BriefingOptions::period` refuses, worded as Rust words it. */
function parseDay(s, what) {
  const t = String(s).trim();
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(t);
  const ok = m && new Date(`${t}T00:00:00Z`).toISOString().slice(0, 10) === t;
  if (!ok) {
    throw { code: 'invalid_input', message: `invalid ${what} date "${t}": use YYYY-MM-DD (for example 2025-12-30)` };
  }
  return t;
}

function dueStateOf(d, today) {
  if (!d.due) return 'none';
  if (d.status === 'done' || d.status === 'dropped') return 'closed';
  const end = dueOf(d.due).end;
  if (end < today) return 'overdue';
  return end <= addDays(today, 14) ? 'soon' : 'later';
}

/** `Library::briefing(options).preview()` over `lib` (throws { code, message } like the command). */
export function briefingPreview(options = {}, lib = sampleLibrary()) {
  const lang = options.lang === 'en' ? 'en' : 'vi';
  const l = LABELS[lang];
  const today = lib.today;
  const to = options.to?.trim() ? parseDay(options.to, 'end') : today;
  const from = options.from?.trim() ? parseDay(options.from, 'start') : addDays(to, -29);
  if (from > to) throw { code: 'invalid_input', message: `the period starts (${from}) after it ends (${to})` };
  const documentIds = options.documentIds ?? [];
  const assignees = options.assignees ?? [];
  const tags = options.tags ?? [];
  const statuses = options.statuses?.length ? options.statuses : ALL_STATUSES.filter((s) => s !== 'dropped');
  const article = new Map(lib.articles.map((a) => [a.id, a]));
  const isNew = (d) => {
    const p = article.get(d.article)?.published;
    return !!p && p >= from && p <= to;
  };

  const selected = lib.directives
    .filter(
      (d) =>
        statuses.includes(d.status) &&
        (documentIds.length === 0 || d.docs.some((x) => documentIds.includes(x))) &&
        (assignees.length === 0 || (d.assignee && assignees.some((a) => fold(a) === fold(d.assignee)))) &&
        (tags.length === 0 || d.tags.some((x) => tags.some((y) => fold(y.replace(/^#/, '')) === fold(x)))),
    )
    .filter((d) => {
      const end = d.due ? dueOf(d.due).end : null;
      return isNew(d) || (end && end >= from && end <= to) || (d.updated && d.updated >= from && d.updated <= to) || dueStateOf(d, today) === 'overdue';
    })
    .sort((a, b) => {
      const key = (d) => [
        d.status === 'done' || d.status === 'dropped' ? 1 : 0,
        d.due ? dueOf(d.due).end : '9999',
        d.concrete ? 0 : 1,
      ];
      const [ka, kb] = [key(a), key(b)];
      for (let i = 0; i < ka.length; i++) if (ka[i] !== kb[i]) return ka[i] < kb[i] ? -1 : 1;
      const pa = article.get(a.article)?.published ?? '';
      const pb = article.get(b.article)?.published ?? '';
      if (pa !== pb) return pa < pb ? 1 : -1;
      return a.article - b.article || a.order - b.order || a.id - b.id;
    });

  const cites = [];
  const cite = (id) => {
    if (!cites.includes(id)) cites.push(id);
    return cites.indexOf(id) + 1;
  };
  const docById = new Map(lib.documents.map((d) => [d.id, d]));
  const summary = { total: 0, new: 0, done: 0, overdue: 0, dueSoon: 0 };
  const directives = selected.map((d, i) => {
    const state = dueStateOf(d, today);
    summary.total++;
    summary.new += isNew(d) ? 1 : 0;
    summary.done += d.status === 'done' ? 1 : 0;
    summary.overdue += state === 'overdue' ? 1 : 0;
    summary.dueSoon += state === 'soon' ? 1 : 0;
    return {
      no: i + 1,
      id: d.id,
      assignee: d.assignee,
      action: d.action,
      documents: d.docs.map((x) => docById.get(x)?.label).filter(Boolean),
      due: d.due ? dueLabel(lang, d.due) : null,
      dueState: state,
      status: d.status,
      statusLabel: statusLabel(lang, d.status, state),
      progress: d.progress,
      progressLabel: d.progress.total > 0 ? `${d.progress.done}/${d.progress.total}` : '',
      concrete: d.concrete,
      source: cite(d.article),
      new: isNew(d),
    };
  });

  const namesDoc = (e, ids) => e.articles.some((a) => ids.some((id) => docById.get(id)?.namedBy.includes(a)));
  const newestFirst = [...lib.events].sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : a.id - b.id));
  const briefEvent = (e) => ({
    date: e.date,
    dateLabel: dateLabel(lang, e.date),
    title: e.title,
    place: e.place,
    sources: [...new Set(e.articles.map(cite))].sort((a, b) => a - b),
  });

  const order = documentIds.filter((id) => docById.has(id));
  for (const d of selected) {
    for (const id of d.docs) if (!order.includes(id) && (documentIds.length === 0 || documentIds.includes(id))) order.push(id);
  }
  const documents = order.map((id) => {
    const doc = docById.get(id);
    const details = [];
    if (doc.title && fold(doc.title) !== fold(doc.label) && !fold(doc.label).includes(fold(doc.title))) details.push(doc.title);
    if (doc.issuer) details.push(`${l.issuer}: ${doc.issuer}`);
    if (doc.horizon) details.push(`${l.horizon} ${doc.horizon}`);
    return {
      id,
      label: doc.label,
      details: details.length ? details.join(' · ') : null,
      directives: directives.filter((b, i) => selected[i].docs.includes(id)).map((b) => b.no),
      events: newestFirst.filter((e) => e.date <= to && namesDoc(e, [id])).slice(0, 3).map(briefEvent),
    };
  });

  const events = newestFirst
    .filter((e) => e.date >= from && e.date <= to && (documentIds.length === 0 || namesDoc(e, documentIds)))
    .map(briefEvent)
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));

  const notes = options.includeNotes
    ? directives
        .map((b, i) => ({ b, d: selected[i] }))
        .filter(({ d }) => d.notes.trim())
        .map(({ b, d }) => ({ no: b.no, directive: b.assignee ? `${b.assignee}: ${b.action}` : b.action, text: d.notes.trim() }))
    : [];

  const sources = cites.map((id, i) => {
    const a = article.get(id);
    return { no: i + 1, articleId: id, dateLabel: a.published ? dateLabel(lang, a.published) : l.noDate, title: a.title, file: a.file };
  });

  const filters = [];
  if (documentIds.length) {
    filters.push({ label: l.filterDocuments, value: documentIds.map((id) => docById.get(id)?.label ?? `#${id}`).join(', ') });
  }
  if (assignees.length) filters.push({ label: l.filterAssignees, value: assignees.map((a) => a.trim()).join(', ') });
  if (tags.length) filters.push({ label: l.filterTags, value: tags.map((x) => x.trim()).join(', ') });
  filters.push({ label: l.filterStatuses, value: statuses.map((s) => STATUS_WORDS[lang][s]).join(', ') });

  return {
    briefing: {
      lang,
      from,
      to,
      today,
      periodLabel: `${dateLabel(lang, from)} – ${dateLabel(lang, to)}`,
      todayLabel: dateLabel(lang, today),
      filters,
      summary,
      directives,
      documents,
      events,
      sources,
      notes,
      includeNotes: !!options.includeNotes,
    },
    labels: l,
  };
}

/** What `list_documents` returns for `lib`. */
export function libraryDocuments(lib) {
  return lib.documents.map(({ namedBy, ...d }) => ({
    ...d,
    mentions: namedBy.length,
    articles: namedBy.length,
    directives: lib.directives.filter((x) => x.docs.includes(d.id)).length,
  }));
}

/** What `list_tags` returns for `lib`: most used first. */
export function libraryTags(lib) {
  const n = new Map();
  for (const d of lib.directives) for (const t of d.tags) n.set(t, (n.get(t) ?? 0) + 1);
  return [...n.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map((e) => e[0]);
}

/** Enough of `list_directives` for the form's assignee suggestions. */
export function libraryDirectives(lib) {
  const article = new Map(lib.articles.map((a) => [a.id, a]));
  return lib.directives.map((d) => ({
    id: d.id, articleId: d.article, articleTitle: article.get(d.article)?.title ?? '', articlePublished: article.get(d.article)?.published ?? null,
    assignee: d.assignee, action: d.action, due: d.due, concrete: d.concrete,
    documents: d.docs.map((id) => {
      const doc = lib.documents.find((x) => x.id === id);
      return { id, kind: doc.kind, label: doc.label };
    }),
    sentence: d.action, span: { start: 0, end: 1 }, actionSpan: null, state: 'machine',
    followUp: {
      status: d.status, owner: null, priority: 'normal', tags: d.tags, notes: d.notes, due: d.due ? { ...dueOf(d.due), start: dueOf(d.due).end } : null,
      dueState: dueStateOf(d, lib.today), progress: d.progress,
    },
  }));
}

/** The canned answers helpers.openApp takes (`responses`) for the form's lists. */
export function briefingResponses(lib) {
  return { list_documents: libraryDocuments(lib), list_tags: libraryTags(lib), list_directives: libraryDirectives(lib) };
}

/** Bytes the fake export reports per format. */
export const EXPORT_BYTES = { pdf: 48_230, html: 21_504, markdown: 812 };

/** `BriefingFormat::from_path`, worded as Rust words its refusals. */
export function formatOf(path) {
  const name = path.split('/').pop();
  const dot = name.lastIndexOf('.');
  const ext = dot > 0 ? name.slice(dot + 1).toLowerCase() : null;
  if (ext === 'pdf') return 'pdf';
  if (ext === 'html' || ext === 'htm') return 'html';
  if (ext === 'md' || ext === 'markdown') return 'markdown';
  if (ext) {
    throw { code: 'invalid_input', message: `${path}: cannot write a briefing as “.${ext}”; use a file name ending in .pdf, .html or .md` };
  }
  throw { code: 'invalid_input', message: `${path}: the file name has no extension; use one ending in .pdf, .html or .md` };
}

/**
 * Runs in the page after helpers' fake backend: `briefing`, `export_briefing` and the save
 * dialog go to Node (window.__briefingBackend), recorded in window.__mock.calls like the rest.
 */
function briefingInit() {
  const internals = window.__TAURI_INTERNALS__;
  if (!internals) return;
  const inner = internals.invoke;
  const mine = ['briefing', 'export_briefing', 'plugin:dialog|save'];
  internals.invoke = async (cmd, args = {}, options) => {
    if (!mine.includes(cmd)) return inner(cmd, args, options);
    const copy = JSON.parse(JSON.stringify(args ?? {}));
    window.__mock.calls.push({ cmd, args: copy });
    const answer = await window.__briefingBackend(cmd, copy);
    if (answer.error) throw answer.error;
    return answer.ok;
  };
}

/**
 * Makes `context`'s pages answer the briefing commands from `state` (mutable from the test):
 * { library, savePath (string, or null: the dialog is cancelled), failures: { cmd: error }
 * (answered once), latencyMs }.
 */
export async function installBriefingBackend(context, state) {
  await context.exposeBinding('__briefingBackend', async (_source, cmd, args) => {
    await new Promise((ok) => setTimeout(ok, state.latencyMs ?? 5));
    const failure = state.failures?.[cmd];
    if (failure) {
      delete state.failures[cmd];
      return { error: failure };
    }
    try {
      if (cmd === 'plugin:dialog|save') return { ok: state.savePath ?? null };
      const preview = briefingPreview(args.options, state.library);
      if (cmd === 'briefing') return { ok: preview };
      const format = formatOf(String(args.path));
      return { ok: { path: args.path, format, bytes: EXPORT_BYTES[format] } };
    } catch (e) {
      return { error: e && e.code ? e : { code: 'unknown', message: String(e) } };
    }
  });
  await context.addInitScript(briefingInit);
}
