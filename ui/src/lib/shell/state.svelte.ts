// The application's state and the actions on it. Components read `app` and call its
// methods; all backend access goes through ../api.

import * as api from '../api';
import type {
  Article,
  ArticleExtraction,
  ArticleSummary,
  ImportProgress,
  ImportReport,
  LibraryStats,
  SearchResults,
} from '../api';
import { t, type MessageKey } from '../shared/i18n/index.svelte';

export const SEARCH_LIMIT = 50;
export const SEARCH_DEBOUNCE_MS = 150;
const TOAST_MS = 7000;

export type Toast = {
  id: number;
  kind: 'error' | 'info';
  text: string;
  detail: string | null;
  sticky: boolean;
};

export type Confirm = {
  title: string;
  body: string;
  action: string;
  run: () => Promise<void> | void;
};

/** The app's views, in the order of the rail (Alt+1 … Alt+7). */
export const VIEWS = ['library', 'documents', 'directives', 'upcoming', 'timeline', 'events', 'briefing'] as const;
export type View = (typeof VIEWS)[number];
export const VIEW_STORAGE_KEY = 'briefdesk.view';

export const VIEW_LABELS: Record<View, MessageKey> = {
  library: 'viewLibrary',
  documents: 'viewDocuments',
  directives: 'viewDirectives',
  upcoming: 'viewUpcoming',
  timeline: 'viewTimeline',
  events: 'viewEvents',
  briefing: 'viewBriefing',
};

/** The view this session last showed (kept for the session only). */
function initialView(): View {
  try {
    const saved = sessionStorage.getItem(VIEW_STORAGE_KEY);
    if (saved && (VIEWS as readonly string[]).includes(saved)) return saved as View;
  } catch {
    // storage unavailable
  }
  return 'library';
}

/** What the reader scrolls to (and opens) once an article is shown. */
export type ReaderFocus =
  | { kind: 'directive'; id: number }
  | { kind: 'document'; id: number }
  | { kind: 'event'; id: number };

/** Which highlights the reader shows. */
export type HighlightToggles = { doc: boolean; dir: boolean; event: boolean };

/** A row the list shows, in either mode. */
export type Row = { id: number; summary: ArticleSummary };

const ERROR_TEXTS: Partial<Record<api.ErrorCode, MessageKey>> = {
  not_found: 'errNotFound',
  invalid_date: 'errInvalidDate',
  newer_library: 'errNewerLibrary',
};

const FAIL_TEXTS: Partial<Record<api.ErrorCode, MessageKey>> = {
  not_utf8: 'failNotUtf8',
  empty: 'failEmpty',
  too_large: 'failTooLarge',
  not_found: 'failNotFound',
  unreadable: 'failUnreadable',
};

/** A localized label for an import failure code, if known. */
export function failureLabel(code: api.ErrorCode | null): string | null {
  if (!code) return null;
  const key = FAIL_TEXTS[code];
  return key ? t(key) : null;
}

class AppState {
  // Library
  stats = $state<LibraryStats | null>(null);
  articles = $state<ArticleSummary[]>([]);
  loaded = $state(false);

  // Search
  query = $state('');
  results = $state<SearchResults | null>(null);
  searching = $state(false);
  /** The message of the last failed search, shown in the list instead of results. */
  searchError = $state<string | null>(null);
  private searchSeq = 0;
  private searchTimer: ReturnType<typeof setTimeout> | null = null;

  // Selection and reader
  cursor = $state(0);
  selectedId = $state<number | null>(null);
  article = $state<Article | null>(null);
  articleLoading = $state(false);
  /** The search the open article was opened from (for highlighting), or ''. */
  readerQuery = $state('');
  private openSeq = 0;

  // Views
  view = $state<View>(initialView());
  /** The view the open article was reached from, for the reader's "Back to …" button. */
  backView = $state<View | null>(null);
  /**
   * Bumped whenever what the library holds may have changed (import, removal, a new date,
   * re-extraction): the views reload their lists when it moves.
   */
  libraryVersion = $state(0);
  /**
   * The directive the Directives view should select (set by `showDirective` from the
   * Upcoming and Timeline views); the Directives view reads it and may clear it.
   */
  selectedDirectiveId = $state<number | null>(null);

  // What the reader highlights
  extraction = $state<ArticleExtraction | null>(null);
  extractionLoading = $state(false);
  extractionError = $state<string | null>(null);
  /** Set by openAt(); the reader scrolls to it, opens it and clears it. */
  readerFocus = $state<ReaderFocus | null>(null);
  highlights = $state<HighlightToggles>({ doc: true, dir: true, event: true });
  private extractionSeq = 0;

  // Import
  importOpen = $state(false);
  importRunning = $state(false);
  importProgress = $state<ImportProgress | null>(null);
  importReport = $state<ImportReport | null>(null);
  importPaths = $state<string[]>([]);

  // Overlays
  toasts = $state<Toast[]>([]);
  confirm = $state<Confirm | null>(null);
  dropActive = $state(false);
  /** The library could not be opened at all (e.g. written by a newer Briefdesk). */
  libraryError = $state<api.ApiError | null>(null);
  private toastSeq = 0;

  /** True when the search box has text: the list shows results instead of the library. */
  searchMode = $derived(this.query.trim().length > 0);

  /** The rows the list shows now. */
  rows: Row[] = $derived.by(() =>
    this.searchMode
      ? (this.results?.hits ?? []).map((h) => ({ id: h.article.id, summary: h.article }))
      : this.articles.map((a) => ({ id: a.id, summary: a })),
  );

  // ---- messages ----

  notify(text: string, kind: Toast['kind'] = 'info', detail: string | null = null, sticky = false): void {
    const id = ++this.toastSeq;
    this.toasts = [...this.toasts, { id, kind, text, detail, sticky }];
    if (!sticky) setTimeout(() => this.dismiss(id), kind === 'error' ? TOAST_MS * 1.5 : TOAST_MS);
  }

  dismiss(id: number): void {
    this.toasts = this.toasts.filter((x) => x.id !== id);
  }

  /** Shows a failed command to the user in words. */
  fail(e: unknown): void {
    const err = api.toApiError(e);
    const key = ERROR_TEXTS[err.code];
    if (key) {
      this.notify(t(key), 'error', err.code === 'newer_library' ? err.message : null, err.code === 'newer_library');
    } else if (!api.backendAvailable()) {
      this.notify(t('errNoBackend'), 'error', err.message, true);
    } else {
      this.notify(t('errGeneric', { message: err.message }), 'error');
    }
  }

  // ---- library ----

  async refresh(): Promise<void> {
    try {
      const [stats, articles] = await Promise.all([api.libraryStats(), api.listArticles()]);
      this.stats = stats;
      this.articles = articles;
      this.libraryError = null;
      this.clampCursor();
      this.changed();
    } catch (e) {
      const err = api.toApiError(e);
      if (err.code === 'newer_library' || err.code === 'database' || err.code === 'io') this.libraryError = err;
      this.fail(e);
    } finally {
      this.loaded = true;
    }
    if (this.searchMode) this.runSearch(this.query);
  }

  /** The library's contents may have changed: lists and the open article's items reload. */
  changed(): void {
    this.libraryVersion++;
    // The article being opened, when another is still shown (its items would otherwise
    // arrive after the new article's and be dropped as another article's).
    const id = this.selectedId ?? this.article?.id ?? null;
    if (this.article && id !== null) void this.loadExtraction(id);
  }

  // ---- views ----

  setView(view: View): void {
    this.view = view;
    this.backView = null;
    try {
      sessionStorage.setItem(VIEW_STORAGE_KEY, view);
    } catch {
      // not remembered
    }
  }

  /** Opens the Directives view with directive `id` selected. */
  showDirective(id: number): void {
    this.selectedDirectiveId = id;
    this.setView('directives');
  }

  /**
   * Opens an article in the library view's reader, scrolled to `focus` (a directive opens
   * its panel), with a way back to the view it came from.
   */
  openAt(id: number, focus: ReaderFocus | null): void {
    const from = this.view;
    this.setView('library');
    if (from !== 'library') this.backView = from;
    void this.open(id, focus);
  }

  private replaceSummary(s: ArticleSummary): void {
    this.articles = this.articles.map((a) => (a.id === s.id ? s : a));
    if (this.results) {
      this.results = {
        ...this.results,
        hits: this.results.hits.map((h) => (h.article.id === s.id ? { ...h, article: s } : h)),
      };
    }
    if (this.article && this.article.id === s.id) this.article = { ...this.article, ...s };
  }

  // ---- search ----

  setQuery(q: string): void {
    this.query = q;
    if (this.searchTimer) clearTimeout(this.searchTimer);
    this.cursor = 0;
    if (!q.trim()) {
      this.searchSeq++;
      this.results = null;
      this.searchError = null;
      this.searching = false;
      this.readerQuery = '';
      this.syncCursorToSelection();
      return;
    }
    this.searching = true;
    this.searchTimer = setTimeout(() => this.runSearch(q), SEARCH_DEBOUNCE_MS);
  }

  clearSearch(): void {
    this.setQuery('');
  }

  async runSearch(q: string): Promise<void> {
    const seq = ++this.searchSeq;
    this.searching = true;
    try {
      const res = await api.searchArticles(q, SEARCH_LIMIT);
      if (seq !== this.searchSeq) return; // a newer query is on its way
      this.results = res;
      this.searchError = null;
      this.clampCursor();
    } catch (e) {
      if (seq === this.searchSeq) {
        this.fail(e);
        this.results = null;
        this.searchError = api.toApiError(e).message;
      }
    } finally {
      if (seq === this.searchSeq) this.searching = false;
    }
  }

  // ---- selection ----

  moveCursor(delta: number): void {
    const n = this.rows.length;
    if (n === 0) return;
    this.cursor = Math.max(0, Math.min(n - 1, this.cursor + delta));
  }

  setCursor(i: number): void {
    const n = this.rows.length;
    if (n === 0) return;
    this.cursor = Math.max(0, Math.min(n - 1, i));
  }

  openCursor(): void {
    const row = this.rows[this.cursor];
    if (row) void this.open(row.id);
  }

  private clampCursor(): void {
    const n = this.rows.length;
    if (this.cursor >= n) this.cursor = Math.max(0, n - 1);
  }

  private syncCursorToSelection(): void {
    const i = this.rows.findIndex((r) => r.id === this.selectedId);
    this.cursor = i >= 0 ? i : 0;
  }

  async open(id: number, focus: ReaderFocus | null = null): Promise<void> {
    const seq = ++this.openSeq;
    const i = this.rows.findIndex((r) => r.id === id);
    if (i >= 0) this.cursor = i;
    this.selectedId = id;
    this.readerQuery = this.searchMode ? this.query.trim() : '';
    this.readerFocus = focus;
    if (this.article?.id !== id) {
      this.articleLoading = true;
      this.extraction = null;
    }
    void this.loadExtraction(id);
    try {
      const a = await api.getArticle(id);
      if (seq !== this.openSeq) return;
      this.article = a;
    } catch (e) {
      if (seq !== this.openSeq) return;
      this.fail(e);
      const err = api.toApiError(e);
      if (err.code === 'not_found') {
        this.article = null;
        this.selectedId = null;
        void this.refresh();
      }
    } finally {
      if (seq === this.openSeq) this.articleLoading = false;
    }
  }

  closeReader(): void {
    this.openSeq++;
    this.extractionSeq++;
    this.article = null;
    this.selectedId = null;
    this.articleLoading = false;
    this.extraction = null;
    this.extractionError = null;
    this.extractionLoading = false;
    this.readerFocus = null;
  }

  /** Loads what the reader highlights in article `id`; a failure leaves the text readable. */
  async loadExtraction(id: number): Promise<void> {
    const seq = ++this.extractionSeq;
    this.extractionLoading = true;
    try {
      const ex = await api.articleExtraction(id);
      if (seq !== this.extractionSeq) return;
      this.extraction = ex;
      this.extractionError = null;
    } catch (e) {
      if (seq !== this.extractionSeq) return;
      this.extraction = null;
      this.extractionError = api.toApiError(e).message;
    } finally {
      if (seq === this.extractionSeq) this.extractionLoading = false;
    }
  }

  toggleHighlight(kind: keyof HighlightToggles): void {
    this.highlights = { ...this.highlights, [kind]: !this.highlights[kind] };
  }

  // ---- edits ----

  /** Returns true when saved. */
  async setDate(id: number, date: string): Promise<boolean> {
    try {
      const s = await api.setArticleDate(id, date);
      this.replaceSummary(s);
      // Order and counts may change with the date.
      const [stats, articles] = await Promise.all([api.libraryStats(), api.listArticles()]);
      this.stats = stats;
      this.articles = articles;
      this.syncCursorToSelection();
      // Relative deadlines ("before the 15th") resolve against the article's date.
      this.changed();
      return true;
    } catch (e) {
      this.fail(e);
      return false;
    }
  }

  askRemove(a: ArticleSummary): void {
    this.confirm = {
      title: t('confirmRemoveTitle'),
      body: t('confirmRemoveBody', { title: a.title }),
      action: t('remove'),
      run: async () => {
        try {
          await api.deleteArticle(a.id);
          if (this.selectedId === a.id) this.closeReader();
          this.notify(t('articleRemoved'));
        } catch (e) {
          this.fail(e);
        }
        await this.refresh();
      },
    };
  }

  askRemoveSamples(): void {
    const n = this.stats?.samples ?? 0;
    this.confirm = {
      title: t('confirmRemoveSamplesTitle'),
      body: t('confirmRemoveSamplesBody', { n }),
      action: t('removeSamples'),
      run: async () => {
        try {
          const removed = await api.removeSamples();
          if (this.article?.isSample) this.closeReader();
          this.notify(t('samplesRemoved', { n: removed }));
        } catch (e) {
          this.fail(e);
        }
        await this.refresh();
      },
    };
  }

  // ---- import ----

  async pickAndImport(kind: 'files' | 'folder'): Promise<void> {
    if (this.importRunning) return;
    let paths: string[];
    try {
      paths = kind === 'files' ? await api.pickFiles(t('fileFilterName')) : await api.pickFolders();
    } catch (e) {
      this.fail(e);
      return;
    }
    if (paths.length > 0) await this.importPathsNow(paths);
  }

  async importPathsNow(paths: string[]): Promise<void> {
    if (this.importRunning || paths.length === 0) return;
    this.importPaths = paths;
    this.importOpen = true;
    this.importRunning = true;
    this.importReport = null;
    this.importProgress = null;
    try {
      this.importReport = await api.importPaths(paths, null);
    } catch (e) {
      this.fail(e);
      this.importOpen = false;
    } finally {
      this.importRunning = false;
    }
    await this.refresh();
  }

  onProgress(p: ImportProgress): void {
    if (this.importRunning) this.importProgress = p;
  }

  closeImport(): void {
    if (this.importRunning) return;
    this.importOpen = false;
  }
}

export const app = new AppState();
