import { checkTone, type ToneFinding } from '../letters/tone';
import type { LetterLanguage, LetterTemplate } from '../letters/types';

export interface TemplateFinding {
  where: 'subject' | 'body';
  finding: ToneFinding;
}

/**
 * The tone check on the letter text itself (not a rendered copy), so each finding points at
 * words the user can change and its rewrite can be applied in place.
 */
export function templateToneFindings(template: LetterTemplate, lang: LetterLanguage, finalStage: boolean): TemplateFinding[] {
  return (['subject', 'body'] as const).flatMap((where) => checkTone(template[where], lang, { finalStage }).map((finding) => ({ where, finding })));
}

/** The template with one finding's rewrite in place of the flagged words. */
export function applyRewrite(template: LetterTemplate, { where, finding }: TemplateFinding): LetterTemplate {
  const text = template[where];
  return { ...template, [where]: text.slice(0, finding.start) + finding.rewrite + text.slice(finding.end) };
}
