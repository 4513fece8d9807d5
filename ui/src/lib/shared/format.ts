// Small pure helpers: dates as the user reads them, file names, paragraphs, and the
// diacritic-insensitive matching used to highlight a query in the reader.

import type { Lang } from './i18n/index.svelte';

const EN_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const EN_MONTHS_LONG = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
];

/** "2024-03-12" → "12/03/2024" (vi) or "12 Mar 2024" (en); "2024-03" → "03/2024" / "March 2024". */
export function formatPublished(published: string | null, lang: Lang): string {
  if (!published) return '';
  const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(published);
  if (!m) return published;
  const [, y, mo, d] = m;
  const mi = Number(mo) - 1;
  if (lang === 'vi') return d ? `${d}/${mo}/${y}` : `${mo}/${y}`;
  if (mi < 0 || mi > 11) return published;
  return d ? `${Number(d)} ${EN_MONTHS[mi]} ${y}` : `${EN_MONTHS_LONG[mi]} ${y}`;
}

/** An RFC 3339 timestamp as a local date and time: "01/04/2024 15:30" / "1 Apr 2024, 15:30". */
export function formatTimestamp(ts: string, lang: Lang): string {
  const d = new Date(ts);
  if (Number.isNaN(d.getTime())) return ts;
  const p = (n: number) => String(n).padStart(2, '0');
  const time = `${p(d.getHours())}:${p(d.getMinutes())}`;
  if (lang === 'vi') return `${p(d.getDate())}/${p(d.getMonth() + 1)}/${d.getFullYear()} ${time}`;
  return `${d.getDate()} ${EN_MONTHS[d.getMonth()]} ${d.getFullYear()}, ${time}`;
}

/** "YYYY-MM-DD" for today in local time (the max of date inputs). */
export function todayIso(): string {
  const d = new Date();
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
}

/** A date input's start value for an article: its day, the 1st of its month, or empty. */
export function dateInputValue(published: string | null): string {
  if (!published) return '';
  if (/^\d{4}-\d{2}-\d{2}$/.test(published)) return published;
  if (/^\d{4}-\d{2}$/.test(published)) return `${published}-01`;
  return '';
}

/** The last component of a path, for either separator. */
export function baseName(path: string): string {
  const parts = path.split(/[\\/]/).filter(Boolean);
  return parts[parts.length - 1] ?? path;
}

/** The body split on blank lines into paragraphs (single newlines kept inside one). */
export function paragraphs(body: string): string[] {
  return body
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t]*\n+/)
    .map((p) => p.trim())
    .filter((p) => p.length > 0);
}

// ---- Diacritic-insensitive highlighting ------------------------------------------------

/** Folds one string for matching: lower case, no tone marks or diacritics, đ → d. */
export function fold(s: string): string {
  return s
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/đ/g, 'd');
}

/** One folded query word; `prefix` when it may be the start of a longer word. */
export type Term = { word: string; prefix: boolean };

/**
 * The query's words, folded, longest first (so longer words win overlapping matches).
 * Whole words match, except the last one while it is being typed (search as you type).
 */
export function queryTerms(query: string): Term[] {
  const words = query
    .split(/[\s\p{P}\p{S}]+/u)
    .map(fold)
    .filter((w) => w.length > 0);
  const lastOpen = words.length > 0 && !/[\s\p{P}\p{S}]$/u.test(query);
  const byWord = new Map<string, boolean>();
  words.forEach((w, i) => {
    const prefix = lastOpen && i === words.length - 1;
    byWord.set(w, (byWord.get(w) ?? false) || prefix);
  });
  return [...byWord.entries()]
    .map(([word, prefix]) => ({ word, prefix }))
    .sort((a, b) => b.word.length - a.word.length);
}

export type Piece = { text: string; hit: boolean };

const WORD_CHAR = /[\p{L}\p{N}]/u;

/**
 * Splits `text` into pieces, marking each word that matches one of `terms` (folded,
 * so "chi thi" marks "Chỉ thị"). Works per character: marked pieces are the original text.
 */
export function highlight(text: string, terms: Term[]): Piece[] {
  if (terms.length === 0 || text.length === 0) return [{ text, hit: false }];
  // Fold character by character, remembering where each folded char came from.
  const chars = Array.from(text);
  let folded = '';
  const origin: number[] = []; // folded UTF-16 index → index into chars
  chars.forEach((c, i) => {
    const f = fold(c);
    // One entry per UTF-16 unit, as indexOf counts them ("📌" is two).
    for (let k = 0; k < f.length; k++) origin.push(i);
    folded += f;
  });
  const marked = new Array<boolean>(chars.length).fill(false);
  for (const { word, prefix } of terms) {
    let from = 0;
    for (;;) {
      const at = folded.indexOf(word, from);
      if (at < 0) break;
      from = at + 1;
      const startChar = origin[at];
      const endChar = origin[at + word.length - 1];
      if (startChar === undefined || endChar === undefined) continue;
      const before = chars[startChar - 1];
      if (before !== undefined && WORD_CHAR.test(before)) continue; // only word starts
      const after = chars[endChar + 1];
      if (!prefix && after !== undefined && WORD_CHAR.test(after)) continue; // whole words
      for (let i = startChar; i <= endChar; i++) marked[i] = true;
    }
  }
  const pieces: Piece[] = [];
  let cur = '';
  let curHit = marked[0] ?? false;
  chars.forEach((c, i) => {
    const h = marked[i] ?? false;
    if (h !== curHit && cur) {
      pieces.push({ text: cur, hit: curHit });
      cur = '';
    }
    curHit = h;
    cur += c;
  });
  if (cur) pieces.push({ text: cur, hit: curHit });
  return pieces;
}

// ---- Deadlines ---------------------------------------------------------------------------

const ROMAN = ['I', 'II', 'III', 'IV'];

/**
 * A directive's deadline with its precision:
 * "2026-01-15" → "15/01/2026" / "15 Jan 2026"; "2026-03" → "tháng 3/2026" / "March 2026";
 * "2026-Q1" → "quý I/2026" / "Q1 2026"; "2026" → "năm 2026" / "2026".
 */
export function formatDue(due: string | null, lang: Lang): string {
  if (!due) return '';
  let m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(due);
  if (m) return formatPublished(due, lang);
  m = /^(\d{4})-(\d{2})$/.exec(due);
  if (m) {
    const [, y, mo] = m;
    const mi = Number(mo) - 1;
    if (mi < 0 || mi > 11) return due;
    return lang === 'vi' ? `tháng ${mi + 1}/${y}` : `${EN_MONTHS_LONG[mi]} ${y}`;
  }
  m = /^(\d{4})-Q([1-4])$/i.exec(due);
  if (m) {
    const [, y, q] = m;
    return lang === 'vi' ? `quý ${ROMAN[Number(q) - 1]}/${y}` : `Q${q} ${y}`;
  }
  if (/^\d{4}$/.test(due)) return lang === 'vi' ? `năm ${due}` : due;
  return due;
}

/**
 * Sorts deadlines by the last day they allow ("2026-Q1" → 2026-03-31), the more precise
 * first on a tie; null when there is none.
 */
export function dueSortKey(due: string | null): string | null {
  if (!due) return null;
  const pad = (n: number) => String(n).padStart(2, '0');
  const lastDay = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();
  let m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(due);
  if (m) return `${due}~0`;
  m = /^(\d{4})-(\d{2})$/.exec(due);
  if (m) return `${due}-${pad(lastDay(Number(m[1]), Number(m[2])))}~1`;
  m = /^(\d{4})-Q([1-4])$/i.exec(due);
  if (m) {
    const mo = Number(m[2]) * 3;
    return `${m[1]}-${pad(mo)}-${pad(lastDay(Number(m[1]), mo))}~2`;
  }
  if (/^\d{4}$/.test(due)) return `${due}-12-31~3`;
  return `~${due}`;
}

/** True when every word of `query` (folded) appears in `haystack` (folded). */
export function matchesAll(haystack: string, query: string): boolean {
  const words = fold(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return true;
  const h = fold(haystack);
  return words.every((w) => h.includes(w));
}
