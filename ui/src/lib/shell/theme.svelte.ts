// Light/dark theme: follows prefers-color-scheme unless the user picks one; the choice is
// kept in localStorage. The effective theme is always applied as <html data-theme="light|dark">,
// so the stylesheet holds each palette once.

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

const systemDark = typeof matchMedia === 'function' ? matchMedia('(prefers-color-scheme: dark)') : null;

export function applyTheme(): void {
  const effective = theme.choice === 'system' ? (systemDark?.matches ? 'dark' : 'light') : theme.choice;
  document.documentElement.dataset.theme = effective;
}

// Follow the system while the choice is "system".
systemDark?.addEventListener('change', () => {
  if (theme.choice === 'system') applyTheme();
});

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
