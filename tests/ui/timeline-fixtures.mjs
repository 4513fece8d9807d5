// Data for the Timeline and Upcoming tests, the screenshots and the 10,000-item bench: what
// `timeline`, `upcoming`, `list_documents` and `take_due_alerts` return, with dates relative
// to today so the default window (half a year back, a year ahead) shows them.

const pad = (n) => String(n).padStart(2, '0');

/** "YYYY-MM-DD" of today + `days` (local time, as the page computes it). */
export function isoDay(days = 0, from = new Date()) {
  const d = new Date(from.getFullYear(), from.getMonth(), from.getDate() + days);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** The first and last day of the month `months` away from today. */
function monthOf(months) {
  const now = new Date();
  const first = new Date(now.getFullYear(), now.getMonth() + months, 1);
  const last = new Date(now.getFullYear(), now.getMonth() + months + 1, 0);
  const f = (d) => `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
  return { start: f(first), end: f(last), value: f(first).slice(0, 7) };
}

/** The quarter after this one. */
function nextQuarter() {
  const now = new Date();
  let q = Math.floor(now.getMonth() / 3) + 2;
  let y = now.getFullYear();
  if (q > 4) {
    q = 1;
    y++;
  }
  const sm = (q - 1) * 3 + 1;
  const last = new Date(y, sm + 2, 0).getDate();
  return { start: `${y}-${pad(sm)}-01`, end: `${y}-${pad(sm + 2)}-${pad(last)}`, value: `${y}-Q${q}` };
}

export const DOCUMENTS = [
  { id: 1, kind: 'directive', number: '12', code: '12/CT-TTg', title: null, issuer: 'Thủ tướng Chính phủ', horizon: null, label: 'Chỉ thị 12/CT-TTg', mentions: 3, articles: 2, directives: 2 },
  { id: 3, kind: 'directive', number: '12', code: '12-CT/TW', title: null, issuer: 'Ban Bí thư', horizon: null, label: 'Chỉ thị 12-CT/TW', mentions: 2, articles: 2, directives: 1 },
  { id: 4, kind: 'strategy', number: null, code: null, title: null, issuer: null, horizon: 2045, label: 'Chiến lược đối ngoại nhân dân đến năm 2030', mentions: 1, articles: 1, directives: 2 },
];

const base = { sources: 0, documentIds: [], dueState: 'none' };

/** A small library's timeline: every kind, each due precision, an HTML-looking title. */
export function seedTimeline() {
  const month = monthOf(1);
  const quarter = nextQuarter();
  const year = String(new Date().getFullYear() + 1);
  return [
    { ...base, id: 'a1', kind: 'article', start: isoDay(-120), title: 'Chỉ thị 12/CT-TTg về tăng cường quản lý thị trường bất động sản', documentIds: [1], articleId: 1 },
    { ...base, id: 'a2', kind: 'article', start: isoDay(-75), title: 'Quốc hội thảo luận dự thảo Luật Đất đai sửa đổi', articleId: 2 },
    { ...base, id: 'a5', kind: 'article', start: isoDay(-30), title: 'Bộ Ngoại giao tổng kết công tác đối ngoại nhân dân', documentIds: [3, 4], articleId: 5 },
    { ...base, id: 'a6', kind: 'article', start: isoDay(-29), title: 'People’s diplomacy conference reviews the year', documentIds: [3], articleId: 6 },
    { ...base, id: 'a7', kind: 'article', start: isoDay(-10), title: 'Ghi chép: thẻ <b>x</b> & "ký tự" đặc biệt', articleId: 4 },
    { ...base, id: 'e301', kind: 'event', start: isoDay(-31), title: 'Hội nghị tổng kết công tác đối ngoại nhân dân', sources: 3, documentIds: [3, 4], eventId: 301 },
    { ...base, id: 'e302', kind: 'event', start: isoDay(-76), title: 'Quốc hội thảo luận dự thảo Luật Đất đai (sửa đổi)', sources: 1, eventId: 302 },
    {
      ...base, id: 'd102', kind: 'directive', start: isoDay(-14), title: 'Bộ Xây dựng: chủ trì rà soát các dự án chậm triển khai',
      documentIds: [1], assignee: 'Bộ Xây dựng', status: 'in-progress', dueState: 'overdue', articleId: 1, directiveId: 102,
      progress: { done: 1, total: 3 },
    },
    {
      ...base, id: 'd201', kind: 'directive', start: isoDay(12), title: 'Bộ Ngoại giao: chủ trì sơ kết Chỉ thị số 12-CT/TW',
      documentIds: [3], assignee: 'Bộ Ngoại giao', status: 'tracking', dueState: 'soon', articleId: 5, directiveId: 201,
      progress: { done: 0, total: 0 },
    },
    {
      ...base, id: 'd202', kind: 'directive', start: quarter.start, end: quarter.end,
      title: 'Bộ Ngoại giao: tham mưu xây dựng Chiến lược đối ngoại nhân dân', documentIds: [4], assignee: 'Bộ Ngoại giao',
      status: 'new', dueState: 'later', articleId: 5, directiveId: 202, progress: { done: 0, total: 2 },
    },
    {
      ...base, id: 'd204', kind: 'directive', start: month.start, end: month.end, title: 'Liên hiệp các tổ chức hữu nghị: hoàn thành báo cáo tổng kết',
      assignee: 'Liên hiệp các tổ chức hữu nghị Việt Nam', status: 'new', dueState: 'later', articleId: 5, directiveId: 204,
      progress: { done: 0, total: 0 },
    },
    {
      ...base, id: 'd205', kind: 'directive', start: `${year}-01-01`, end: `${year}-12-31`, title: 'The ministry: submit the new strategy',
      documentIds: [4], assignee: 'The ministry', status: 'new', dueState: 'later', articleId: 6, directiveId: 205,
      progress: { done: 0, total: 0 },
    },
    {
      ...base, id: 'd106', kind: 'directive', start: isoDay(-200), title: 'Ban biên tập: hiện nguyên văn <b>x</b>',
      assignee: 'Ban biên tập <i>nội bộ</i>', status: 'done', dueState: 'closed', articleId: 4, directiveId: 106,
      progress: { done: 2, total: 2 },
    },
    {
      ...base, id: 't1', kind: 'task', start: isoDay(5), title: 'Gửi dự thảo báo cáo cho Vụ Tổng hợp', documentIds: [1],
      assignee: 'Bộ Xây dựng', status: 'in-progress', dueState: 'soon', articleId: 1, directiveId: 102, taskId: 1,
    },
    {
      ...base, id: 't2', kind: 'task', start: isoDay(-3), title: 'Thu thập số liệu dự án chậm tiến độ', documentIds: [1],
      assignee: 'Bộ Xây dựng', status: 'in-progress', dueState: 'overdue', articleId: 1, directiveId: 102, taskId: 2,
    },
    { ...base, id: 'h4', kind: 'horizon', start: isoDay(-30), end: '2045-12-31', title: 'Chiến lược đối ngoại nhân dân đến năm 2030', documentIds: [4], documentId: 4 },
  ];
}

/** A deterministic pseudo-random generator (mulberry32). */
function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const AGENCIES = [
  'Bộ Xây dựng', 'Bộ Ngoại giao', 'Bộ Tài chính', 'Bộ Công Thương', 'Ngân hàng Nhà nước', 'Bộ Y tế',
  'Bộ Giáo dục và Đào tạo', 'Bộ Nội vụ', 'Bộ Tư pháp', 'UBND TP Hà Nội', 'UBND TP Hồ Chí Minh', 'Bộ Kế hoạch và Đầu tư',
  'Bộ Giao thông vận tải', 'Bộ Nông nghiệp và Môi trường', 'Bộ Khoa học và Công nghệ', 'Thanh tra Chính phủ',
];
const VERBS = ['rà soát', 'báo cáo', 'hoàn thiện', 'xây dựng', 'tổng kết', 'trình', 'kiểm tra', 'đôn đốc'];
const TOPICS = ['thị trường bất động sản', 'đầu tư công', 'chuyển đổi số', 'an toàn thực phẩm', 'hạ tầng giao thông', 'cải cách hành chính'];

/** `n` items over 2016 … 2030: articles 60 %, events 15 %, directives 15 %, tasks 9.7 %, horizons 0.3 %. */
export function bigTimeline(n = 10_000, seed = 7) {
  const r = rng(seed);
  const pick = (arr) => arr[Math.floor(r() * arr.length)];
  const from = Date.UTC(2016, 0, 1);
  const span = Date.UTC(2030, 11, 31) - from;
  const day = (t) => new Date(t).toISOString().slice(0, 10);
  const docs = 40;
  const today = isoDay(0);
  const soon = isoDay(30);
  const items = [];
  for (let i = 0; i < n; i++) {
    const x = r();
    const t = from + Math.floor(r() * span);
    const start = day(t);
    const documentIds = r() < 0.6 ? [1 + Math.floor(r() * docs)] : [];
    if (x < 0.6) {
      items.push({ ...base, id: `a${i}`, kind: 'article', start: start < today ? start : isoDay(-Math.floor(r() * 3000)), title: `Tin ${i}: ${pick(AGENCIES)} ${pick(VERBS)} ${pick(TOPICS)}`, documentIds, articleId: i });
    } else if (x < 0.75) {
      items.push({ ...base, id: `e${i}`, kind: 'event', start: start < today ? start : isoDay(-Math.floor(r() * 3000)), title: `Hội nghị ${pick(TOPICS)} lần ${1 + (i % 9)}`, sources: 1 + Math.floor(r() * r() * 6), documentIds, eventId: i });
    } else if (x < 0.997) {
      const assignee = pick(AGENCIES);
      const p = r();
      let end;
      if (p < 0.55) end = undefined;
      else if (p < 0.8) end = day(Date.UTC(new Date(t).getUTCFullYear(), new Date(t).getUTCMonth() + 1, 0));
      else end = `${start.slice(0, 4)}-12-31`;
      const s = end && p >= 0.8 ? `${start.slice(0, 4)}-01-01` : end ? `${start.slice(0, 7)}-01` : start;
      const last = end ?? s;
      const dueState = last < today ? (r() < 0.5 ? 'closed' : 'overdue') : last <= soon ? 'soon' : 'later';
      const task = x >= 0.9;
      items.push({
        ...base, id: `${task ? 't' : 'd'}${i}`, kind: task ? 'task' : 'directive', start: s, end,
        title: task ? `Việc ${i}: ${pick(VERBS)} ${pick(TOPICS)}` : `${assignee}: ${pick(VERBS)} ${pick(TOPICS)}`,
        documentIds, assignee, status: dueState === 'closed' ? 'done' : 'tracking', dueState, articleId: i, directiveId: i,
        taskId: task ? i : undefined, progress: task ? undefined : { done: Math.floor(r() * 3), total: 3 },
      });
    } else {
      const doc = 1 + Math.floor(r() * docs);
      items.push({ ...base, id: `h${i}`, kind: 'horizon', start, end: `${2030 + Math.floor(r() * 20)}-12-31`, title: `Chiến lược ${pick(TOPICS)} (${doc})`, documentIds: [doc], documentId: doc });
    }
  }
  return items;
}

export function bigDocuments(n = 40) {
  return Array.from({ length: n }, (_, i) => ({
    id: i + 1, kind: 'decision', number: String(100 + i), code: `${100 + i}/QĐ-TTg`, title: null, issuer: null, horizon: null,
    label: `Quyết định ${100 + i}/QĐ-TTg`, mentions: 10, articles: 10, directives: 3,
  }));
}

// ---- Upcoming ------------------------------------------------------------------------------

function directive(id, { assignee, action, due, dueState, status = 'tracking', progress = { done: 0, total: 0 }, articleId = 1 }) {
  return {
    id, articleId, articleTitle: 'Chỉ thị 12/CT-TTg về tăng cường quản lý thị trường bất động sản', articlePublished: isoDay(-90),
    assignee, action, due: due.value, concrete: true, documents: [], sentence: `${assignee ?? ''} ${action}.`,
    span: { start: 0, end: 10 }, actionSpan: null, state: 'machine',
    followUp: { status, owner: null, priority: 'normal', tags: [], notes: '', due, dueState, progress },
  };
}

/** A due period of `precision` whose last day is `end` (relative days for day precision). */
function dueDay(days) {
  const v = isoDay(days);
  return { value: v, precision: 'day', start: v, end: v };
}

/** What `upcoming(30)` returns: overdue (a quarter, a day), soon (a task's day, a day, this month). */
export function sampleUpcoming() {
  const today = isoDay(0);
  const thisMonth = { ...monthOf(0), precision: 'month' };
  const lastQuarter = (() => {
    const now = new Date();
    let qi = Math.floor(now.getMonth() / 3) - 1;
    let y = now.getFullYear();
    if (qi < 0) {
      qi = 3;
      y--;
    }
    const sm = qi * 3 + 1;
    return { value: `${y}-Q${qi + 1}`, precision: 'quarter', start: `${y}-${pad(sm)}-01`, end: `${y}-${pad(sm + 2)}-${pad(new Date(y, sm + 2, 0).getDate())}` };
  })();
  const d1 = directive(102, {
    assignee: 'Bộ Xây dựng', action: 'chủ trì rà soát các dự án chậm triển khai, báo cáo Thủ tướng', due: dueDay(-14),
    dueState: 'overdue', status: 'in-progress', progress: { done: 1, total: 3 },
  });
  const d2 = directive(204, {
    assignee: 'Liên hiệp các tổ chức hữu nghị Việt Nam', action: 'hoàn thành báo cáo tổng kết',
    due: lastQuarter, dueState: 'overdue', articleId: 5,
  });
  const d3 = directive(201, {
    assignee: 'Bộ Ngoại giao', action: 'chủ trì sơ kết Chỉ thị số 12-CT/TW của Ban Bí thư', due: dueDay(12), dueState: 'soon',
    articleId: 5,
  });
  const d4 = directive(202, {
    assignee: 'Bộ Ngoại giao', action: 'tham mưu xây dựng Chiến lược đối ngoại nhân dân <b>x</b>', due: thisMonth,
    dueState: 'soon', status: 'new', progress: { done: 0, total: 2 }, articleId: 5,
  });
  const task = {
    id: 7, directiveId: 102, text: 'Gửi dự thảo báo cáo cho Vụ Tổng hợp', done: false, doneAt: null, due: dueDay(5),
    dueState: 'soon', owner: 'Vụ Kế hoạch', position: 0,
  };
  return {
    today,
    days: 30,
    overdue: [
      { directive: d2, due: d2.followUp.due, dueState: 'overdue' },
      { directive: d1, due: d1.followUp.due, dueState: 'overdue' },
    ],
    soon: [
      { directive: d1, task, due: task.due, dueState: 'soon' },
      { directive: d4, due: d4.followUp.due, dueState: 'soon' },
      { directive: d3, due: d3.followUp.due, dueState: 'soon' },
    ],
  };
}

export const EMPTY_UPCOMING = () => ({ today: isoDay(0), days: 30, overdue: [], soon: [] });
