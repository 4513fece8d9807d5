// Light/dark theme: follows prefers-color-scheme unless the user picks one; the choice is
// kept in localStorage and applied as <html data-theme="light|dark"> (absent = system).

export type ThemeChoice = 'system' | 'light' | 'dark';
export const THEME_STORAGE_KEY = 'briefdesk.theme';

function initialTheme(): ThemeChoice {
  try {
    const saved = localStorage.getItem(THEME_STORAGE_KEY);
    if (saved === 'light' || saved === 'dark' || saved === 'system') return saved;
  } catch {
    // storage unavailable
  }
  return 'system';
}

export const theme = $state<{ choice: ThemeChoice }>({ choice: initialTheme() });

export function applyTheme(): void {
  const root = document.documentElement;
  if (theme.choice === 'system') delete root.dataset.theme;
  else root.dataset.theme = theme.choice;
}

/** system → light → dark → system */
export function cycleTheme(): void {
  const order: ThemeChoice[] = ['system', 'light', 'dark'];
  theme.choice = order[(order.indexOf(theme.choice) + 1) % order.length] ?? 'system';
  try {
    localStorage.setItem(THEME_STORAGE_KEY, theme.choice);
  } catch {
    // not persisted
  }
  applyTheme();
}
