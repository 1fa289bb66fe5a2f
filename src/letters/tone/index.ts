export { checkTone } from './check-tone';
export { rulePack } from './rule-packs';
export type * from './types';
