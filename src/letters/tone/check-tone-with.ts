import type { LetterLanguage } from '../types';
import { normalise } from './normalise';
import type { RulePack, ToneFinding, ToneOptions, ToneRule } from './types';

// The check itself, without the rule packs: the panel gives it the one pack it fetched (load-rule-pack.ts).

/** `checkTone` with an explicit rule pack. */
export function checkToneWith(pack: RulePack, text: string, options: ToneOptions = {}): ToneFinding[] {
  const normalised = normalise(text, pack.lang);
  const findings: ToneFinding[] = [];
  for (const rule of pack.rules) {
    if (options.finalStage === true && rule.allowedInFinalStage === true) continue;
    if (rule.unlessTicked !== undefined && options[rule.unlessTicked] === true) continue;
    if (rule.missing !== undefined) {
      const finding = missingFinding(rule, normalised.text, text, options);
      if (finding) findings.push(finding);
      continue;
    }
    for (const match of normalised.text.matchAll(globalPattern(rule))) {
      if (match[0].length === 0) continue;
      const start = normalised.toOriginal(match.index);
      const end = normalised.toOriginalEnd(match.index + match[0].length);
      const original = text.slice(start, end);
      findings.push({
        ruleId: rule.id,
        category: rule.category,
        severity: rule.severity,
        start,
        end,
        text: original,
        explanation: rule.explanation,
        rewrite: matchCase(rewriteFor(rule, match[0]), original, pack.lang),
      });
    }
  }
  findings.sort((a, b) => a.start - b.start || b.end - a.end || a.ruleId.localeCompare(b.ruleId));
  return withoutOverlaps(findings);
}

/** A final notice that lacks what the rule asks for: an empty span before the closing paragraph. */
function missingFinding(rule: ToneRule, normalised: string, text: string, options: ToneOptions): ToneFinding | undefined {
  const notice = options.finalNotice;
  if (notice === undefined || (rule.missing === 'date' && notice.hasDate) || rule.pattern.test(normalised)) return undefined;
  const closing = text.trimEnd().lastIndexOf('\n\n');
  const at = closing < 0 ? text.length : closing + 2;
  return {
    ruleId: rule.id,
    category: rule.category,
    severity: rule.severity,
    start: at,
    end: at,
    text: '',
    explanation: rule.explanation,
    rewrite: closing < 0 ? `${text.trim() === '' ? '' : '\n\n'}${rule.rewrite}` : `${rule.rewrite}\n\n`,
  };
}

const GLOBAL = new WeakMap<ToneRule, RegExp>();

/** A copy of the rule's pattern with the `g` flag, for finding every match. */
function globalPattern(rule: ToneRule): RegExp {
  let pattern = GLOBAL.get(rule);
  if (pattern === undefined) {
    const flags = rule.pattern.flags.includes('g') ? rule.pattern.flags : `${rule.pattern.flags}g`;
    pattern = new RegExp(rule.pattern.source, flags.replace('y', ''));
    GLOBAL.set(rule, pattern);
  }
  pattern.lastIndex = 0;
  return pattern;
}

function rewriteFor(rule: ToneRule, normalisedMatch: string): string {
  return rule.rewrites?.[normalisedMatch.replace(/\s+/gu, ' ')] ?? rule.rewrite;
}

/** Capitalises the rewrite when the flagged text starts with a capital (sentence start). */
function matchCase(rewrite: string, original: string, lang: LetterLanguage): string {
  const first = original.charAt(0);
  const capitalised = first !== first.toLocaleLowerCase(lang) && first === first.toLocaleUpperCase(lang);
  if (!capitalised) return rewrite;
  const [head = '', ...rest] = rewrite;
  return head.toLocaleUpperCase(lang) + rest.join('');
}

/** Drops a finding that repeats or overlaps an earlier finding of the same rule. */
function withoutOverlaps(sorted: readonly ToneFinding[]): ToneFinding[] {
  const lastEnd = new Map<string, number>();
  const kept: ToneFinding[] = [];
  for (const finding of sorted) {
    const previousEnd = lastEnd.get(finding.ruleId);
    if (previousEnd !== undefined && finding.start < previousEnd) continue;
    lastEnd.set(finding.ruleId, finding.end);
    kept.push(finding);
  }
  return kept;
}
