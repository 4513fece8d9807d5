// English. Typed against vi.ts: every key there must be here, and no other.

import type { Messages } from './vi';

export const en: Messages = {
  appName: 'Briefdesk',
  appTagline: 'A news library for policy analysis',

  // Header
  searchPlaceholder: 'Search the library…',
  searchLabel: 'Search',
  searchShortcut: 'Ctrl K',
  searchClear: 'Clear search',
  importFiles: 'Import files…',
  importFolder: 'Import folder…',
  language: 'Language',
  languageSwitchTo: 'Switch to Vietnamese',
  themeLabel: 'Theme',
  themeSystem: 'Theme: follow system',
  themeLight: 'Theme: light',
  themeDark: 'Theme: dark',

  // Library list
  library: 'Library',
  statsArticles: '{n} article|{n} articles',
  statsNeedingDate: '{n} needs a date|{n} need a date',
  statsSamples: '{n} sample|{n} samples',
  needsDate: 'Needs date',
  sample: 'Sample',
  removeSamples: 'Remove samples',
  listLabel: 'Articles',
  loading: 'Loading…',

  // Search results
  results: '{n} result|{n} results',
  resultsShown: 'showing the first {shown}',
  searching: 'Searching…',
  noResults: 'No articles match “{q}”.',
  noResultsHint: 'Try a shorter query, or type without diacritics.',
  searchFailed: 'The search failed.',
  exactMatch: 'Exact',
  exactMatchHint: 'Matches the Vietnamese diacritics exactly as typed',
  resultsLabel: 'Search results',

  // Empty library
  libraryErrorTitle: 'The library could not be opened',
  libraryErrorBody: 'Briefdesk could not open the library file and changed nothing in it. Details:',
  emptyTitle: 'Your library is empty',
  emptyBody:
    'Import news articles as text files (.txt, .md) to read them, search them and date them. Everything stays on this computer.',
  emptyDrop: 'or drop files and folders onto the window',
  dropOverlay: 'Drop files to import them',
  dropOverlayHint: '.txt and .md files, or whole folders',

  // Reader
  readerEmpty: 'Select an article to read',
  readerEmptyHint: 'Use ↑ ↓ to move through the list and Enter to open.',
  readerLoading: 'Opening the article…',
  published: 'Published',
  noDate: 'No date',
  sourceFile: 'Source file',
  importedAt: 'Imported',
  chars: '{n} character|{n} characters',
  setDate: 'Set date',
  changeDate: 'Change date',
  dateInputLabel: 'Publication date',
  save: 'Save',
  cancel: 'Cancel',
  remove: 'Remove',
  needsDateTitle: 'This article has no publication date',
  needsDateBody: 'Set one so it sorts correctly in the library.',
  monthOnly: 'Only the month is known — you can set the exact day.',
  dateSaved: 'Date set to {date}.',
  confirmRemoveTitle: 'Remove this article from the library?',
  confirmRemoveBody: '“{title}” will be removed from the library. The original file on disk is not touched.',
  confirmRemoveSamplesTitle: 'Remove the samples?',
  confirmRemoveSamplesBody: 'The {n} sample article that came with the app will be removed from the library.|The {n} sample articles that came with the app will be removed from the library.',
  articleRemoved: 'Article removed.',
  samplesRemoved: 'Removed {n} sample.|Removed {n} samples.',
  highlightNote: 'Highlighting “{q}”',

  // Import
  importTitle: 'Import articles',
  importPreparing: 'Preparing…',
  importProgress: 'Importing {done} of {total}',
  importDone: 'Import finished',
  importSummary: '{imported} imported, {duplicates} already present, {failed} failed',
  statusImported: 'Imported',
  statusDuplicate: 'Already in library',
  statusFailed: 'Failed',
  importNeedsDate: 'Needs date',
  importOpen: 'Open',
  importNothing: 'No files were imported.',
  close: 'Close',
  fileFilterName: 'Text',

  // Import failure reasons (ImportFileResult.code)
  failNotUtf8: 'Not UTF-8 text',
  failEmpty: 'Empty file',
  failTooLarge: 'File too large',
  failNotFound: 'File not found',
  failUnreadable: 'Cannot read the file',

  // Errors (ApiError.code)
  errorTitle: 'Error',
  errNotFound: 'This article could not be found — it may have been removed.',
  errInvalidDate: 'That date is not valid. Please pick a real calendar date.',
  errNewerLibrary:
    'This library was created by a newer version of Briefdesk. Please update the app to open it.',
  errNoBackend: 'Could not reach the app’s backend.',
  errGeneric: 'Something went wrong: {message}',
  dismiss: 'Dismiss',
};
