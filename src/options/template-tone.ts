import { checkTone, type ToneFinding } from '../letters/tone';
import type { LetterLanguage, LetterTemplate } from '../letters/types';

export interface TemplateFinding {
  where: 'subject' | 'body';
  finding: ToneFinding;
}

/**
 * The tone check on the letter text itself (not a rendered copy), so each finding points at
 * words the user can change and its rewrite can be applied in place. `finalStage` is the final
 * notice: its body must ask for {{respondBy}} and say what follows. An interest claim inside the
 * {{#statutoryInterest}} section is made only when the user ticks the box.
 */
export function templateToneFindings(template: LetterTemplate, lang: LetterLanguage, finalStage: boolean): TemplateFinding[] {
  const options = { finalStage, statutoryInterest: /\{\{\s*#\s*statutoryInterest\s*\}\}/u.test(template.body) };
  return (['subject', 'body'] as const).flatMap((where) =>
    checkTone(template[where], lang, where === 'body' && finalStage ? { ...options, finalNotice: { hasDate: false } } : options).map((finding) => ({ where, finding })),
  );
}

/** The template with one finding's rewrite in place of the flagged words. */
export function applyRewrite(template: LetterTemplate, { where, finding }: TemplateFinding): LetterTemplate {
  const text = template[where];
  return { ...template, [where]: text.slice(0, finding.start) + finding.rewrite + text.slice(finding.end) };
}
