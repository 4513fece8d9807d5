// Pure helpers of the Timeline view: backend items → vis-timeline items and groups, axis
// labels in the UI's language, due periods in words. No DOM, no state.

import type { LibraryDocument, TimelineItem, TimelineKind } from '../api';
import type { Lang } from '../shared/i18n/index.svelte';
import { formatDue } from '../shared/format';

/** The kinds in the order of the rows when grouped by kind (horizons, long and few, last). */
export const KINDS: readonly TimelineKind[] = ['directive', 'task', 'event', 'article', 'horizon'];
export type GroupBy = 'kind' | 'document' | 'assignee';
export const GROUP_BYS: readonly GroupBy[] = ['kind', 'document', 'assignee'];
export const OTHER_GROUP = '~other';
/** Labels longer than this are cut on the timeline (the side panel shows them whole). */
export const LABEL_MAX = 70;

const DAY_MS = 86_400_000;

/** "YYYY-MM-DD" → local midnight (the axis is in local time). */
export function localDate(iso: string): Date {
  const y = Number(iso.slice(0, 4));
  const m = Number(iso.slice(5, 7)) || 1;
  const d = Number(iso.slice(8, 10)) || 1;
  return new Date(y, m - 1, d);
}

/** The day after `iso`, at local midnight: the exclusive end of a period ending on `iso`. */
export function dayAfter(iso: string): Date {
  const d = localDate(iso);
  d.setDate(d.getDate() + 1);
  return d;
}

/**
 * The stored due value a period stands for: "2026-03-01".."2026-03-31" → "2026-03",
 * a quarter → "2026-Q1", a whole year → "2026", one day → the day; null otherwise.
 */
export function periodValue(start: string, end: string | undefined): string | null {
  if (!end || end === start) return start;
  const y = start.slice(0, 4);
  if (end.slice(0, 4) !== y || start.slice(8, 10) !== '01') return null;
  const sm = Number(start.slice(5, 7));
  const em = Number(end.slice(5, 7));
  const last = new Date(Date.UTC(Number(y), em, 0)).getUTCDate();
  if (Number(end.slice(8, 10)) !== last) return null;
  if (sm === 1 && em === 12) return y;
  if (sm === em) return start.slice(0, 7);
  if (em - sm === 2 && (sm - 1) % 3 === 0) return `${y}-Q${(sm + 2) / 3}`;
  return null;
}

/** A timeline item's date or period in words ("quý I/2026", "15/01/2026 – 31/12/2045"). */
export function whenText(item: TimelineItem, lang: Lang): string {
  if (item.kind !== 'horizon') {
    const v = periodValue(item.start, item.end);
    if (v) return formatDue(v, lang);
  }
  const a = formatDue(item.start, lang);
  return item.end ? `${a} – ${formatDue(item.end, lang)}` : a;
}

/** The text an item shows on the timeline (cut), with the source count of events. */
export function itemLabel(item: TimelineItem): string {
  let s = item.title.replace(/\s+/g, ' ').trim();
  if (s.length > LABEL_MAX) s = s.slice(0, LABEL_MAX - 1).trimEnd() + '…';
  if (item.kind === 'event' && item.sources > 1) s += ` ×${item.sources}`;
  return s;
}

/** One entry of the vis DataSet (an item shown in several groups is copied per group). */
export type VisItem = {
  id: string;
  /** The backend item's id (what the side panel shows); '' for a bin. */
  ref: string;
  /** For a bin: how many items it stands for. */
  count?: number;
  kind: TimelineKind;
  label: string;
  /** The whole title (the label may be cut; shown on hover). */
  full: string;
  group: string;
  start: Date;
  end?: Date;
  type: 'point' | 'range' | 'background';
  className: string;
  content: string;
};

export type VisGroup = {
  id: string;
  label: string;
  order: number;
  kind: 'kind' | 'document' | 'assignee' | 'other';
  /** Unused (the view's group template shows `label` as text); vis requires the field. */
  content: string;
};

/** The groups an item belongs to under `by` (OTHER_GROUP when none). */
function groupsOf(item: TimelineItem, by: GroupBy): string[] {
  if (by === 'kind') return [item.kind];
  if (by === 'document') {
    return item.documentIds.length > 0 ? item.documentIds.map((d) => `doc${d}`) : [OTHER_GROUP];
  }
  const a = item.assignee?.trim();
  return a ? [`as:${a}`] : [OTHER_GROUP];
}

function toVis(item: TimelineItem, group: string, by: GroupBy, copy: number): VisItem {
  const cls = [`tl-${item.kind}`];
  if (item.kind === 'directive' || item.kind === 'task') cls.push(`due-${item.dueState}`);
  if (item.kind === 'event' && item.sources > 1) cls.push('multi');
  let type: VisItem['type'] = item.end && item.end !== item.start ? 'range' : 'point';
  if (item.kind === 'horizon') type = by === 'document' ? 'background' : 'range';
  const v: VisItem = {
    id: copy === 0 ? item.id : `${item.id}@${copy}`,
    ref: item.id,
    kind: item.kind,
    label: itemLabel(item),
    full: item.title,
    group,
    start: localDate(item.start),
    type,
    className: cls.join(' '),
    content: '',
  };
  if (type !== 'point') v.end = dayAfter(item.end ?? item.start);
  return v;
}

/**
 * The vis items and groups for `items` (already narrowed to the kinds shown), grouped by
 * kind, document or assignee. Groups are ordered: kinds in KINDS order; documents and
 * assignees by how many items they hold, then by name; "Other" last.
 */
export function buildView(
  items: TimelineItem[],
  by: GroupBy,
  docs: Map<number, LibraryDocument>,
  labels: { kind: (k: TimelineKind) => string; other: string; document: (id: number) => string },
): { items: VisItem[]; groups: VisGroup[] } {
  const out: VisItem[] = [];
  const counts = new Map<string, number>();
  for (const it of items) {
    const gs = groupsOf(it, by);
    gs.forEach((g, i) => {
      out.push(toVis(it, g, by, i));
      counts.set(g, (counts.get(g) ?? 0) + 1);
    });
  }
  let groups: VisGroup[];
  if (by === 'kind') {
    groups = KINDS.filter((k) => counts.has(k)).map((k, i) => ({ id: k, label: labels.kind(k), order: i, kind: 'kind', content: '' }));
  } else {
    const named = [...counts.keys()].filter((g) => g !== OTHER_GROUP);
    const nameOf = (g: string) =>
      by === 'document' ? (docs.get(Number(g.slice(3)))?.label ?? labels.document(Number(g.slice(3)))) : g.slice(3);
    named.sort((a, b) => (counts.get(b) ?? 0) - (counts.get(a) ?? 0) || nameOf(a).localeCompare(nameOf(b), 'vi'));
    groups = named.map((g, i) => ({ id: g, label: nameOf(g), order: i, kind: by, content: '' }));
    if (counts.has(OTHER_GROUP)) groups.push({ id: OTHER_GROUP, label: labels.other, order: named.length, kind: 'other', content: '' });
  }
  return { items: out, groups };
}

// ---- Level of detail ----------------------------------------------------------------------
// Where items crowd, those of one kind (and due state) in one group and one calendar period
// are drawn as one bin with their count; the period grows as the view zooms out (a day, a
// week, a month … a decade). Computed in one pass per level and cached, so zooming and panning
// over 10,000 items keeps vis-timeline drawing a few hundred elements at most.

export type BinUnit = 'day' | 'week' | 'month' | 'quarter' | 'year' | 'lustrum' | 'decade';
const UNITS: ReadonlyArray<{ unit: BinUnit; ms: number }> = [
  { unit: 'day', ms: DAY_MS },
  { unit: 'week', ms: 7 * DAY_MS },
  { unit: 'month', ms: 30.44 * DAY_MS },
  { unit: 'quarter', ms: 91.3 * DAY_MS },
  { unit: 'year', ms: 365.25 * DAY_MS },
  { unit: 'lustrum', ms: 5 * 365.25 * DAY_MS },
  { unit: 'decade', ms: 10 * 365.25 * DAY_MS },
];
/** A bin is drawn at least this wide. */
export const BIN_MIN_PX = 56;
/** A period holding more items than this (of one kind in one group) becomes a bin. */
export const BIN_MAX_ITEMS = 3;

/** The bin period for a scale (ms per pixel); null when a day is wide enough to show all. */
export function binUnitFor(msPerPx: number): BinUnit | null {
  const want = msPerPx * BIN_MIN_PX;
  if (want < DAY_MS * 0.5) return null;
  for (const u of UNITS) if (u.ms >= want) return u.unit;
  return 'decade';
}

/** The first day of the period holding `d` (local time). */
export function binStart(d: Date, unit: BinUnit): Date {
  const y = d.getFullYear();
  const m = d.getMonth();
  switch (unit) {
    case 'day':
      return new Date(y, m, d.getDate());
    case 'week': {
      const back = (d.getDay() + 6) % 7; // weeks start on Monday
      return new Date(y, m, d.getDate() - back);
    }
    case 'month':
      return new Date(y, m, 1);
    case 'quarter':
      return new Date(y, m - (m % 3), 1);
    case 'year':
      return new Date(y, 0, 1);
    case 'lustrum':
      return new Date(y - (((y % 5) + 5) % 5), 0, 1);
    case 'decade':
      return new Date(y - (((y % 10) + 10) % 10), 0, 1);
  }
}

/** The first day after the period starting at `start`. */
export function binEnd(start: Date, unit: BinUnit): Date {
  const y = start.getFullYear();
  const m = start.getMonth();
  const d = start.getDate();
  switch (unit) {
    case 'day':
      return new Date(y, m, d + 1);
    case 'week':
      return new Date(y, m, d + 7);
    case 'month':
      return new Date(y, m + 1, 1);
    case 'quarter':
      return new Date(y, m + 3, 1);
    case 'year':
      return new Date(y + 1, 0, 1);
    case 'lustrum':
      return new Date(y + 5, 0, 1);
    case 'decade':
      return new Date(y + 10, 0, 1);
  }
}

/**
 * The items to draw at `unit`: each period of each group and kind (and due state) with more
 * than BIN_MAX_ITEMS items becomes one bin item counting them; horizons and backgrounds are
 * never binned. `unit` null: every item.
 */
export function binItems(items: VisItem[], unit: BinUnit | null): VisItem[] {
  if (!unit) return items;
  const out: VisItem[] = [];
  const bins = new Map<string, VisItem[]>();
  for (const it of items) {
    if (it.kind === 'horizon' || it.type === 'background') {
      out.push(it);
      continue;
    }
    // One bin per group, kind and due state ("multi", an event's many sources, is no split).
    const cls = it.className.replace(' multi', '');
    const key = `${it.group}\u0001${cls}\u0001${binStart(it.start, unit).getTime()}`;
    const list = bins.get(key);
    if (list) list.push(it);
    else bins.set(key, [it]);
  }
  for (const [key, list] of bins) {
    if (list.length <= BIN_MAX_ITEMS) {
      for (const it of list) out.push(it);
      continue;
    }
    const first = list[0]!;
    const start = binStart(first.start, unit);
    const next = binEnd(start, unit);
    out.push({
      id: `bin:${unit}:${key}`,
      ref: '',
      count: list.length,
      kind: first.kind,
      label: String(list.length),
      full: '',
      group: first.group,
      start,
      // Short of the next period, so neighbouring bins sit side by side instead of stacking.
      end: new Date(start.getTime() + (next.getTime() - start.getTime()) * 0.85),
      type: 'range',
      className: `tl-bin ${first.className.replace(' multi', '')}`,
      content: '',
    });
  }
  return out;
}

/** The span the items cover (for "fit"), padded; null when there are none. */
export function extent(items: TimelineItem[]): { start: Date; end: Date } | null {
  let lo = '';
  let hi = '';
  for (const it of items) {
    if (!lo || it.start < lo) lo = it.start;
    const e = it.end ?? it.start;
    if (!hi || e > hi) hi = e;
  }
  if (!lo) return null;
  const s = localDate(lo).getTime();
  const e = dayAfter(hi).getTime();
  const pad = Math.max(DAY_MS * 3, (e - s) * 0.04);
  return { start: new Date(s - pad), end: new Date(e + pad) };
}

// ---- Axis labels in the UI's language ------------------------------------------------------

const EN_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const EN_MONTHS_LONG = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
];
const VI_WEEKDAYS = ['CN', 'T2', 'T3', 'T4', 'T5', 'T6', 'T7'];
const EN_WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

type MomentLike = { toDate(): Date };
const asDate = (d: MomentLike | Date): Date => (d instanceof Date ? d : d.toDate());
const p2 = (n: number) => String(n).padStart(2, '0');

/** The axis's minor labels (under each tick). */
export function minorLabel(lang: Lang, date: MomentLike | Date, scale: string): string {
  const d = asDate(date);
  switch (scale) {
    case 'millisecond':
    case 'second':
    case 'minute':
    case 'hour':
      return `${p2(d.getHours())}:${p2(d.getMinutes())}`;
    case 'weekday':
      return `${(lang === 'vi' ? VI_WEEKDAYS : EN_WEEKDAYS)[d.getDay()]} ${d.getDate()}`;
    case 'day':
    case 'week':
      return String(d.getDate());
    case 'month':
      return lang === 'vi' ? `Th${d.getMonth() + 1}` : (EN_MONTHS[d.getMonth()] ?? '');
    case 'year':
      return String(d.getFullYear());
    default:
      return '';
  }
}

/** The axis's major labels (the month of days, the year of months). */
export function majorLabel(lang: Lang, date: MomentLike | Date, scale: string): string {
  const d = asDate(date);
  switch (scale) {
    case 'millisecond':
    case 'second':
    case 'minute':
    case 'hour':
      return lang === 'vi'
        ? `${p2(d.getDate())}/${p2(d.getMonth() + 1)}/${d.getFullYear()}`
        : `${d.getDate()} ${EN_MONTHS[d.getMonth()]} ${d.getFullYear()}`;
    case 'weekday':
    case 'day':
    case 'week':
      return lang === 'vi' ? `tháng ${d.getMonth() + 1}/${d.getFullYear()}` : `${EN_MONTHS_LONG[d.getMonth()]} ${d.getFullYear()}`;
    case 'month':
      return String(d.getFullYear());
    default:
      return '';
  }
}
