// The extraction views' state: the document registry, the directives and the events the
// library holds, the filters and sorting the user set on them (kept while switching views),
// and re-extraction. Lists load when a view needs them and reload when the library changes
// (app.libraryVersion).

import { untrack } from 'svelte';
import * as api from '../api';
import type {
  DocKind,
  ExtractReport,
  ItemState,
  LibraryDirective,
  LibraryDocument,
  LibraryEvent,
} from '../api';
import { app } from '../shell/state.svelte';
import { t, type MessageKey } from '../shared/i18n/index.svelte';
import { fold } from '../shared/format';
import { vi } from '../shared/i18n/vi';
import { en } from '../shared/i18n/en';

export const KIND_LABELS: Record<DocKind, MessageKey> = {
  directive: 'kindDirective',
  resolution: 'kindResolution',
  conclusion: 'kindConclusion',
  decision: 'kindDecision',
  strategy: 'kindStrategy',
  program: 'kindProgram',
  plan: 'kindPlan',
  project: 'kindProject',
  law: 'kindLaw',
  decree: 'kindDecree',
  circular: 'kindCircular',
  dispatch: 'kindDispatch',
  regulation: 'kindRegulation',
  notice: 'kindNotice',
  other: 'kindOther',
};

/** Kinds roughly by legal weight, for "by kind" sorting. */
const KIND_ORDER: DocKind[] = [
  'law', 'resolution', 'conclusion', 'directive', 'decree', 'decision', 'circular', 'strategy',
  'program', 'plan', 'project', 'regulation', 'dispatch', 'notice', 'other',
];

export const STATE_LABELS: Record<ItemState, MessageKey> = {
  machine: 'stateMachine',
  confirmed: 'stateConfirmed',
  edited: 'stateEdited',
  rejected: 'stateRejected',
  manual: 'stateManual',
};

export function kindLabel(kind: DocKind): string {
  return t(KIND_LABELS[kind] ?? 'kindOther');
}

export type DocSort = 'mentions' | 'kind' | 'label';

type ListKey = 'documents' | 'directives' | 'events';
type Slot<T> = { items: T[] | null; error: string | null; version: number; loading: boolean };

const collator = () => new Intl.Collator('vi', { numeric: true, sensitivity: 'base' });

/** One report line: "12 bài, 30 chỉ đạo, 8 văn bản, 5 sự kiện; giữ nguyên 2 mục của bạn". */
export function reportSummary(r: ExtractReport): string {
  const parts = [
    t('reportArticles', { n: r.articles }),
    t('reportDirectives', { n: r.directives }),
    t('reportDocuments', { n: r.documents }),
    t('reportEvents', { n: r.events }),
  ].join(', ');
  return r.kept > 0 ? `${parts}; ${t('reportKept', { n: r.kept })}` : parts;
}

/** How many rows a list view renders at first, and adds on "show more". */
export const PAGE = 200;

const EMPTY = { items: null, error: null, version: -1, loading: false };

// Folded text to filter on, computed once per item (lists can hold thousands).
const haystacks = new WeakMap<object, string>();
function haystack(item: object, text: () => string): string {
  let h = haystacks.get(item);
  if (h === undefined) {
    h = fold(text());
    haystacks.set(item, h);
  }
  return h;
}
function matches(h: string, words: string[]): boolean {
  return words.every((w) => h.includes(w));
}
const queryWords = (q: string) => fold(q).split(/\s+/).filter(Boolean);

class Lists {
  // Raw (not deeply reactive): a list is replaced as a whole when it loads.
  documents = $state.raw<Slot<LibraryDocument>>(EMPTY);
  directives = $state.raw<Slot<LibraryDirective>>(EMPTY);
  events = $state.raw<Slot<LibraryEvent>>(EMPTY);

  // Documents view
  docQuery = $state('');
  docSort = $state<DocSort>('mentions');
  selectedDocId = $state<number | null>(null);

  // Events view
  eventQuery = $state('');

  // Re-extraction
  reextracting = $state(false);
  report = $state<ExtractReport | null>(null);

  // ---- loading ----

  /** Loads (or reloads, when the library changed) the lists a view shows. */
  ensure(which: { documents?: boolean; directives?: boolean; events?: boolean }): void {
    const version = app.libraryVersion;
    untrack(() => {
      if (which.documents) void this.load('documents', version);
      if (which.directives) void this.load('directives', version);
      if (which.events) void this.load('events', version);
    });
  }

  private fetch(key: ListKey): Promise<unknown[]> {
    if (key === 'documents') return api.listDocuments();
    if (key === 'directives') return api.listDirectives();
    return api.listEvents();
  }

  private async load(key: ListKey, version: number, force = false): Promise<void> {
    const slot = this[key] as Slot<unknown>;
    if (!force && slot.version === version && (slot.items !== null || slot.loading || slot.error !== null)) return;
    const set = (next: Partial<Slot<unknown>>) => {
      (this as unknown as Record<ListKey, Slot<unknown>>)[key] = { ...(this[key] as Slot<unknown>), ...next };
    };
    set({ version, loading: true, error: null });
    try {
      const items = await this.fetch(key);
      if (this[key].version === version) set({ items, loading: false });
    } catch (e) {
      if (this[key].version === version) set({ error: api.toApiError(e).message, loading: false });
    }
  }

  /** Loads a list that failed again. */
  retry(key: ListKey): void {
    void this.load(key, app.libraryVersion, true);
  }

  // ---- documents ----

  visibleDocuments: LibraryDocument[] = $derived.by(() => {
    const all = this.documents.items ?? [];
    const words = queryWords(this.docQuery);
    const list =
      words.length > 0
        ? all.filter((d) =>
            matches(
              haystack(d, () =>
                [d.label, d.code, d.number, d.title, d.issuer, vi[KIND_LABELS[d.kind]], en[KIND_LABELS[d.kind]], d.horizon]
                  .filter((x) => x != null)
                  .join(' '),
              ),
              words,
            ),
          )
        : [...all];
    const c = collator();
    const byLabel = (a: LibraryDocument, b: LibraryDocument) => c.compare(a.label, b.label) || a.id - b.id;
    if (this.docSort === 'label') list.sort(byLabel);
    else if (this.docSort === 'kind') {
      list.sort((a, b) => KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) || byLabel(a, b));
    } else {
      list.sort(
        (a, b) => b.mentions - a.mentions || b.articles - a.articles || b.directives - a.directives || byLabel(a, b),
      );
    }
    return list;
  });

  selectedDocument: LibraryDocument | null = $derived(
    this.documents.items?.find((d) => d.id === this.selectedDocId) ?? null,
  );

  /** Shows document `id` in the documents view. */
  showDocument(id: number): void {
    this.selectedDocId = id;
    if (app.view !== 'documents') app.setView('documents');
  }

  // ---- events ----

  visibleEvents: LibraryEvent[] = $derived.by(() => {
    const all = this.events.items ?? [];
    const words = queryWords(this.eventQuery);
    const list =
      words.length > 0
        ? all.filter((e) =>
            matches(
              haystack(e, () => [e.title, e.place ?? '', e.date, ...e.sources.map((s) => `${s.title} ${s.articleTitle}`)].join(' ')),
              words,
            ),
          )
        : [...all];
    // Newest first, as the library lists articles.
    return list.sort((a, b) => (a.date === b.date ? a.id - b.id : a.date < b.date ? 1 : -1));
  });

  // ---- re-extraction ----

  async reextract(): Promise<void> {
    if (this.reextracting) return;
    this.reextracting = true;
    try {
      const r = await api.reextractAll();
      this.report = r;
      app.changed();
    } catch (e) {
      app.fail(e);
    } finally {
      this.reextracting = false;
    }
  }
}

export const lists = new Lists();
