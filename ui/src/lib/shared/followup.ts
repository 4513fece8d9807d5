// Words for the follow-up workspace: statuses, priorities, due states, due windows, and a
// directive's history in sentences ("status: new → tracking"). Pure helpers, no state.

import type { DirectiveStatus, DueState, DueWindow, FieldChange, HistoryEntry, Priority } from '../api';
import { i18n, t, type MessageKey } from './i18n/index.svelte';
import { formatDue } from './format';

export const STATUS_LABELS: Record<DirectiveStatus, MessageKey> = {
  new: 'statusNew',
  tracking: 'statusTracking',
  'in-progress': 'statusInProgress',
  done: 'statusDone',
  dropped: 'statusDropped',
};

export const PRIORITIES: readonly Priority[] = ['low', 'normal', 'high'];

export const PRIORITY_LABELS: Record<Priority, MessageKey> = {
  low: 'priorityLow',
  normal: 'priorityNormal',
  high: 'priorityHigh',
};

export function statusLabel(s: DirectiveStatus): string {
  return t(STATUS_LABELS[s] ?? 'statusNew');
}

/** The badge a due state earns ("Quá hạn", "Sắp đến hạn"), or null. */
export function dueBadge(state: DueState): { kind: 'overdue' | 'soon'; label: string } | null {
  if (state === 'overdue') return { kind: 'overdue', label: t('badgeOverdue') };
  if (state === 'soon') return { kind: 'soon', label: t('badgeSoon') };
  return null;
}

/** The due windows the filter offers, in order. */
export const DUE_WINDOWS: ReadonlyArray<{ id: string; window: DueWindow; label: MessageKey }> = [
  { id: 'overdue', window: { kind: 'overdue' }, label: 'dueOverdue' },
  { id: 'week', window: { kind: 'within', days: 7 }, label: 'dueWeek' },
  { id: 'month', window: { kind: 'within', days: 30 }, label: 'dueMonth' },
  { id: 'undated', window: { kind: 'undated' }, label: 'dueUndated' },
];

export function sameWindow(a: DueWindow | undefined, b: DueWindow | undefined): boolean {
  if (!a || !b) return a === b;
  if (a.kind !== b.kind) return false;
  const da = 'days' in a ? a.days : null;
  const db = 'days' in b ? b.days : null;
  return da === db;
}

// ---- history ----------------------------------------------------------------------------

const ACTION_LABELS: Record<string, MessageKey> = {
  add: 'hiAdd',
  edit: 'hiEdit',
  confirm: 'hiConfirm',
  reject: 'hiReject',
  restore: 'hiRestore',
  'task-add': 'hiTaskAdd',
  'task-edit': 'hiTaskEdit',
  'task-done': 'hiTaskDone',
  'task-undone': 'hiTaskUndone',
  'task-move': 'hiTaskMove',
  'task-delete': 'hiTaskDelete',
  undo: 'hiUndoAction',
};

const FIELD_LABELS: Record<string, MessageKey> = {
  assignee: 'hfAssignee',
  action: 'hfAction',
  due: 'hfDue',
  concrete: 'hfConcrete',
  state: 'hfState',
  status: 'hfStatus',
  owner: 'hfOwner',
  priority: 'hfPriority',
  notes: 'hfNotes',
  tags: 'hfTags',
  text: 'hfText',
  done: 'hfDone',
  deleted: 'hfDeleted',
  order: 'hfOrder',
};

const STATE_WORDS: Record<string, MessageKey> = {
  machine: 'stateMachine',
  confirmed: 'stateConfirmed',
  edited: 'stateEdited',
  rejected: 'stateRejected',
  manual: 'stateManual',
};

export function historyAction(action: string): string {
  const key = ACTION_LABELS[action];
  return key ? t(key) : action;
}

export function fieldLabel(field: string): string {
  const key = FIELD_LABELS[field];
  return key ? t(key) : field;
}

/** A recorded value in words: localized statuses, priorities, states, dates and yes/no. */
export function fieldValue(field: string, value: string | null): string {
  if (value == null || value === '') return t('hiEmptyValue');
  if (field === 'status' && value in STATUS_LABELS) return statusLabel(value as DirectiveStatus);
  if (field === 'priority' && value in PRIORITY_LABELS) return t(PRIORITY_LABELS[value as Priority]);
  if (field === 'state' && value in STATE_WORDS) return t(STATE_WORDS[value] as MessageKey);
  if (field === 'due') return formatDue(value, i18n.lang);
  if (value === 'true') return t('hiYes');
  if (value === 'false') return t('hiNo');
  return value;
}

/** The changes worth listing (a deletion is told by the action itself). */
export function shownChanges(h: HistoryEntry): FieldChange[] {
  return h.changes.filter((c) => !(h.action === 'task-delete' && c.field === 'deleted'));
}

/** Cuts a long value for one history line. */
export function clip(s: string, n = 80): string {
  const chars = Array.from(s);
  return chars.length > n ? chars.slice(0, n - 1).join('') + '…' : s;
}
