export { checkTone } from './check-tone';
export { RULE_PACKS } from './rule-packs';
export type * from './types';
