// Desktop notifications for items falling due — opt-in. The setting is the backend's
// `Preferences.notifications`; turning it on first asks the system for permission. While on,
// the app asks the backend for new due alerts at start and every 10 minutes
// (`takeDueAlerts` returns each item once) and shows them: one notification per item, or a
// single summary when there are more than MAX_SINGLE.

import * as api from '../api';
import type { Preferences, UpcomingItem } from '../api';
import { formatDue } from '../shared/format';
import { i18n, t } from '../shared/i18n/index.svelte';

export const ALERT_INTERVAL_MS = 10 * 60 * 1000;
/** More alerts than this at once become one summary notification. */
export const MAX_SINGLE = 3;

/** The title and body of the notifications for `items` (localized). */
export function alertMessages(items: UpcomingItem[]): Array<{ title: string; body: string }> {
  if (items.length === 0) return [];
  if (items.length > MAX_SINGLE) {
    const overdue = items.filter((i) => i.dueState === 'overdue').length;
    return [
      {
        title: t('ntfSummaryTitle', { n: items.length }),
        body: t('ntfSummaryBody', { overdue, soon: items.length - overdue }),
      },
    ];
  }
  return items.map((i) => {
    const due = formatDue(i.due.value, i18n.lang);
    const who = i.task?.owner || i.directive.assignee || t('upNoAssignee');
    return {
      title: t(i.dueState === 'overdue' ? 'ntfOverdue' : 'ntfDue', { due, who }),
      body: i.task ? `${i.task.text} — ${i.directive.action}` : i.directive.action,
    };
  });
}

class DueAlerts {
  /** The saved setting (false until loaded). */
  enabled = $state(false);
  loaded = $state(false);
  /** True while the setting is being changed (permission prompt, saving). */
  busy = $state(false);
  /** Why the last change did not happen (permission refused, save failed), or null. */
  problem = $state<string | null>(null);

  private prefs: Preferences = { notifications: false };
  private timer: ReturnType<typeof setInterval> | null = null;
  private started = false;
  private checking = false;

  /** Loads the setting; while on, checks now and every 10 minutes. Called once at app start. */
  start(): void {
    if (this.started) return;
    this.started = true;
    void (async () => {
      try {
        this.prefs = await api.getPreferences();
        this.enabled = this.prefs.notifications;
      } catch (e) {
        console.warn('Briefdesk: could not read preferences', e);
      } finally {
        this.loaded = true;
      }
      if (this.enabled && this.started) this.run();
    })();
  }

  stop(): void {
    this.started = false;
    this.halt();
  }

  /** Turns notifications on (after the system allows them) or off, and saves the setting. */
  async setEnabled(on: boolean): Promise<void> {
    if (this.busy) return;
    this.busy = true;
    this.problem = null;
    try {
      if (on) {
        let allowed = false;
        try {
          allowed = await api.allowNotifications();
        } catch (e) {
          console.warn('Briefdesk: notification permission', e);
        }
        if (!allowed) {
          this.enabled = false;
          this.problem = t('upNotifyDenied');
          return;
        }
      }
      this.prefs = await api.setPreferences({ ...this.prefs, notifications: on });
      this.enabled = this.prefs.notifications;
      if (this.enabled) this.run();
      else this.halt();
    } catch (e) {
      this.problem = t('upNotifyFailed', { message: api.toApiError(e).message });
    } finally {
      this.busy = false;
    }
  }

  /** Asks for new alerts and shows them (nothing when off). */
  async check(): Promise<void> {
    if (!this.enabled || this.checking) return;
    this.checking = true;
    try {
      const items = await api.takeDueAlerts();
      if (!this.enabled) return;
      for (const m of alertMessages(items)) api.notify(m.title, m.body);
    } catch (e) {
      console.warn('Briefdesk: due alerts', e);
    } finally {
      this.checking = false;
    }
  }

  private run(): void {
    void this.check();
    if (!this.timer) this.timer = setInterval(() => void this.check(), ALERT_INTERVAL_MS);
  }

  private halt(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }
}

export const dueAlerts = new DueAlerts();
