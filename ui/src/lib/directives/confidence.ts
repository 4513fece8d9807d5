// How sure the machine was of a directive it made (0..1, from the backend's
// extract::confidence), in three bands for a badge. On the shared dev set (`make
// calibrate`) about 93% of the directives from 0.75 up were right, against about 70% below
// it: "high" is worth trusting, "low" and "medium" are worth a look.

import { t, type MessageKey } from '../shared/i18n/index.svelte';

export type ConfidenceBand = 'low' | 'medium' | 'high';

export const LOW_BELOW = 0.5;
export const HIGH_FROM = 0.75;

export function confidenceBand(c: number | null | undefined): ConfidenceBand | null {
  if (c === null || c === undefined || Number.isNaN(c)) return null;
  return c < LOW_BELOW ? 'low' : c < HIGH_FROM ? 'medium' : 'high';
}

const LABELS: Record<ConfidenceBand, MessageKey> = { low: 'confLow', medium: 'confMedium', high: 'confHigh' };

export function confidenceLabel(band: ConfidenceBand): string {
  return t(LABELS[band]);
}

/** "Độ chắc chắn của máy: 42%" */
export function confidenceTitle(c: number): string {
  return t('confTitle', { pct: Math.round(c * 100) });
}
