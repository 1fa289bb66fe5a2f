import type { LetterLanguage } from '../types';
import type { RulePack } from './types';

// One chunk per language: the panel fetches the rules of the letter language it shows, not all five
// (rule-packs.ts imports them all, for the options page and the tests).
const BUILDERS: Readonly<Record<LetterLanguage, () => Promise<() => RulePack>>> = {
  en: async () => (await import('./rules-en')).buildEnRules,
  ne: async () => (await import('./rules-ne')).buildNeRules,
  ur: async () => (await import('./rules-ur')).buildUrRules,
  sl: async () => (await import('./rules-sl')).buildSlRules,
  ms: async () => (await import('./rules-ms')).buildMsRules,
};

const loading = new Map<LetterLanguage, Promise<RulePack>>();

/** The tone rule pack of a letter language, fetched and compiled (tens of milliseconds) once. */
export function loadRulePack(lang: LetterLanguage): Promise<RulePack> {
  let pack = loading.get(lang);
  if (!pack) {
    pack = BUILDERS[lang]().then((build) => build());
    // A failed fetch (e.g. an extension update replaced the files) may be tried again.
    pack.catch(() => loading.delete(lang));
    loading.set(lang, pack);
  }
  return pack;
}
