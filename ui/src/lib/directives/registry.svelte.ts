// The directive registry's state: the directives the shared filter lets through, how they
// are grouped and sorted (remembered for the session), the directive open in the panel with
// its checklist and history, and every change the panel makes. All backend access goes
// through ../api; after a change the panel's directive reloads and the library's lists
// refresh (app.changed()).

import * as api from '../api';
import type { DirectiveDetail, DirectiveFilter, DirectiveUpdate, FollowupTask, LibraryDirective, TaskUpdate } from '../api';
import { app } from '../shell/state.svelte';
import { t } from '../shared/i18n/index.svelte';
import { dueSortKey, fold } from '../shared/format';
import { STATUSES } from './filters.svelte';
import { statusLabel } from '../shared/followup';

export type GroupBy = 'document' | 'assignee' | 'status';
export type RegistrySort = 'article' | 'due';
export const GROUPINGS: readonly GroupBy[] = ['document', 'assignee', 'status'];
const GROUP_KEY = 'briefdesk.registryGroup';
const SORT_KEY = 'briefdesk.registrySort';

export type Group = {
  key: string;
  label: string;
  /** A document group's document (its page can be opened). */
  documentId: number | null;
  /** The group of items without a document / an assignee. */
  none: boolean;
  items: LibraryDirective[];
};

/** A failed save, in words for the field that made it. */
export type SaveError = { code: string; message: string };

function remembered<T extends string>(key: string, allowed: readonly T[], fallback: T): T {
  try {
    const v = sessionStorage.getItem(key);
    if (v && (allowed as readonly string[]).includes(v)) return v as T;
  } catch {
    // storage unavailable
  }
  return fallback;
}

function remember(key: string, value: string): void {
  try {
    sessionStorage.setItem(key, value);
  } catch {
    // not remembered
  }
}

const collator = () => new Intl.Collator('vi', { numeric: true, sensitivity: 'base' });

/** Groups (in order) of a list of directives, each group sorted as asked. */
export function groupDirectives(items: LibraryDirective[], by: GroupBy, sort: RegistrySort): Group[] {
  const sorted =
    sort === 'due'
      ? [...items].sort((a, b) => {
          const ka = dueSortKey(a.followUp?.due?.value ?? a.due);
          const kb = dueSortKey(b.followUp?.due?.value ?? b.due);
          if (ka === kb) return 0;
          if (ka === null) return 1;
          if (kb === null) return -1;
          return ka < kb ? -1 : 1;
        })
      : items;
  const groups = new Map<string, Group>();
  const add = (key: string, label: string, item: LibraryDirective, extra: Partial<Group> = {}) => {
    let g = groups.get(key);
    if (!g) {
      g = { key, label, documentId: null, none: false, items: [], ...extra };
      groups.set(key, g);
    }
    g.items.push(item);
  };
  for (const d of sorted) {
    if (by === 'status') {
      add(d.followUp.status, statusLabel(d.followUp.status), d);
    } else if (by === 'assignee') {
      const a = d.assignee?.trim();
      if (a) add(`a:${fold(a)}`, a, d);
      else add('none', t('groupNoAssignee'), d, { none: true });
    } else if (d.documents.length === 0) {
      add('none', t('groupNoDocument'), d, { none: true });
    } else {
      for (const doc of d.documents) add(`d:${doc.id}`, doc.label, d, { documentId: doc.id });
    }
  }
  const list = [...groups.values()];
  if (by === 'status') {
    list.sort((a, b) => STATUSES.indexOf(a.key as never) - STATUSES.indexOf(b.key as never));
  } else {
    const c = collator();
    list.sort((a, b) => Number(a.none) - Number(b.none) || c.compare(a.label, b.label));
  }
  return list;
}

class Registry {
  groupBy = $state<GroupBy>(remembered(GROUP_KEY, GROUPINGS, 'document'));
  sort = $state<RegistrySort>(remembered(SORT_KEY, ['article', 'due'] as const, 'article'));
  concreteOnly = $state(false);

  items = $state.raw<LibraryDirective[] | null>(null);
  loading = $state(false);
  error = $state<string | null>(null);
  private listSeq = 0;

  /** The directive open in the panel. */
  selectedId = $state<number | null>(null);
  detail = $state<DirectiveDetail | null>(null);
  detailError = $state<string | null>(null);
  private detailSeq = 0;

  /** The last task deleted, offered for undo in its checklist. */
  deleted = $state<{ directiveId: number; taskId: number; text: string; seq: number } | null>(null);
  private deletedSeq = 0;

  setGroup(g: GroupBy): void {
    this.groupBy = g;
    remember(GROUP_KEY, g);
  }

  setSort(s: RegistrySort): void {
    this.sort = s;
    remember(SORT_KEY, s);
  }

  /** Loads the directives the filter lets through (a newer call wins). */
  async load(filter: DirectiveFilter): Promise<void> {
    const seq = ++this.listSeq;
    this.loading = true;
    try {
      const items = await api.listDirectives(filter);
      if (seq !== this.listSeq) return;
      this.items = items;
      this.error = null;
    } catch (e) {
      if (seq !== this.listSeq) return;
      this.error = api.toApiError(e).message;
    } finally {
      if (seq === this.listSeq) this.loading = false;
    }
  }

  visible: LibraryDirective[] = $derived.by(() => {
    const all = this.items ?? [];
    return this.concreteOnly ? all.filter((d) => d.concrete) : all;
  });

  groups: Group[] = $derived(groupDirectives(this.visible, this.groupBy, this.sort));

  // ---- the panel ----

  select(id: number | null): void {
    if (this.selectedId !== id) {
      this.detail = null;
      this.detailError = null;
    }
    this.selectedId = id;
    if (id !== null) void this.loadDetail(id);
  }

  /** Opens directive `id` in the registry's panel, from any view. */
  show(id: number): void {
    this.select(id);
    if (app.view !== 'directives') app.setView('directives');
  }

  async loadDetail(id: number): Promise<void> {
    const seq = ++this.detailSeq;
    try {
      const d = await api.directiveDetail(id);
      if (seq !== this.detailSeq || this.selectedId !== id) return;
      this.detail = d;
      this.detailError = null;
    } catch (e) {
      if (seq !== this.detailSeq) return;
      const err = api.toApiError(e);
      this.detailError = err.message;
      if (err.code === 'not_found') {
        this.selectedId = null;
        this.detail = null;
      }
    }
  }

  /** After a change: the panel and every list reload. */
  private async changed(id: number): Promise<void> {
    await this.loadDetail(id);
    app.changed();
  }

  /** Replaces one directive in the list and the panel (answers of update commands). */
  private put(d: LibraryDirective): void {
    if (this.items) this.items = this.items.map((x) => (x.id === d.id ? d : x));
    if (this.detail && this.detail.directive.id === d.id) this.detail = { ...this.detail, directive: d };
  }

  /** Runs a change; returns the error (nothing is lost: the caller keeps what was typed). */
  private async run(id: number, work: () => Promise<unknown>): Promise<SaveError | null> {
    try {
      await work();
    } catch (e) {
      const err = api.toApiError(e);
      // Still reload: part of the change may have been made elsewhere.
      void this.loadDetail(id);
      return { code: err.code, message: err.message };
    }
    await this.changed(id);
    return null;
  }

  update(id: number, update: DirectiveUpdate): Promise<SaveError | null> {
    return this.run(id, async () => this.put(await api.updateDirective(id, update)));
  }

  confirm(id: number): Promise<SaveError | null> {
    return this.run(id, async () => this.put(await api.confirmDirective(id)));
  }

  reject(id: number): Promise<SaveError | null> {
    return this.run(id, async () => this.put(await api.rejectDirective(id)));
  }

  restore(id: number): Promise<SaveError | null> {
    return this.run(id, async () => this.put(await api.restoreDirective(id)));
  }

  // ---- checklist ----

  private setTasks(id: number, tasks: FollowupTask[]): void {
    if (!this.detail || this.detail.directive.id !== id) return;
    const progress = { done: tasks.filter((x) => x.done).length, total: tasks.length };
    const directive = { ...this.detail.directive, followUp: { ...this.detail.directive.followUp, progress } };
    this.detail = { ...this.detail, directive, tasks };
    if (this.items) {
      this.items = this.items.map((x) => (x.id === id ? { ...x, followUp: { ...x.followUp, progress } } : x));
    }
  }

  addTask(id: number, text: string, due: string | null, owner: string | null): Promise<SaveError | null> {
    return this.run(id, async () => {
      const task = await api.addTask(id, text, due, owner);
      if (this.detail?.directive.id === id) this.setTasks(id, [...this.detail.tasks, task]);
    });
  }

  /** Ticks or unticks at once (progress moves immediately), then saves. */
  setDone(task: FollowupTask, done: boolean): Promise<SaveError | null> {
    const id = task.directiveId;
    if (this.detail?.directive.id === id) {
      this.setTasks(id, this.detail.tasks.map((x) => (x.id === task.id ? { ...x, done } : x)));
    }
    return this.run(id, () => api.updateTask(task.id, { done }));
  }

  editTask(task: FollowupTask, update: TaskUpdate): Promise<SaveError | null> {
    return this.run(task.directiveId, () => api.updateTask(task.id, update));
  }

  /** Moves a task to `index` at once, then saves. */
  moveTask(task: FollowupTask, index: number): Promise<SaveError | null> {
    const id = task.directiveId;
    if (this.detail?.directive.id === id) {
      const list = this.detail.tasks.filter((x) => x.id !== task.id);
      list.splice(Math.max(0, Math.min(list.length, index)), 0, task);
      this.setTasks(id, list.map((x, i) => ({ ...x, position: i })));
    }
    return this.run(id, async () => {
      const tasks = await api.moveTask(task.id, index);
      this.setTasks(id, tasks);
    });
  }

  deleteTask(task: FollowupTask): Promise<SaveError | null> {
    const id = task.directiveId;
    if (this.detail?.directive.id === id) this.setTasks(id, this.detail.tasks.filter((x) => x.id !== task.id));
    return this.run(id, async () => {
      await api.deleteTask(task.id);
      this.deleted = { directiveId: id, taskId: task.id, text: task.text, seq: ++this.deletedSeq };
    });
  }

  dismissDeleted(seq: number): void {
    if (this.deleted?.seq === seq) this.deleted = null;
  }

  /** Undoes the directive's newest change; tells the user what was undone. */
  async undo(id: number): Promise<void> {
    try {
      const entry = await api.undoLast(id);
      this.deleted = null;
      if (!entry) app.notify(t('hiNothing'));
    } catch (e) {
      app.fail(e);
    }
    await this.changed(id);
  }
}

export const registry = new Registry();
