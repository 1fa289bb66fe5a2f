import { describe, expect, it } from 'vitest';
import type { LetterLanguage } from '../types';
import { checkTone, checkToneWith } from './check-tone';
import { rulePack } from './rule-packs';
import type { ToneFinding } from './types';

/** Applies every rewrite, from the end backwards, skipping findings that overlap one already applied. */
function applyRewrites(text: string, findings: readonly ToneFinding[]): string {
  let result = text;
  let limit = Number.POSITIVE_INFINITY;
  for (const finding of [...findings].sort((a, b) => b.start - a.start)) {
    if (finding.end > limit) continue;
    result = result.slice(0, finding.start) + finding.rewrite + result.slice(finding.end);
    limit = finding.start;
  }
  return result;
}

const ids = (findings: readonly ToneFinding[]): string[] => findings.map((finding) => finding.ruleId);

const POLITE_LETTERS: Record<LetterLanguage, string> = {
  en:
    'Dear Ms Smith,\n\nThank you for working with us on the website. Just a friendly reminder that invoice 12 for €450 was due on ' +
    '15 January. We have not yet received payment, so it may have slipped through. If you have already paid, please ignore ' +
    'this message. As agreed, we always send a final report once an invoice is settled.\n\nKind regards,\nAna',
  sl:
    'Spoštovani gospod Novak,\n\nzahvaljujemo se vam za sodelovanje pri projektu. Vljudno vas obveščamo, da je račun št. 12 ' +
    'zapadel 15. januarja 2025. Plačila še nismo prejeli, zato je morda prišlo do spregleda. Kolikor ste račun že poravnali, ' +
    'prosimo, prezrite to sporočilo. Vedno smo vam na voljo za vprašanja.\n\nLep pozdrav,\nAna',
  ms:
    'Tuan Ahmad,\n\nTerima kasih atas kerjasama tuan dalam projek ini. Untuk makluman, invois 12 berjumlah RM\u00A01,200.00 ' +
    'telah tamat tempoh pada 15 Januari 2025. Kami masih belum menerima bayaran; mungkin perkara ini terlepas pandang. ' +
    'Sekiranya tuan telah membuat bayaran, sila abaikan e-mel ini. Kami sentiasa sedia membantu.\n\nSekian, terima kasih.\nAna',
  ne:
    'आदरणीय रमेश ज्यू,\n\nपरियोजनामा सहयोग गर्नुभएकोमा धन्यवाद। बिल नम्बर १२ को भुक्तानी मिति २०२५ जनवरी १५ थियो। भुक्तानी ' +
    'अझै प्राप्त भएको छैन, सायद यो छुटेको हुन सक्छ। यदि तपाईंले भुक्तानी गरिसक्नुभएको छ भने यो सन्देशलाई बेवास्ता ' +
    'गर्नुहोस्। हामी सधैं तपाईंको सहयोगको कदर गर्छौं।\n\nधन्यवाद,\nअना',
  ur:
    'محترم احمد صاحب،\n\nمنصوبے میں آپ کے تعاون کا شکریہ۔ بل نمبر ۱۲ کی ادائیگی کی آخری تاریخ ۱۵ جنوری ۲۰۲۵ تھی۔ ادائیگی ' +
    'ابھی تک موصول نہیں ہوئی، شاید یہ نظر سے رہ گئی ہو۔ اگر آپ ادائیگی کر چکے ہیں تو براہ کرم اس پیغام کو نظر انداز کریں۔ ' +
    'ہم ہمیشہ آپ کے شکر گزار ہیں۔\n\nنیک خواہشات کے ساتھ،\nعلی',
};

describe('checkTone', () => {
  it.each(Object.entries(POLITE_LETTERS))('finds nothing in a polite %s reminder', (lang, letter) => {
    expect(checkTone(letter, lang as LetterLanguage)).toEqual([]);
  });

  it.each([
    ['en', 'The invoice has not been paid yet, and the files were not sent.'],
    ['sl', 'Račun še ni bil plačan, gradivo pa ni bilo poslano.'],
    ['ms', 'Invois ini belum dibayar dan fail belum dihantar.'],
    ['ne', 'बिलको भुक्तानी अझै गरिएको छैन र फाइलहरू पठाइएका छैनन्।'],
    ['ur', 'بل کی ادائیگی ابھی تک نہیں کی گئی اور فائلیں نہیں بھیجی گئیں۔'],
  ] as const)('never flags the passive voice (%s)', (lang, text) => {
    expect(checkTone(text, lang)).toEqual([]);
  });

  it('returns nothing for empty text', () => {
    expect(checkTone('', 'sl')).toEqual([]);
  });

  it('reports each finding with its rule, span, text, explanation and rewrite, sorted by start', () => {
    const text = 'As per my last email, you did not pay the invoice. This is your final warning.';
    const findings = checkTone(text, 'en');
    expect(ids(findings)).toEqual(['en-pa-per-last-email', 'en-blame-unpaid', 'en-threat-final-warning']);
    for (const finding of findings) expect(text.slice(finding.start, finding.end)).toBe(finding.text);
    expect(findings[1]).toMatchObject({
      category: 'blame',
      severity: 'warning',
      text: 'you did not pay the invoice',
      rewrite: 'we have not yet received payment',
    });
    expect(findings[1]?.explanation).toMatch(/accusation/);
  });

  it('finds every occurrence and gives the same answer on repeated calls', () => {
    const text = 'Hi guys. Thanks guys!';
    expect(checkTone(text, 'en').map((finding) => finding.start)).toEqual([3, 16]);
    expect(checkTone(text, 'en')).toEqual(checkTone(text, 'en'));
  });

  describe('maps spans back to the original text', () => {
    it('through a ZWNJ inside Nepali', () => {
      const text = 'यो ढिलाइ तपाईं\u200Cको गल्ती हो।';
      const [finding] = checkTone(text, 'ne');
      expect(finding?.ruleId).toBe('ne-blame-fault');
      expect(finding?.text).toBe('तपाईं\u200Cको गल्ती');
      expect(finding?.start).toBe(text.indexOf('तपाईं'));
    });

    it('through decomposed Slovenian letters', () => {
      const text = 'Spos\u030Ctovani, rac\u030Cuna niste plac\u030Cali.';
      const [finding] = checkTone(text, 'sl');
      expect(finding?.ruleId).toBe('sl-blame-unpaid');
      expect(finding?.start).toBe(text.indexOf('rac'));
      expect(finding?.text).toBe('rac\u030Cuna niste plac\u030Cali');
    });

    it('through Arabic ي and ك in Urdu, without the surrounding bidi isolates', () => {
      const text = 'يہ تاخير \u2067آپ كي غلطي\u2069 ہے۔';
      const [finding] = checkTone(text, 'ur');
      expect(finding?.ruleId).toBe('ur-blame-fault');
      expect(finding?.text).toBe('آپ كي غلطي');
      expect(finding?.start).toBe(text.indexOf('آپ'));
    });

    it('keeps invisible characters inside the span', () => {
      const text = 'Ana: Kamu\u200D perlu membayar.';
      const [finding] = checkTone(text, 'ms');
      expect(finding?.text).toBe('Kamu');
      expect(text.slice(finding?.start, finding?.end)).toBe('Kamu');
    });
  });

  describe('final stage', () => {
    it('lets consequences through in the final notice', () => {
      const text = 'We will take legal action and pass your account to a collections agency.';
      expect(ids(checkTone(text, 'en'))).toEqual(['en-threat-legal', 'en-threat-collections']);
      expect(checkTone(text, 'en', { finalStage: true })).toEqual([]);
      expect(checkTone('Sprožili bomo sodni postopek.', 'sl', { finalStage: true })).toEqual([]);
    });

    it('still flags threats to reputation and everything that is not a threat', () => {
      const text = 'You did not pay, so we will leave a bad review.';
      expect(ids(checkTone(text, 'en', { finalStage: true }))).toEqual(['en-blame-unpaid', 'en-threat-reputation']);
      expect(ids(checkTone('Objavili bomo negativno oceno.', 'sl', { finalStage: true }))).toEqual(['sl-threat-reputation']);
    });
  });

  describe('risk', () => {
    it.each([
      ['en', 'Pay by Friday or we will report you to the credit reference agencies.', 'en-threat-report'],
      ['sl', 'Če ne plačate, vas bomo prijavili v SISBON.', 'sl-threat-report'],
      ['ms', 'Kami akan melaporkan anda kepada CTOS.', 'ms-threat-report'],
      ['ne', 'हामी तपाईंको नाम कालो सूचीमा राख्नेछौं।', 'ne-threat-report'],
      ['ur', 'ہم آپ کا نام بلیک لسٹ میں ڈال دیں گے۔', 'ur-threat-report'],
    ] as const)('%s: reporting is a threat before the final stage, a stated consequence in it', (lang, text, ruleId) => {
      expect(ids(checkTone(text, lang))).toContain(ruleId);
      expect(ids(checkTone(text, lang, { finalStage: true }))).not.toContain(ruleId);
    });

    it.each([
      ['en', 'We will report you to the police.'],
      ['sl', 'Prijavili vas bomo policiji.'],
      ['ms', 'Kami akan membuat laporan polis.'],
      ['ne', 'हामी प्रहरीमा उजुरी गर्नेछौं।'],
      ['ur', 'ہم پولیس میں رپورٹ درج کروائیں گے۔'],
    ] as const)('%s: the police or the tax office are never a consequence of a debt', (lang, text) => {
      expect(ids(checkTone(text, lang, { finalStage: true }))).toEqual([`${lang}-threat-authorities`]);
    });

    it.each([
      ['en', 'We will add statutory interest to the invoice.'],
      ['sl', 'Zaračunali bomo zakonske zamudne obresti.'],
      ['ms', 'Kami akan mengenakan faedah berkanun ke atas invois ini.'],
      ['ne', 'हामी बिलमा कानुनी ब्याज थप्नेछौं।'],
      ['ur', 'ہم بل پر قانونی سود عائد کریں گے۔'],
    ] as const)('%s: a statutory interest claim is flagged, even in the final notice, unless the user ticked it', (lang, text) => {
      expect(ids(checkTone(text, lang, { finalStage: true }))).toEqual([`${lang}-legal-statutory-interest`]);
      expect(checkTone(text, lang, { finalStage: true, statutoryInterest: true })).toEqual([]);
    });

    it('rewrites a statutory interest claim into the agreed charges', () => {
      const text = 'Zaračunali bomo zakonske zamudne obresti in zakonskih zamudnih obresti ne bomo odpisali.';
      expect(applyRewrites(text, checkTone(text, 'sl'))).toBe('Zaračunali bomo pogodbene zamudne obresti in pogodbenih zamudnih obresti ne bomo odpisali.');
    });

    describe('a final notice', () => {
      const letter = 'Dear Ms Smith,\n\nInvoice 12 is now 30 days overdue. Please arrange payment.\n\nKind regards,\nAna';

      it('without a date or a next step gets both, as insertions before the closing', () => {
        const findings = checkTone(letter, 'en', { finalStage: true, finalNotice: { hasDate: false } });
        expect(ids(findings)).toEqual(['en-final-date', 'en-final-next-step']);
        const closing = letter.indexOf('Kind regards');
        for (const finding of findings) expect(finding).toMatchObject({ category: 'final-notice', start: closing, end: closing, text: '' });
        const fixed = applyRewrites(letter, findings.slice(1));
        expect(fixed).toContain('Please arrange payment.\n\nIf the balance is still outstanding after that date, the next step under our terms will be to refer the matter for formal debt recovery.\n\nKind regards,');
        expect(checkTone(fixed, 'en', { finalStage: true, finalNotice: { hasDate: true } })).toEqual([]);
      });

      it('with a reply-by date only misses the next step; other letters and typed fields are not asked', () => {
        expect(ids(checkTone(letter, 'en', { finalStage: true, finalNotice: { hasDate: true } }))).toEqual(['en-final-next-step']);
        expect(checkTone(letter, 'en', { finalStage: true })).toEqual([]);
      });

      it('appends to a text with one paragraph', () => {
        const [finding] = checkTone('Please pay.', 'en', { finalNotice: { hasDate: true } });
        expect(finding).toMatchObject({ start: 11, end: 11, rewrite: expect.stringMatching(/^\n\nIf the balance/u) });
      });
    });
  });

  describe('rewrites', () => {
    it.each([
      ['sl', 'Spoštovani, računa niste plačali. Lep pozdrav', 'Spoštovani, plačila še nismo prejeli. Lep pozdrav'],
      ['sl', 'Tvoja plačila zamujajo.', 'Vaša plačila zamujajo.'],
      ['sl', 'Račun si poslal prepozno.', 'Račun ste poslali prepozno.'],
      ['ms', 'Tuan, anda belum membayar invois ini.', 'Tuan, kami masih belum menerima bayaran.'],
      ['ms', 'Invoismu sudah lewat.', 'Invois anda sudah lewat.'],
      ['ne', 'तपाईंले बिलको रकम तिर्नुभएन।', 'भुक्तानी अझै प्राप्त भएको छैन।'],
      ['ne', 'तिम्रो फाइल प्राप्त भयो।', 'तपाईंको फाइल प्राप्त भयो।'],
      ['ur', 'آپ نے ادائیگی نہیں کی۔', 'ادائیگی ابھی تک موصول نہیں ہوئی۔'],
      ['ur', 'تمہارا بل منسلک ہے۔', 'آپ کا بل منسلک ہے۔'],
      ['en', 'You did not pay the invoice.', 'We have not yet received payment.'],
    ] as const)('%s: %j once rewritten passes the check', (lang, text, expected) => {
      const findings = checkTone(text, lang);
      expect(findings.length).toBeGreaterThan(0);
      const rewritten = applyRewrites(text, findings);
      expect(rewritten).toBe(expected);
      expect(checkTone(rewritten, lang)).toEqual([]);
    });

    it('rewrites a letter with several issues into one that passes', () => {
      const text = 'Spoštovani, ponovno vas opozarjam, da računa niste plačali. Prisiljeni bomo ustaviti delo.';
      const rewritten = applyRewrites(text, checkTone(text, 'sl'));
      expect(rewritten).toBe('Spoštovani, vljudno vas obveščamo, da plačila še nismo prejeli. Morali bomo ustaviti delo.');
      expect(checkTone(rewritten, 'sl')).toEqual([]);
    });

    it('capitalises the rewrite only at the start of a sentence', () => {
      expect(checkTone('Računa niste plačali.', 'sl')[0]?.rewrite).toBe('Plačila še nismo prejeli');
      expect(checkTone('Žal računa niste plačali.', 'sl')[0]?.rewrite).toBe('plačila še nismo prejeli');
    });
  });

  describe('with an explicit pack', () => {
    const rule = rulePack('en').rules.find((candidate) => candidate.id === 'en-threat-final-warning');
    if (rule === undefined) throw new Error('missing rule');

    it('drops exact duplicates and overlaps of the same rule', () => {
      const pack = { lang: 'en' as const, rules: [rule, { ...rule, pattern: /final\s+warning\s+today/u }, rule] };
      const findings = checkToneWith(pack, 'This is your final warning today.');
      expect(findings).toHaveLength(1);
      expect(findings[0]?.text).toBe('final warning today');
    });

    it('keeps overlapping findings of different rules', () => {
      const other = { ...rule, id: 'en-test-other', pattern: /your\s+final/u };
      const findings = checkToneWith({ lang: 'en', rules: [rule, other] }, 'This is your final warning.');
      expect(ids(findings)).toEqual(['en-test-other', 'en-threat-final-warning']);
    });

    it('accepts patterns that already carry the g flag', () => {
      const global = { ...rule, pattern: /final\s+warning/gu };
      expect(checkToneWith({ lang: 'en', rules: [global] }, 'final warning, final warning')).toHaveLength(2);
    });
  });
});
