import type { FieldSpec, Scenario } from './types';

// Field building blocks; ids are the fixed field vocabulary of docs/letter-advice.md.
const req = (id: string, type: FieldSpec['type'], source?: FieldSpec['source']): FieldSpec => ({ id, type, required: true, source });
const opt = (id: string, type: FieldSpec['type'], source?: FieldSpec['source']): FieldSpec => ({ id, type, required: false, source });

const clientName = req('clientName', 'text', 'recipient');
const senderName = req('senderName', 'text', 'profile');
const businessName = opt('businessName', 'text', 'profile');
const projectName = opt('projectName', 'text');
const reason = opt('reason', 'longText');
const effectiveDate = req('effectiveDate', 'date');
const contractEndDate = opt('contractEndDate', 'date');
const refund = opt('refund', 'text');
const referrals = opt('referrals', 'list');
const handover = opt('handover', 'list');
const finalReportLink = opt('finalReportLink', 'link');
const invoiceNumber = req('invoiceNumber', 'text');
const invoiceDate = opt('invoiceDate', 'date');
const amount = req('amount', 'money');
const currency = req('currency', 'currency', 'profile');
const dueDate = req('dueDate', 'date');
const paymentLink = opt('paymentLink', 'link');
const lateFee = opt('lateFee', 'money');

const lateFeeRate = opt('lateFeeRate', 'percent');
const amountPaid = opt('amountPaid', 'money');
const statutoryInterest = opt('statutoryInterest', 'yesNo');
const respondBy = req('respondBy', 'date');
const noticeDays = opt('noticeDays', 'days');
/** How the recipient is greeted; never printed, it picks the greeting and the grammar. */
const addressForm: FieldSpec = { id: 'addressForm', type: 'choice', required: true, options: ['female', 'male', 'neutral'], default: 'neutral' };

const who = [addressForm, clientName, senderName, businessName];
const parting = [effectiveDate, contractEndDate, handover, finalReportLink];
/** What every ending letter may close out: balance, materials and access, rights, confidentiality, handover date. */
const closingOut = [opt('outstandingAmount', 'money'), opt('currency', 'currency', 'profile'), opt('handoverDate', 'date'), opt('returnMaterials', 'yesNo'), opt('rightsOnPayment', 'yesNo'), opt('confidentiality', 'yesNo')];
const invoice = [invoiceNumber, invoiceDate, amount, currency, dueDate, paymentLink];
/** Stages after a part payment may have happened and the invoice is overdue. */
const overdueInvoice = [...invoice, amountPaid, statutoryInterest];

const ENDING_NOTES = ['callFirst', 'keepRecord'];

export const SCENARIOS: readonly Scenario[] = [
  {
    id: 'end-constant-complaints', group: 'ending', tone: 'warm',
    steps: ['P', 'G', 'F', 'N', 'A', 'W', 'R', 'E', 'C', 'H'],
    fields: [...who, projectName, opt('afterCall', 'yesNo'), reason, refund, referrals, ...parting, noticeDays, ...closingOut],
    guidance: [...ENDING_NOTES, 'factsNotOpinions', 'honourContract', 'waitIfItMayChange'],
  },
  {
    id: 'end-abusive-conduct', group: 'ending', tone: 'neutral',
    steps: ['F', 'N', 'E', 'H'],
    fields: [...who, reason, ...parting, ...closingOut],
    guidance: ['noReferrals', 'briefAndNeutral', 'keepRecord'],
  },
  {
    id: 'end-no-growth', group: 'ending', tone: 'warm',
    steps: ['G', 'S', 'A', 'R', 'E', 'C', 'H'],
    fields: [...who, projectName, referrals, ...parting, noticeDays, ...closingOut],
    guidance: [...ENDING_NOTES, 'longStandingClients', 'honourContract'],
  },
  {
    id: 'end-unprofitable', group: 'ending', tone: 'warm',
    steps: ['G', 'S', 'A', 'R', 'E', 'C', 'H', 'W'],
    fields: [...who, projectName, refund, referrals, ...parting, noticeDays, ...closingOut],
    guidance: [...ENDING_NOTES, 'honourContract'],
  },
  {
    id: 'end-unethical-requests', group: 'ending', tone: 'formal',
    steps: ['F', 'N', 'E'],
    fields: [...who, reason, refund, effectiveDate, contractEndDate, handover, finalReportLink, ...closingOut],
    guidance: ['noReferrals', 'noDetail', 'refundUnearned', 'keepRecord'],
  },
  {
    id: 'end-values-mismatch', group: 'ending', tone: 'warm',
    steps: ['G', 'S', 'A', 'R', 'E', 'C', 'H'],
    fields: [...who, projectName, referrals, ...parting, noticeDays, ...closingOut],
    guidance: [...ENDING_NOTES, 'honourContract'],
  },
  {
    id: 'end-unresponsive', group: 'ending', tone: 'firm',
    steps: ['F', 'E', 'H'],
    fields: [...who, projectName, req('lastContactDate', 'date'), reason, ...parting, ...closingOut],
    guidance: ['nudgeFirst', 'keepRecord'],
  },
  {
    id: 'end-controlling', group: 'ending', tone: 'warm',
    steps: ['G', 'N', 'A', 'R', 'E', 'C', 'H'],
    fields: [...who, projectName, referrals, ...parting, noticeDays, ...closingOut],
    guidance: [...ENDING_NOTES, 'nudgeFirst', 'honourContract'],
  },
  {
    id: 'end-non-payment', group: 'ending', tone: 'firm',
    steps: ['F', 'E', 'H'],
    fields: [...who, ...overdueInvoice, opt('pausedDate', 'date'), respondBy, lateFee, lateFeeRate, effectiveDate, contractEndDate, handover, finalReportLink, ...closingOut.filter((f) => f.id !== 'currency')],
    guidance: ['handoverWhenPaid', 'keepRecord'],
  },
  {
    id: 'end-capacity', group: 'ending', tone: 'warm',
    steps: ['G', 'S', 'A', 'R', 'E', 'C', 'H'],
    fields: [...who, projectName, referrals, ...parting, noticeDays, ...closingOut],
    guidance: [...ENDING_NOTES, 'honourContract'],
  },
  {
    id: 'end-general', group: 'ending', tone: 'warm',
    steps: ['G', 'N', 'A', 'R', 'E', 'C', 'H', 'W'],
    fields: [...who, refund, referrals, ...parting, noticeDays, ...closingOut],
    guidance: [...ENDING_NOTES, 'honourContract'],
  },
  {
    id: 'nudge-unresponsive', group: 'before-ending', tone: 'firm',
    steps: ['F'],
    fields: [...who, req('projectName', 'text'), req('lastContactDate', 'date'), respondBy, reason],
    guidance: ['firmButKind', 'keepRecord'],
  },
  {
    id: 'nudge-controlling', group: 'before-ending', tone: 'warm',
    steps: ['G', 'F'],
    fields: [...who, req('projectName', 'text'), reason],
    guidance: ['proposeProcess'],
  },
  {
    id: 'pay-terms', group: 'payment', tone: 'neutral',
    steps: [],
    fields: [...who, projectName, opt('amount', 'money'), currency, dueDate, paymentLink, lateFee, lateFeeRate],
    guidance: ['termsUpFront'],
  },
  { id: 'pay-before-due', group: 'payment', tone: 'warm', steps: [], fields: [...who, ...invoice], guidance: ['friendlyHeadsUp'] },
  { id: 'pay-friendly-reminder', group: 'payment', tone: 'warm', steps: [], fields: [...who, ...overdueInvoice, opt('respondBy', 'date')], guidance: ['letThemSaveFace'] },
  { id: 'pay-overdue-followup', group: 'payment', tone: 'neutral', steps: [], fields: [...who, ...overdueInvoice, respondBy], guidance: ['askWhatBlocks'] },
  {
    id: 'pay-work-paused', group: 'payment', tone: 'firm', steps: [],
    fields: [...who, ...overdueInvoice, req('pausedDate', 'date'), projectName, respondBy],
    guidance: ['pauseNotPunish', 'keepRecord'],
  },
  {
    id: 'pay-final-notice', group: 'payment', tone: 'firm', steps: [],
    fields: [...who, ...overdueInvoice, respondBy, lateFee, lateFeeRate],
    guidance: ['finalNoticeFacts', 'keepRecord'],
  },
  {
    id: 'pay-partial-received', group: 'payment', tone: 'warm', steps: [],
    fields: [...who, invoiceNumber, amount, req('amountPaid', 'money'), currency, opt('dueDate', 'date'), paymentLink],
    guidance: ['thankFirst'],
  },
  {
    id: 'pay-thank-you', group: 'payment', tone: 'warm', steps: [],
    fields: [...who, invoiceNumber, amount, currency, projectName],
    guidance: ['thankFirst'],
  },
];

const BY_ID = new Map(SCENARIOS.map((s) => [s.id, s]));

export function findScenario(id: string): Scenario | undefined {
  return BY_ID.get(id);
}

/** Every field any situation uses, once: what a custom situation can choose from. */
export const FIELD_VOCABULARY: readonly FieldSpec[] = [
  ...new Map(SCENARIOS.flatMap((scenario) => scenario.fields).map((field) => [field.id, field])).values(),
];
