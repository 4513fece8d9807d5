// The Briefing view's state: the options the user chose (kept in localStorage between
// starts), the preview the backend worded for them (fetched again, after a short pause, on
// every change), and the exports. The briefing's own words come from the backend
// (`BriefingPreview.labels`); nothing here translates article text.

import * as api from '../api';
import type { BriefingExport, BriefingFormat, BriefingLang, BriefingOptions, BriefingPreview, DirectiveStatus } from '../api';
import { i18n } from '../shared/i18n/index.svelte';
import { STATUSES } from '../directives/filters.svelte';

export const BRIEFING_STORAGE_KEY = 'briefdesk.briefing';
/** Days of the default period: the last 30, today included (as the backend's default). */
export const PERIOD_DAYS = 30;
/** Pause after a change before the preview is asked for again. */
export const BRIEFING_DEBOUNCE_MS = 250;
/** Every status but dropped (the backend's default). */
export const DEFAULT_STATUSES: readonly DirectiveStatus[] = STATUSES.filter((s) => s !== 'dropped');

/** The file extension each export format is saved with. */
export const FORMAT_EXT: Record<BriefingFormat, string> = { pdf: 'pdf', html: 'html', markdown: 'md' };

/** What is remembered between starts. */
type Saved = {
  /** A period the user chose, or null for the last 30 days up to today (moves with the day). */
  period: { from: string; to: string } | null;
  documentIds: number[];
  assignees: string[];
  tags: string[];
  statuses: DirectiveStatus[];
  /** The briefing's language, or null to follow the app's language. */
  lang: BriefingLang | null;
  includeNotes: boolean;
};

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

function isoDay(d: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
}

/** The last `PERIOD_DAYS` days up to today (local time). */
export function lastDays(now = new Date()): { from: string; to: string } {
  const start = new Date(now.getFullYear(), now.getMonth(), now.getDate() - (PERIOD_DAYS - 1));
  return { from: isoDay(start), to: isoDay(now) };
}

function defaults(): Saved {
  return {
    period: null,
    documentIds: [],
    assignees: [],
    tags: [],
    statuses: [...DEFAULT_STATUSES],
    lang: null,
    includeNotes: false,
  };
}

const strings = (v: unknown): string[] =>
  Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string' && x.trim() !== '') : [];

/** The saved options, each field checked (a damaged entry falls back to its default). */
function load(): Saved {
  const out = defaults();
  let raw: unknown;
  try {
    raw = JSON.parse(localStorage.getItem(BRIEFING_STORAGE_KEY) ?? 'null');
  } catch {
    return out;
  }
  if (!raw || typeof raw !== 'object') return out;
  const o = raw as Record<string, unknown>;
  const p = o.period as Record<string, unknown> | null | undefined;
  if (p && typeof p.from === 'string' && typeof p.to === 'string') {
    out.period = { from: ISO_DAY.test(p.from) ? p.from : '', to: ISO_DAY.test(p.to) ? p.to : '' };
  }
  if (Array.isArray(o.documentIds)) out.documentIds = o.documentIds.filter((x): x is number => Number.isInteger(x));
  out.assignees = strings(o.assignees);
  out.tags = strings(o.tags);
  const st = strings(o.statuses).filter((s): s is DirectiveStatus => (STATUSES as readonly string[]).includes(s));
  if (st.length > 0) out.statuses = STATUSES.filter((s) => st.includes(s));
  if (o.lang === 'vi' || o.lang === 'en') out.lang = o.lang;
  out.includeNotes = o.includeNotes === true;
  return out;
}

class BriefingState {
  private saved = $state<Saved>(load());

  /** The preview of the current options, once one arrived (kept while the next one loads). */
  preview = $state.raw<BriefingPreview | null>(null);
  /** The backend's message when the current options cannot make a briefing. */
  error = $state<string | null>(null);
  /** A request is waiting or on its way. */
  loading = $state(false);
  /** The format being exported, if any. */
  exporting = $state<BriefingFormat | null>(null);

  private seq = 0;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private inFlight: Promise<void> | null = null;

  // ---- the options ----

  /** The period shown in the form: the chosen one, or the last 30 days. */
  get period(): { from: string; to: string } {
    return this.saved.period ?? lastDays();
  }
  /** True when the period follows today (the last 30 days). */
  get rollingPeriod(): boolean {
    return this.saved.period === null;
  }
  get documentIds(): number[] {
    return this.saved.documentIds;
  }
  get assignees(): string[] {
    return this.saved.assignees;
  }
  get tags(): string[] {
    return this.saved.tags;
  }
  get statuses(): DirectiveStatus[] {
    return this.saved.statuses;
  }
  get lang(): BriefingLang {
    return this.saved.lang ?? i18n.lang;
  }
  get includeNotes(): boolean {
    return this.saved.includeNotes;
  }

  /** The options as the backend takes them (an empty date: the backend's default). */
  get options(): BriefingOptions {
    const { from, to } = this.period;
    const o: BriefingOptions = {
      documentIds: [...this.saved.documentIds],
      assignees: [...this.saved.assignees],
      tags: [...this.saved.tags],
      statuses: [...this.saved.statuses],
      lang: this.lang,
      includeNotes: this.saved.includeNotes,
    };
    if (from) o.from = from;
    if (to) o.to = to;
    return o;
  }

  private update(patch: Partial<Saved>): void {
    this.saved = { ...this.saved, ...patch };
    try {
      localStorage.setItem(BRIEFING_STORAGE_KEY, JSON.stringify(this.saved));
    } catch {
      // not remembered; still used for this session
    }
  }

  setFrom(from: string): void {
    this.update({ period: { ...this.period, from } });
  }
  setTo(to: string): void {
    this.update({ period: { ...this.period, to } });
  }
  /** Back to the last 30 days up to today. */
  useLastDays(): void {
    this.update({ period: null });
  }
  toggleDocument(id: number): void {
    const has = this.saved.documentIds.includes(id);
    this.update({ documentIds: has ? this.saved.documentIds.filter((x) => x !== id) : [...this.saved.documentIds, id] });
  }
  addAssignee(name: string): void {
    const v = name.trim().replace(/\s+/g, ' ');
    if (!v || this.saved.assignees.some((a) => a.toLocaleLowerCase('vi') === v.toLocaleLowerCase('vi'))) return;
    this.update({ assignees: [...this.saved.assignees, v] });
  }
  removeAssignee(name: string): void {
    this.update({ assignees: this.saved.assignees.filter((a) => a !== name) });
  }
  toggleTag(tag: string): void {
    const has = this.saved.tags.includes(tag);
    this.update({ tags: has ? this.saved.tags.filter((x) => x !== tag) : [...this.saved.tags, tag] });
  }
  /** Toggles a status; the last one stays (an empty list would mean the default to the backend). */
  toggleStatus(s: DirectiveStatus): void {
    const has = this.saved.statuses.includes(s);
    if (has && this.saved.statuses.length === 1) return;
    this.update({ statuses: STATUSES.filter((x) => (x === s ? !has : this.saved.statuses.includes(x))) });
  }
  setLang(lang: BriefingLang): void {
    this.update({ lang });
  }
  setIncludeNotes(on: boolean): void {
    this.update({ includeNotes: on });
  }
  reset(): void {
    this.update(defaults());
  }

  // ---- the preview ----

  /** Asks for the preview after a pause (at once when there is none yet). */
  schedule(): void {
    if (this.timer) clearTimeout(this.timer);
    this.loading = true;
    const delay = this.preview || this.error ? BRIEFING_DEBOUNCE_MS : 0;
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.fetch();
    }, delay);
  }

  /** Fetches the preview of the current options now. */
  fetch(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    const mine = ++this.seq;
    const options = this.options;
    this.loading = true;
    const run = (async () => {
      try {
        const p = await api.briefing(options);
        if (mine !== this.seq) return;
        this.preview = p;
        this.error = null;
      } catch (e) {
        if (mine !== this.seq) return;
        this.error = api.toApiError(e).message;
      } finally {
        if (mine === this.seq) this.loading = false;
      }
    })();
    this.inFlight = run;
    return run;
  }

  /** Waits until the preview matches the current options (a pending change is fetched now). */
  async settle(): Promise<void> {
    if (this.timer) await this.fetch();
    else if (this.loading && this.inFlight) await this.inFlight;
  }

  /** Stops a pending request (the view closed). */
  cancel(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.seq++;
    this.loading = false;
  }

  // ---- exports ----

  /** "bao-cao-2026-01-20.pdf" / "briefing-2026-01-20.md": the briefing's language, its last day. */
  fileName(format: BriefingFormat): string {
    const stem = this.lang === 'vi' ? 'bao-cao' : 'briefing';
    const day = this.period.to || this.preview?.briefing.to || isoDay(new Date());
    return `${stem}-${day}.${FORMAT_EXT[format]}`;
  }

  /**
   * Asks where to save, then writes the briefing there. Null when the dialog was cancelled;
   * throws the backend's error.
   */
  async exportAs(format: BriefingFormat, filterName: string): Promise<BriefingExport | null> {
    if (this.exporting) return null;
    const path = await api.pickSavePath(this.fileName(format), filterName, [FORMAT_EXT[format]]);
    if (!path) return null;
    this.exporting = format;
    try {
      return await api.exportBriefing(this.options, path);
    } finally {
      this.exporting = null;
    }
  }
}

export const briefing = new BriefingState();
