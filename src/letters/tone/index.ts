export { checkTone } from './check-tone';
export { rulePack } from './rule-packs';
export { FINAL_STAGES, toneOptionsFor } from './tone-options';
export type * from './types';
