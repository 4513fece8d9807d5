// The one typed door to the Rust backend. Nothing else in the UI calls `invoke` or `listen`:
// every command, event, dialog and drag-and-drop hook goes through this module, so a test can
// mock the whole backend by mocking `window.__TAURI_INTERNALS__`.

import { invoke } from '@tauri-apps/api/core';
import { listen, type UnlistenFn } from '@tauri-apps/api/event';
import { getCurrentWebview } from '@tauri-apps/api/webview';
import { open, save } from '@tauri-apps/plugin-dialog';

import type { ApiError } from './bindings/ApiError';
import type { ErrorCode } from './bindings/ErrorCode';
import type { Article } from './bindings/Article';
import type { ArticleSummary } from './bindings/ArticleSummary';
import type { ImportProgress } from './bindings/ImportProgress';
import type { ImportReport } from './bindings/ImportReport';
import type { LibraryStats } from './bindings/LibraryStats';
import type { SearchResults } from './bindings/SearchResults';
import type { ArticleExtraction } from './bindings/ArticleExtraction';
import type { ExtractReport } from './bindings/ExtractReport';
import type { LibraryDirective } from './bindings/LibraryDirective';
import type { LibraryDocument } from './bindings/LibraryDocument';
import type { LibraryEvent } from './bindings/LibraryEvent';
import type { DirectiveDetail } from './bindings/DirectiveDetail';
import type { DirectiveFilter } from './bindings/DirectiveFilter';
import type { DirectiveUpdate } from './bindings/DirectiveUpdate';
import type { DocumentPage } from './bindings/DocumentPage';
import type { FollowupTask } from './bindings/FollowupTask';
import type { HistoryEntry } from './bindings/HistoryEntry';
import type { Preferences } from './bindings/Preferences';
import type { ReviewCursor } from './bindings/ReviewCursor';
import type { ReviewPage } from './bindings/ReviewPage';
import type { Span } from './bindings/Span';
import type { TaskUpdate } from './bindings/TaskUpdate';
import type { TimelineItem } from './bindings/TimelineItem';
import type { Upcoming } from './bindings/Upcoming';
import type { UpcomingItem } from './bindings/UpcomingItem';
import type { BriefingExport } from './bindings/BriefingExport';
import type { BriefingOptions } from './bindings/BriefingOptions';
import type { BriefingPreview } from './bindings/BriefingPreview';
import {
  isPermissionGranted as notificationAllowed,
  requestPermission as askNotificationPermission,
  sendNotification,
} from '@tauri-apps/plugin-notification';

export type { ApiError, Article, ArticleSummary, ImportProgress, ImportReport, LibraryStats, SearchResults };
export type { ArticleExtraction, ExtractReport, LibraryDirective, LibraryDocument, LibraryEvent };
export type { DocKind } from './bindings/DocKind';
export type { ErrorCode };
export type { DocumentMention } from './bindings/DocumentMention';
export type { DocumentRef } from './bindings/DocumentRef';
export type { EventSource } from './bindings/EventSource';
export type { ItemState } from './bindings/ItemState';
export type { Span };
export type { DirectiveDetail, DirectiveFilter, DirectiveUpdate, DocumentPage, FollowupTask, HistoryEntry };
export type { Preferences, TaskUpdate, TimelineItem, Upcoming, UpcomingItem };
export type { ReviewCursor, ReviewPage };
export type { DirectiveStatus } from './bindings/DirectiveStatus';
export type { DocumentEntry } from './bindings/DocumentEntry';
export type { DocumentEntryKind } from './bindings/DocumentEntryKind';
export type { DueDate } from './bindings/DueDate';
export type { DuePrecision } from './bindings/DuePrecision';
export type { DueState } from './bindings/DueState';
export type { DueWindow } from './bindings/DueWindow';
export type { FieldChange } from './bindings/FieldChange';
export type { FollowUp } from './bindings/FollowUp';
export type { Priority } from './bindings/Priority';
export type { Progress } from './bindings/Progress';
export type { TimelineKind } from './bindings/TimelineKind';
export type { ImportFileResult } from './bindings/ImportFileResult';
export type { ImportStatus } from './bindings/ImportStatus';
export type { SearchHit } from './bindings/SearchHit';
export type { Segment } from './bindings/Segment';
export type { BriefingExport, BriefingOptions, BriefingPreview };
export type { Briefing } from './bindings/Briefing';
export type { BriefingFormat } from './bindings/BriefingFormat';
export type { BriefingLang } from './bindings/BriefingLang';
export type { BriefingSummary } from './bindings/BriefingSummary';
export type { BriefDirective } from './bindings/BriefDirective';
export type { BriefDocument } from './bindings/BriefDocument';
export type { BriefEvent } from './bindings/BriefEvent';
export type { BriefFilter } from './bindings/BriefFilter';
export type { BriefNote } from './bindings/BriefNote';
export type { BriefSource } from './bindings/BriefSource';
export type { Labels } from './bindings/Labels';

/** The event the backend emits while `import_paths` runs. */
export const IMPORT_PROGRESS_EVENT = 'import-progress';

/** File extensions offered by the "Import files…" picker. */
export const IMPORT_EXTENSIONS = ['txt', 'md'];

/** Thrown by every function here when the backend (or the bridge to it) fails. */
export class BackendError extends Error implements ApiError {
  readonly code: ErrorCode;
  constructor(code: ErrorCode, message: string) {
    super(message);
    this.name = 'BackendError';
    this.code = code;
  }
}

/** Turns whatever a rejected promise carried into a typed ApiError. */
export function toApiError(raw: unknown): BackendError {
  if (raw instanceof BackendError) return raw;
  if (typeof raw === 'string') return new BackendError('unknown', raw);
  if (raw && typeof raw === 'object') {
    const o = raw as Record<string, unknown>;
    // The backend serializes an ErrorCode; anything else is a bridge failure.
    const code = typeof o.code === 'string' && o.code ? (o.code as ErrorCode) : 'unknown';
    const message =
      typeof o.message === 'string' ? o.message : raw instanceof Error ? raw.message : JSON.stringify(raw);
    return new BackendError(code, message);
  }
  return new BackendError('unknown', String(raw));
}

async function call<T>(cmd: string, args: Record<string, unknown> = {}): Promise<T> {
  try {
    return await invoke<T>(cmd, args);
  } catch (e) {
    throw toApiError(e);
  }
}

export function libraryStats(): Promise<LibraryStats> {
  return call<LibraryStats>('library_stats');
}

/** Newest first, undated last. */
export function listArticles(): Promise<ArticleSummary[]> {
  return call<ArticleSummary[]>('list_articles');
}

export function getArticle(id: number): Promise<Article> {
  return call<Article>('get_article', { id });
}

export function searchArticles(query: string, limit: number): Promise<SearchResults> {
  return call<SearchResults>('search_articles', { query, limit });
}

/** Imports files and folders; progress arrives through `onImportProgress`. */
export function importPaths(paths: string[], date: string | null = null): Promise<ImportReport> {
  return call<ImportReport>('import_paths', { paths, date });
}

export async function deleteArticle(id: number): Promise<void> {
  await call<null>('delete_article', { id });
}

/** Returns how many sample articles were removed. */
export function removeSamples(): Promise<number> {
  return call<number>('remove_samples');
}

/** `date` is "YYYY-MM-DD". */
export function setArticleDate(id: number, date: string): Promise<ArticleSummary> {
  return call<ArticleSummary>('set_article_date', { id, date });
}

// ---- Extraction: documents, directives and events ----------------------------------------
// Spans count Unicode code points of `Article.body` (see ./library/highlights.ts), not UTF-16
// units.

/** What the reader highlights in one article. */
export function articleExtraction(id: number): Promise<ArticleExtraction> {
  return call<ArticleExtraction>('article_extraction', { id });
}

/** The document registry, with mention, article and directive counts. */
export function listDocuments(): Promise<LibraryDocument[]> {
  return call<LibraryDocument[]>('list_documents');
}

/** Directives narrowed by a filter (none: every directive not rejected), newest article first. */
export function listDirectives(filter: DirectiveFilter | null = null): Promise<LibraryDirective[]> {
  return call<LibraryDirective[]>('list_directives', { filter });
}

/** Events merged across the articles that report them. */
export function listEvents(): Promise<LibraryEvent[]> {
  return call<LibraryEvent[]>('list_events');
}

/** Runs extraction again over the whole library; the user's items are kept. */
export function reextractAll(): Promise<ExtractReport> {
  return call<ExtractReport>('reextract_all');
}

// ---- Follow-up workspace: directives, checklists, history --------------------------------
// Due dates are "YYYY-MM-DD", "YYYY-MM", "YYYY-Qn" or "YYYY"; an empty string clears one.
// A bad one is refused with code "invalid_date".

/** A directive with its checklist and history (newest first). */
export function directiveDetail(id: number): Promise<DirectiveDetail> {
  return call<DirectiveDetail>('directive_detail', { id });
}

/** Changes fields and follow-up (status, owner, priority, tags, notes, due, …). */
export function updateDirective(id: number, update: DirectiveUpdate): Promise<LibraryDirective> {
  return call<LibraryDirective>('update_directive', { id, update });
}

export function confirmDirective(id: number): Promise<LibraryDirective> {
  return call<LibraryDirective>('confirm_directive', { id });
}

/** Hides a directive (kept; `restoreDirective` or undo brings it back). */
export function rejectDirective(id: number): Promise<LibraryDirective> {
  return call<LibraryDirective>('reject_directive', { id });
}

export function restoreDirective(id: number): Promise<LibraryDirective> {
  return call<LibraryDirective>('restore_directive', { id });
}

/**
 * A page of the review queue: untouched machine-made directives, least confident first,
 * with how many wait in all. `after` is the previous page's `next` (null: the first page).
 */
export function reviewQueue(after: ReviewCursor | null, limit: number): Promise<ReviewPage> {
  return call<ReviewPage>('review_queue', { after, limit });
}

/** A directive added by hand for a selection (code-point span) of an article. */
export function addDirective(
  articleId: number,
  span: Span,
  action: string,
  assignee: string | null = null,
  due: string | null = null,
): Promise<LibraryDirective> {
  return call<LibraryDirective>('add_directive', { articleId, span, assignee, action, due });
}

export function addTask(
  directiveId: number,
  text: string,
  due: string | null = null,
  owner: string | null = null,
): Promise<FollowupTask> {
  return call<FollowupTask>('add_task', { directiveId, text, due, owner });
}

/** Edits, ticks or unticks a task. */
export function updateTask(id: number, update: TaskUpdate): Promise<FollowupTask> {
  return call<FollowupTask>('update_task', { id, update });
}

/** Moves a task to `index` (0-based) in its checklist; returns the checklist in order. */
export function moveTask(id: number, index: number): Promise<FollowupTask[]> {
  return call<FollowupTask[]>('move_task', { id, index });
}

/** Deletes a task; `undoLast` brings it back. */
export async function deleteTask(id: number): Promise<void> {
  await call<null>('delete_task', { id });
}

/** Undoes the newest change of a directive (or of the whole library); null when none is left. */
export function undoLast(directiveId: number | null = null): Promise<HistoryEntry | null> {
  return call<HistoryEntry | null>('undo_last', { directiveId });
}

/** Overdue items and items due within `days` days (default 30). */
export function upcoming(days: number | null = null): Promise<Upcoming> {
  return call<Upcoming>('upcoming', { days });
}

/** A policy document with its mentions, directives and events in date order. */
export function documentPage(id: number): Promise<DocumentPage> {
  return call<DocumentPage>('document_page', { id });
}

/** Timeline items; the filter is the registry's (it narrows directives and tasks). */
export function timeline(filter: DirectiveFilter | null = null): Promise<TimelineItem[]> {
  return call<TimelineItem[]>('timeline', { filter });
}

/** Every tag in use, most used first. */
export function listTags(): Promise<string[]> {
  return call<string[]>('list_tags');
}

export function getPreferences(): Promise<Preferences> {
  return call<Preferences>('get_preferences');
}

export function setPreferences(preferences: Preferences): Promise<Preferences> {
  return call<Preferences>('set_preferences', { preferences });
}

/** Items falling due that were not announced yet (each is returned once). */
export function takeDueAlerts(): Promise<UpcomingItem[]> {
  return call<UpcomingItem[]>('take_due_alerts');
}

// ---- Briefings ------------------------------------------------------------------------
// Periods are "YYYY-MM-DD"; a bad one (or a start after the end) is refused with code
// "invalid_input" and a message that says which.

/** The briefing of a period and scope, worded in its language, with the words it prints. */
export function briefing(options: BriefingOptions): Promise<BriefingPreview> {
  return call<BriefingPreview>('briefing', { options });
}

/**
 * Writes the briefing to `path` as PDF, HTML or Markdown, by the file's extension (another
 * extension is refused with "invalid_input", naming the file).
 */
export function exportBriefing(options: BriefingOptions, path: string): Promise<BriefingExport> {
  return call<BriefingExport>('export_briefing', { options, path });
}

/** Asks the user where to save a file; null when cancelled. */
export async function pickSavePath(defaultPath: string, filterName: string, extensions: string[]): Promise<string | null> {
  try {
    const picked = await save({ defaultPath, filters: [{ name: filterName, extensions }] });
    return typeof picked === 'string' && picked ? picked : null;
  } catch (e) {
    throw toApiError(e);
  }
}

/** Asks the system for permission to show notifications; true when granted. */
export async function allowNotifications(): Promise<boolean> {
  try {
    if (await notificationAllowed()) return true;
    return (await askNotificationPermission()) === 'granted';
  } catch (e) {
    throw toApiError(e);
  }
}

/** Shows a desktop notification (the user opted in). */
export function notify(title: string, body: string): void {
  sendNotification({ title, body });
}

export async function onImportProgress(handler: (p: ImportProgress) => void): Promise<UnlistenFn> {
  try {
    return await listen<ImportProgress>(IMPORT_PROGRESS_EVENT, (e) => handler(e.payload));
  } catch (e) {
    throw toApiError(e);
  }
}

/** Asks the user for text files; returns [] when cancelled. */
export async function pickFiles(filterName: string): Promise<string[]> {
  try {
    const picked = await open({
      multiple: true,
      directory: false,
      filters: [{ name: filterName, extensions: IMPORT_EXTENSIONS }],
    });
    return normalisePicked(picked);
  } catch (e) {
    throw toApiError(e);
  }
}

/** Asks the user for one or more folders; returns [] when cancelled. */
export async function pickFolders(): Promise<string[]> {
  try {
    const picked = await open({ multiple: true, directory: true });
    return normalisePicked(picked);
  } catch (e) {
    throw toApiError(e);
  }
}

function normalisePicked(picked: unknown): string[] {
  if (picked == null) return [];
  if (typeof picked === 'string') return [picked];
  if (Array.isArray(picked)) return picked.filter((p): p is string => typeof p === 'string');
  return [];
}

export type DragDrop =
  | { type: 'enter'; paths: string[] }
  | { type: 'over' }
  | { type: 'drop'; paths: string[] }
  | { type: 'leave' };

/** Files dragged over / dropped on the window (native drag-and-drop, real paths). */
export async function onFileDragDrop(handler: (e: DragDrop) => void): Promise<UnlistenFn> {
  try {
    return await getCurrentWebview().onDragDropEvent((event) => {
      const p = event.payload;
      switch (p.type) {
        case 'enter':
          handler({ type: 'enter', paths: p.paths ?? [] });
          break;
        case 'over':
          handler({ type: 'over' });
          break;
        case 'drop':
          handler({ type: 'drop', paths: p.paths ?? [] });
          break;
        default:
          handler({ type: 'leave' });
      }
    });
  } catch (e) {
    throw toApiError(e);
  }
}

/** True when running inside Tauri (or a test that mocks it). */
export function backendAvailable(): boolean {
  return typeof window !== 'undefined' && '__TAURI_INTERNALS__' in window;
}
