/**
 * The one place that imports webextension-polyfill: it is frozen upstream, and where the browser
 * already has a promise-based `browser` (Firefox, Chrome 148+) it hands that back untouched.
 */
import browser from 'webextension-polyfill';

export { browser };
export type { Browser, Runtime, Storage } from 'webextension-polyfill';
