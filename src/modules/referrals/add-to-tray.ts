import { conflict } from '../../platform/errors.js';
import { MAX_RECIPIENTS } from './referrals.types.js';
import { isOnTray, type TrayItem } from './tray.cookie.js';

/**
 * The tray with one more item at its end (pure: the route writes the cookie). An item already on the tray changes
 * nothing. A full tray (MAX_RECIPIENTS, the most one contact request may carry) throws CONFLICT with a way to the
 * tray page, where something can be removed first.
 */
export function addToTray(items: readonly TrayItem[], item: TrayItem): TrayItem[] {
  if (isOnTray(items, item)) return [...items];
  if (items.length >= MAX_RECIPIENTS) {
    throw conflict('tray is full', {
      titleKey: 'tray.error.full.title',
      messageKey: 'tray.error.full',
      params: { max: MAX_RECIPIENTS },
      link: { labelKey: 'tray.error.full.link', path: '/tray' },
    });
  }
  return [...items, item];
}
