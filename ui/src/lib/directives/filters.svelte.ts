// The directive filter shared by the registry (Directives view) and the timeline: narrowing
// one narrows the other. It is sent as is to `api.listDirectives` / `api.timeline`.

import type { DirectiveFilter, DirectiveStatus, DueWindow } from '../api';

/** The statuses in their working order. */
export const STATUSES: readonly DirectiveStatus[] = ['new', 'tracking', 'in-progress', 'done', 'dropped'];

export function emptyFilter(): DirectiveFilter {
  return { statuses: [], tags: [], includeRejected: false };
}

class SharedFilter {
  /** The filter as the backend takes it. */
  value = $state<DirectiveFilter>(emptyFilter());

  /** True when something narrows the list. */
  get active(): boolean {
    const f = this.value;
    return (
      !!f.text?.trim() ||
      f.statuses.length > 0 ||
      f.tags.length > 0 ||
      f.due !== undefined ||
      f.documentId !== undefined ||
      f.assignee !== undefined ||
      f.includeRejected
    );
  }

  set(patch: Partial<DirectiveFilter>): void {
    this.value = { ...this.value, ...patch };
  }

  setDue(due: DueWindow | undefined): void {
    const next = { ...this.value };
    if (due) next.due = due;
    else delete next.due;
    this.value = next;
  }

  clear(): void {
    this.value = emptyFilter();
  }
}

export const sharedFilter = new SharedFilter();
