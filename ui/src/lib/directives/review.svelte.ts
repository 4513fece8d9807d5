// The review queue of the Directives view: machine-made directives nobody has confirmed,
// rejected or edited, least confident first, read a page at a time from the backend
// (keyset: acting on items never shifts the pages still to come). Y confirms, N rejects:
// the item leaves the queue and the next one is selected. Every change goes through the
// directive commands and so the change log; Undo reverts the last one and brings the
// directive back to its place.

import * as api from '../api';
import type { LibraryDirective, ReviewCursor } from '../api';
import { app } from '../shell/state.svelte';
import { t } from '../shared/i18n/index.svelte';

export const REVIEW_PAGE = 30;
export type RegistryMode = 'registry' | 'review';
const MODE_KEY = 'briefdesk.directivesMode';

function rememberedMode(): RegistryMode {
  try {
    return sessionStorage.getItem(MODE_KEY) === 'review' ? 'review' : 'registry';
  } catch {
    return 'registry';
  }
}

export type LastAction = { id: number; kind: 'confirm' | 'reject'; action: string; seq: number };

class Review {
  mode = $state<RegistryMode>(rememberedMode());
  items = $state.raw<LibraryDirective[]>([]);
  /** How many wait in all (null until known). */
  total = $state<number | null>(null);
  next = $state.raw<ReviewCursor | null>(null);
  loaded = $state(false);
  loading = $state(false);
  error = $state<string | null>(null);
  index = $state(0);
  busy = $state(false);
  /** The last confirm or reject made here, offered for undo. */
  last = $state<LastAction | null>(null);
  private seq = 0;
  private lastSeq = 0;

  selected: LibraryDirective | null = $derived(this.items[this.index] ?? null);

  setMode(m: RegistryMode): void {
    this.mode = m;
    try {
      sessionStorage.setItem(MODE_KEY, m);
    } catch {
      // not remembered
    }
  }

  /** The count only (the mode switch shows it in the registry too). */
  async refreshCount(): Promise<void> {
    try {
      this.total = (await api.reviewQueue(null, 1)).total;
    } catch {
      // the count stays as it was
    }
  }

  /** The first page; the directive `keep` (else the one selected) stays selected if still there. */
  async load(keep: number | null = this.selected?.id ?? null): Promise<void> {
    const seq = ++this.seq;
    this.loading = true;
    try {
      const page = await api.reviewQueue(null, REVIEW_PAGE);
      if (seq !== this.seq) return;
      const at = keep === null ? -1 : page.items.findIndex((d) => d.id === keep);
      this.items = page.items;
      this.total = page.total;
      this.next = page.next;
      this.error = null;
      this.index = at >= 0 ? at : Math.min(this.index, Math.max(0, page.items.length - 1));
    } catch (e) {
      if (seq !== this.seq) return;
      this.error = api.toApiError(e).message;
    } finally {
      if (seq === this.seq) {
        this.loading = false;
        this.loaded = true;
      }
    }
  }

  /** The next page, after the last item shown. */
  async loadMore(): Promise<void> {
    if (!this.next || this.loading) return;
    const seq = ++this.seq;
    this.loading = true;
    try {
      const page = await api.reviewQueue(this.next, REVIEW_PAGE);
      if (seq !== this.seq) return;
      const have = new Set(this.items.map((d) => d.id));
      this.items = [...this.items, ...page.items.filter((d) => !have.has(d.id))];
      this.total = page.total;
      this.next = page.next;
    } catch (e) {
      if (seq === this.seq) app.fail(e);
    } finally {
      if (seq === this.seq) this.loading = false;
    }
  }

  select(i: number): void {
    if (this.items.length === 0) return;
    this.index = Math.max(0, Math.min(this.items.length - 1, i));
  }

  move(delta: number): void {
    this.select(this.index + delta);
    // Near the end of what is loaded: fetch the next page.
    if (this.index >= this.items.length - 3) void this.loadMore();
  }

  /** Confirms or rejects the selected directive; it leaves the queue, the next is selected. */
  async act(kind: 'confirm' | 'reject'): Promise<void> {
    const d = this.selected;
    if (!d || this.busy) return;
    this.busy = true;
    try {
      if (kind === 'confirm') await api.confirmDirective(d.id);
      else await api.rejectDirective(d.id);
      const i = this.items.findIndex((x) => x.id === d.id);
      this.items = this.items.filter((x) => x.id !== d.id);
      if (this.total !== null) this.total = Math.max(0, this.total - 1);
      this.index = Math.max(0, Math.min(i, this.items.length - 1));
      this.last = { id: d.id, kind, action: d.action, seq: ++this.lastSeq };
      if (this.items.length < 3) void this.loadMore();
      app.changed();
    } catch (e) {
      app.fail(e);
    } finally {
      this.busy = false;
    }
  }

  /** Reverts the last confirm or reject made here (through the change log). */
  async undo(): Promise<void> {
    const last = this.last;
    if (!last || this.busy) return;
    this.busy = true;
    try {
      await api.undoLast(last.id);
      this.last = null;
      app.notify(t('rvUndone'));
      await this.load(last.id);
      app.changed();
    } catch (e) {
      app.fail(e);
    } finally {
      this.busy = false;
    }
  }
}

export const review = new Review();
