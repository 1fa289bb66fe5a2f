import type { StorageAreas } from '../storage/areas';
import type { UserData } from '../storage/user-data';
import type { ShortcutAccess } from './shortcut-settings';

/** What the options page needs from the browser, handed in so tests can give fakes. */
export interface OptionsEnvironment {
  areas: StorageAreas;
  /** Call back with fresh user data whenever storage changes, until the signal aborts. */
  watch(onChange: (data: UserData) => void, signal: AbortSignal): void;
  shortcuts: ShortcutAccess;
  siteAccess: SiteAccess;
}

/** Whether Tactful may run on the mail sites (Firefox lets users withdraw it), and asking again. */
export interface SiteAccess {
  granted(): Promise<boolean>;
  /** Must be called from a click: the browser shows its own prompt. */
  request(): Promise<boolean>;
}
