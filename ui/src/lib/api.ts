// The one typed door to the Rust backend. Nothing else in the UI calls `invoke` or `listen`:
// every command, event, dialog and drag-and-drop hook goes through this module, so a test can
// mock the whole backend by mocking `window.__TAURI_INTERNALS__`.

import { invoke } from '@tauri-apps/api/core';
import { listen, type UnlistenFn } from '@tauri-apps/api/event';
import { getCurrentWebview } from '@tauri-apps/api/webview';
import { open } from '@tauri-apps/plugin-dialog';

import type { ApiError } from './bindings/ApiError';
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

export type { ApiError, Article, ArticleSummary, ImportProgress, ImportReport, LibraryStats, SearchResults };
export type { ArticleExtraction, ExtractReport, LibraryDirective, LibraryDocument, LibraryEvent };
export type { DocKind } from './bindings/DocKind';
export type { DocumentMention } from './bindings/DocumentMention';
export type { DocumentRef } from './bindings/DocumentRef';
export type { EventSource } from './bindings/EventSource';
export type { ItemState } from './bindings/ItemState';
export type { Span } from './bindings/Span';
export type { ImportFileResult } from './bindings/ImportFileResult';
export type { ImportStatus } from './bindings/ImportStatus';
export type { SearchHit } from './bindings/SearchHit';
export type { Segment } from './bindings/Segment';

/** The event the backend emits while `import_paths` runs. */
export const IMPORT_PROGRESS_EVENT = 'import-progress';

/** File extensions offered by the "Import files…" picker. */
export const IMPORT_EXTENSIONS = ['txt', 'md'];

/** Thrown by every function here when the backend (or the bridge to it) fails. */
export class BackendError extends Error implements ApiError {
  readonly code: string;
  constructor(code: string, message: string) {
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
    const code = typeof o.code === 'string' && o.code ? o.code : 'unknown';
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
// Spans count Unicode code points of `Article.body` (see ./highlights.ts), not UTF-16 units.

/** What the reader highlights in one article. */
export function articleExtraction(id: number): Promise<ArticleExtraction> {
  return call<ArticleExtraction>('article_extraction', { id });
}

/** The document registry, with mention, article and directive counts. */
export function listDocuments(): Promise<LibraryDocument[]> {
  return call<LibraryDocument[]>('list_documents');
}

/** Every directive that is not rejected, newest article first. */
export function listDirectives(): Promise<LibraryDirective[]> {
  return call<LibraryDirective[]>('list_directives');
}

/** Events merged across the articles that report them. */
export function listEvents(): Promise<LibraryEvent[]> {
  return call<LibraryEvent[]>('list_events');
}

/** Runs extraction again over the whole library; the user's items are kept. */
export function reextractAll(): Promise<ExtractReport> {
  return call<ExtractReport>('reextract_all');
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
