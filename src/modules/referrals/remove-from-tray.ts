import { sameItem, type TrayItem } from './tray.cookie.js';

/** The tray without the item (pure: the route writes the cookie). Removing what is not there changes nothing. */
export function removeFromTray(items: readonly TrayItem[], item: TrayItem): TrayItem[] {
  return items.filter((x) => !sameItem(x, item));
}
