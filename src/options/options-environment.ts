import type { StorageAreas } from '../storage/areas';
import type { UserData } from '../storage/user-data';
import type { ShortcutAccess } from './shortcut-settings';

/** What the options page needs from the browser, handed in so tests can give fakes. */
export interface OptionsEnvironment {
  areas: StorageAreas;
  /** Call back with fresh user data whenever storage changes, until the signal aborts. */
  watch(onChange: (data: UserData) => void, signal: AbortSignal): void;
  shortcuts: ShortcutAccess;
}
