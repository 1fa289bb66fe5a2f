import { LINE_START, START, oneOf, phrase } from './regex-helpers';
import type { RulePack } from './types';

const R = String.raw;

/** "if you haven't paid yet" is the face-saving form, not blame. */
const NOT_IF = R`(?<!${START}(?:if|unless|whether|in\s+case|once|when)\s+)`;
const APOS = R`['’]`;
/** you did not / didn't / do not / don't, optionally "still". */
const DID_NOT = R`you(?:\s+still)?\s+(?:did\s+not|didn${APOS}t|do\s+not|don${APOS}t)\s+(?:yet\s+)?`;
/** you have not / haven't / you've not / had not, optionally "still" and "yet". */
const HAVE_NOT = R`(?:you(?:\s+still)?\s+(?:have\s+not|haven${APOS}t|had\s+not|hadn${APOS}t)\s+(?:yet\s+)?|you${APOS}ve\s+(?:still\s+)?not\s+(?:yet\s+)?)`;
const FAILED_TO = R`you\s+(?:have\s+|had\s+)?(?:failed|neglected)\s+to\s+`;
const WE = R`(?:we|i|our|us|we${APOS}ve|we${APOS}ll|we${APOS}re|i${APOS}ve|i${APOS}ll|i${APOS}m|as)`;
const REST = 'the next steps set out in our contract';

/** Built on first use: each pattern is a Unicode regular expression that is slow to compile. */
export const buildEnRules = (): RulePack => ({
  lang: 'en',
  rules: [
    {
      id: 'en-blame-unpaid',
      category: 'blame',
      severity: 'warning',
      pattern: phrase(
        R`${NOT_IF}(?:${FAILED_TO}pay|${DID_NOT}pay|${HAVE_NOT}paid)` +
          R`(?:\s+(?:the|your|our|my|this|that)\s+(?:(?:last|latest|outstanding|overdue)\s+)?(?:invoice|bill|balance|fee|deposit|amount)s?)?`,
      ),
      explanation: 'Saying the client did not pay sounds like an accusation; state what has not arrived instead.',
      rewrite: 'we have not yet received payment',
      examples: {
        flag: ['You did not pay the invoice.', 'You still haven’t paid your outstanding balance.', 'It seems you failed to pay on time.'],
        pass: ['We have not yet received payment for invoice 12.', 'If you have not paid yet, please use the link below.', 'Thank you, you paid the deposit promptly.'],
      },
    },
    {
      id: 'en-blame-not-sent',
      category: 'blame',
      severity: 'warning',
      pattern: phrase(
        R`${NOT_IF}(?:${FAILED_TO}(?:send|provide|deliver|submit|share|return)|${DID_NOT}(?:send|provide|deliver|submit|share|return)|${HAVE_NOT}(?:sent|provided|delivered|submitted|shared|returned))(?:\s+(?:us|me))?`,
      ),
      explanation: 'Pointing at what the client did not send assigns blame; say what has not reached you yet.',
      rewrite: 'we have not yet received',
      examples: {
        flag: ['You didn’t send us the files.', 'You have not provided the copy for the homepage.'],
        pass: ['We have not yet received the files.', 'If you did not send the files yet, could you do so by Friday?'],
      },
    },
    {
      id: 'en-blame-no-reply',
      category: 'blame',
      severity: 'warning',
      pattern: phrase(
        R`${NOT_IF}(?:${FAILED_TO}(?:reply|respond|answer|get\s+back)|${DID_NOT}(?:reply|respond|answer|get\s+back)|${HAVE_NOT}(?:replied|responded|answered|got\s+back|gotten\s+back)|you\s+(?:have\s+)?ignored)` +
          R`(?:\s+to)?(?:\s+(?:my|our)\s+(?:(?:last|previous|recent)\s+)?(?:e-?mails?|messages?|calls?|questions?|letters?|reminders?))?`,
      ),
      explanation: 'Telling the client they did not answer sounds like a reproach; say you have not heard back yet.',
      rewrite: 'we have not yet heard back from you',
      examples: {
        flag: ['You didn’t reply to my emails.', 'You have ignored our messages.', 'You haven’t responded yet.'],
        pass: ['We have not yet heard back from you.', 'If you did not get my message, here it is again.'],
      },
    },
    {
      id: 'en-blame-failed-to',
      category: 'blame',
      severity: 'warning',
      pattern: phrase(
        R`${NOT_IF}you\s+(?:have\s+|had\s+)?failed\s+to(?!\s+(?:pay|send|provide|deliver|submit|share|return|reply|respond|answer|get\s+back)(?![\p{L}]))`,
      ),
      explanation: '“You failed to” frames the problem as a personal failing; describe what could not happen.',
      rewrite: 'it was not possible to',
      examples: {
        flag: ['You failed to meet the deadline.', 'Unfortunately you have failed to approve the designs.'],
        pass: ['It was not possible to meet the deadline.', 'We failed to meet the deadline and we apologise.'],
      },
    },
    {
      id: 'en-blame-fault',
      category: 'blame',
      severity: 'warning',
      pattern: phrase(
        R`(?:(?:it|this|that)(?:${APOS}s|\s+is|\s+was)\s+)?(?:(?:entirely|all|completely|totally|solely)\s+)?(?<!not\s+(?:(?:entirely|all|completely|totally|solely)\s+)?)your\s+(?:own\s+)?fault`,
        R`you\s+are\s+(?:entirely\s+|solely\s+)?(?:to\s+blame|responsible\s+for\s+(?:the|this)\s+(?:delay|problem|mess|situation))`,
      ),
      explanation: 'Naming the client as the one at fault is a personal attack; keep to the facts.',
      rewrite: 'it is unfortunate',
      examples: {
        flag: ['It is your fault that the launch slipped.', 'You are to blame for the delay.'],
        pass: ['This was not your fault, and we are sorry for the delay.', 'The fault was in our build script.'],
      },
    },
    {
      id: 'en-blame-because-of-you',
      category: 'blame',
      severity: 'warning',
      pattern: phrase(R`because\s+of\s+you|(?:all|entirely)\s+due\s+to\s+you`),
      explanation: 'Attributing the problem to the client personally reads as blame.',
      rewrite: 'because of the circumstances',
      examples: {
        flag: ['The project is late because of you.', 'The delay was entirely due to you.'],
        pass: ['Because of your feedback, we improved the design.', 'The refund due to you will arrive on Friday.'],
      },
    },
    {
      id: 'en-absolute-about-client',
      category: 'absolute',
      severity: 'warning',
      pattern: phrase(
        R`(?<=${START}you(?:${APOS}ve|${APOS}re|${APOS}ll|\s+(?:have|had|are|were|will|would))?\s+)` +
          oneOf(
            R`(?:always|constantly|continually|continuously)(?!\s+(?:been\s+)?(?:a\s+pleasure|great|wonderful|kind|helpful|generous|prompt|patient|supportive|friendly|welcome|on\s+time|paid\s+on\s+time|pay\s+on\s+time|be\s+welcome)(?![\p{L}]))`,
            R`never(?!\s+(?:know|let\s+us\s+down|disappoint|disappointed|missed\s+a\s+payment|been\s+late)(?![\p{L}]))`,
          ),
        R`(?:every\s+single|each\s+and\s+every)\s+time\s+you`,
      ),
      explanation: 'Absolutes about the client’s behaviour exaggerate and invite argument; describe specific occasions.',
      rewrite: 'sometimes',
      rewrites: {
        never: 'rarely',
        'every single time you': 'on several occasions you',
        'each and every time you': 'on several occasions you',
      },
      examples: {
        flag: ['You always send the files late.', 'You never answer the phone.', 'Every single time you change the brief.'],
        pass: ['You have always been a pleasure to work with.', 'We have always valued your feedback.', 'You never know when you might need a designer again.'],
      },
    },
    {
      id: 'en-absolute-general',
      category: 'absolute',
      severity: 'info',
      pattern: phrase(
        R`(?<!(?<![\p{L}])${WE}(?:\s+[\p{L}'’]+)?\s+)(?<!(?<![\p{L}])you(?:${APOS}\p{L}+)?(?:\s+[\p{L}'’]+)?\s+)` +
          oneOf(
            R`(?:always|constantly)(?!\s+(?:welcome|happy|glad|available|here)(?![\p{L}]))`,
            R`(?:every\s+single|each\s+and\s+every)\s+time(?!\s+you(?![\p{L}]))`,
          ),
      ),
      explanation: 'Absolute words overstate the problem; a specific count or date is more convincing.',
      rewrite: 'often',
      rewrites: { 'every single time': 'several times', 'each and every time': 'several times' },
      examples: {
        flag: ['Payments are always late.', 'The scope changes every single time.'],
        pass: ['We always appreciate your business.', 'Thank you, as always, for your help.', 'You are always welcome to call us.'],
      },
    },
    {
      id: 'en-absolute-you-keep',
      category: 'absolute',
      severity: 'warning',
      pattern: phrase(R`you\s+keep(?:\s+on)?(?=\s+\p{L}+ing(?![\p{L}]))`),
      explanation: '“You keep …” turns several events into a character trait.',
      rewrite: 'there have been several instances of',
      examples: {
        flag: ['You keep changing the scope.', 'you keep on asking for new revisions'],
        pass: ['You keep the copyright to all designs.', 'Please keep the receipt for your records.'],
      },
    },
    {
      id: 'en-threat-legal',
      category: 'threat',
      severity: 'warning',
      allowedInFinalStage: true,
      pattern: phrase(
        R`legal\s+(?:action|steps|proceedings|measures|remedies|claims?)`,
        R`(?:take|taking|bring|bringing)\s+(?:you|this(?:\s+matter)?|the\s+matter|it)\s+to\s+court`,
        R`(?:sue|suing)\s+you`,
        R`small[-\s]claims(?:\s+court)?`,
        R`court\s+(?:action|proceedings|claims?|orders?|case)`,
        R`(?:county|district|magistrates${APOS}?|high)\s+court`,
        R`lawsuits?`,
        R`(?:file|filing|issue|issuing|start|starting|bring|bringing)\s+(?:a\s+)?(?:money\s+)?claim\s+against\s+you`,
        R`letter\s+before\s+(?:action|claim)`,
      ),
      explanation: 'Legal threats before the final notice escalate too early; state the agreed next step calmly.',
      rewrite: REST,
      examples: {
        flag: ['We will take legal action.', 'We may have to take this matter to court.', 'A lawsuit will follow.', 'We will file a claim against you.'],
        pass: ['Our contract is governed by the laws of Slovenia.', 'Our legal name changed to Tactful Ltd.', 'The food court is next to our office.'],
      },
    },
    {
      id: 'en-threat-lawyer',
      category: 'threat',
      severity: 'warning',
      allowedInFinalStage: true,
      pattern: phrase(
        R`(?:hand|hands|handing|pass|passing|refer|referring|forward|forwarding|turn|turning|send|sending)\s+(?:this|it|the\s+(?:matter|case|invoice|debt)|your\s+(?:account|case|file))\s+(?:over\s+)?to\s+(?:our|my|a|the)\s+(?:lawyers?|attorneys?|solicitors?|legal\s+(?:team|department))`,
        R`(?:our|my)\s+(?:lawyers?|attorneys?|solicitors?|legal\s+team)\s+will\s+(?:contact|be\s+in\s+touch\s+with|write\s+to|pursue)(?:\s+you)?`,
        R`(?:contact|contacting|involve|involving|consult|consulting)\s+(?:our|my|a)\s+(?:lawyer|attorney|solicitor)`,
        R`(?:instruct|instructed|instructing)\s+(?:a|our|my)\s+(?:lawyers?|attorneys?|solicitors?)`,
        R`(?:our|my)\s+(?:solicitors?|attorneys?)`,
      ),
      explanation: 'Bringing in lawyers before the final notice sounds like intimidation.',
      rewrite: 'follow the steps set out in our contract',
      examples: {
        flag: ['We will hand this over to our lawyer.', 'Our lawyers will contact you.', 'Our solicitors have been informed.'],
        pass: ['Our lawyer friend recommended you to us.', 'If you need a lawyer, I can recommend one.'],
      },
    },
    {
      id: 'en-threat-collections',
      category: 'threat',
      severity: 'warning',
      allowedInFinalStage: true,
      pattern: phrase(
        R`(?:debt\s+)?collections?\s+(?:agency|agencies|company|service|firm)`,
        R`debt\s+collect(?:ors?|ion)`,
        R`(?:send|sent|sending|refer|referred|referring|pass|passed|passing|hand|handed|handing|turn|turned|turning)\s+(?:this|it|the\s+(?:debt|invoice|account|matter)|your\s+(?:account|debt|invoice))\s+(?:over\s+)?to\s+collections`,
      ),
      explanation: 'Mentioning debt collectors before the final notice reads as a threat.',
      rewrite: REST,
      examples: {
        flag: ['We will pass your account to a collections agency.', 'This will go to debt collection.'],
        pass: ['We collect payments through Stripe.', 'The collection of icons is attached.'],
      },
    },
    {
      id: 'en-threat-or-else',
      category: 'threat',
      severity: 'warning',
      allowedInFinalStage: true,
      pattern: phrase(R`or\s+else(?=\s*(?:[.!…]|$|,?\s+(?:we|i)\s+(?:will|shall|${APOS}ll|would)(?![\p{L}])))`),
      explanation: '“Or else” is an open threat; say calmly what happens next.',
      rewrite: 'otherwise',
      examples: {
        flag: ['Pay by Friday, or else.', 'Send the files today or else we will stop work.'],
        pass: ['You can pay by card or else by bank transfer.', 'Anyone else on your team is welcome to join.'],
      },
    },
    {
      id: 'en-threat-forced',
      category: 'threat',
      severity: 'warning',
      allowedInFinalStage: true,
      pattern: phrase(
        R`(?:we|i)(?:\s+will|${APOS}ll|\s+may|\s+might)\s+(?:be\s+)?(?:forced|compelled|obliged)\s+to`,
        R`(?:we|i)\s+(?:will\s+|would\s+)?(?:have|be\s+left\s+with)\s+no\s+(?:other\s+)?(?:choice|option)\s+but\s+to`,
      ),
      explanation: '“We will be forced to” sounds like pressure; name the next step plainly.',
      rewrite: 'the next step will be to',
      examples: {
        flag: ['We will be forced to suspend your account.', 'We have no other choice but to stop work.'],
        pass: ['The next step will be to pause work.', 'We were forced to reschedule because of the holiday.'],
      },
    },
    {
      id: 'en-threat-final-warning',
      category: 'threat',
      severity: 'warning',
      allowedInFinalStage: true,
      pattern: phrase(R`(?:final|last)\s+(?:warning|chance)`),
      explanation: 'A “final warning” sounds like a reprimand; a final notice says the same respectfully.',
      rewrite: 'final notice',
      examples: {
        flag: ['This is your final warning.', 'Consider this your last chance to pay.'],
        pass: ['This is a final notice before we pause the account.', 'Please find the last invoice attached.'],
      },
    },
    {
      id: 'en-threat-reputation',
      category: 'threat',
      severity: 'warning',
      allowedInFinalStage: false,
      pattern: phrase(
        R`(?:(?:we|i)(?:\s+will|${APOS}ll|\s+shall|\s+may|\s+might|\s+would|\s+could)\s+(?:have\s+to\s+)?)?(?:leave|post|write|publish|give)\s+(?:you\s+|your\s+business\s+)?(?:a\s+)?(?:bad|negative|poor|one[-\s]star|1[-\s]star|public)\s+reviews?`,
        R`(?:warn|tell)\s+(?:other|all)\s+(?:freelancers|clients|businesses|people|agencies)\s+about\s+you`,
        R`name\s+and\s+shame`,
        R`you(?:\s+will|${APOS}ll)\s+(?:regret|be\s+sorry)`,
      ),
      explanation: 'Threatening someone’s reputation is never acceptable, not even in a final notice.',
      rewrite: 'we will follow the steps set out in our contract',
      examples: {
        flag: ['We will leave a bad review on Google.', 'We will warn other freelancers about you.', 'You will regret this.'],
        pass: ['We would be grateful for a review if you were happy.', 'Thank you for the kind review.'],
      },
    },
    {
      id: 'en-threat-report',
      category: 'threat',
      severity: 'warning',
      allowedInFinalStage: true,
      pattern: phrase(
        R`(?:we|i)(?:\s+will|${APOS}ll|\s+shall|\s+may|\s+might|\s+would|\s+could|\s+must)?(?:\s+have\s+to)?\s+(?:report|blacklist)\s+(?:you|your\s+(?:account|business|company|debt|details))(?!\s+to\s+(?:the\s+)?(?:police|tax\s+(?:office|authorit(?:y|ies))|hmrc|irs|authorities|trading\s+standards))(?:\s+to\s+(?:the\s+)?(?:credit\s+(?:reference\s+)?(?:agenc(?:y|ies)|bureaus?)|upwork|fiverr|platform))?`,
        R`(?:we|i)(?:\s+will|${APOS}ll|\s+shall|\s+may|\s+might|\s+would|\s+could|\s+must)?(?:\s+have\s+to)?\s+(?:report|pass)\s+(?:this|it|the\s+(?:debt|matter|account))\s+to\s+(?:the\s+)?credit\s+(?:reference\s+)?(?:agenc(?:y|ies)|bureaus?)`,
      ),
      explanation: 'Threatening to report the client or their credit record before the final notice escalates too early.',
      rewrite: 'we will follow the steps set out in our contract',
      examples: {
        flag: ['We will report you to the credit reference agencies.', 'I will have to blacklist your company.', 'We may report the debt to the credit bureau.'],
        pass: ['We will send you the monthly report.', 'Please report any bugs to me.', 'Credit card payments are welcome.'],
      },
    },
    {
      id: 'en-threat-authorities',
      category: 'threat',
      severity: 'warning',
      allowedInFinalStage: false,
      pattern: phrase(
        R`(?:(?:we|i)(?:\s+will|${APOS}ll|\s+shall|\s+may|\s+might|\s+would|\s+could|\s+must)?(?:\s+have\s+to)?\s+)?(?:report|reporting)\s+(?:you|this|it|the\s+matter|your\s+(?:business|company))\s+to\s+(?:the\s+)?(?:police|tax\s+(?:office|authorit(?:y|ies))|hmrc|irs|authorities|trading\s+standards)`,
        R`(?:(?:we|i)(?:\s+will|${APOS}ll|\s+shall|\s+may|\s+might|\s+would|\s+could|\s+must)?(?:\s+have\s+to)?\s+)?(?:call|calling|contact|contacting|involve|involving|inform|informing|alert|alerting)\s+(?:the\s+)?(?:police|tax\s+(?:office|authorit(?:y|ies))|hmrc|irs|authorities|trading\s+standards)`,
        R`(?:(?:we|i)(?:\s+will|${APOS}ll|\s+shall|\s+may|\s+might|\s+would|\s+could|\s+must)?(?:\s+have\s+to)?\s+)?(?:file|make)\s+a\s+(?:police|criminal)\s+(?:report|complaint)`,
        R`(?:(?:we|i)(?:\s+will|${APOS}ll|\s+shall|\s+may|\s+might|\s+would|\s+could|\s+must)?(?:\s+have\s+to)?\s+)?press\s+charges`,
      ),
      explanation: 'Threatening a client with the police or the tax office over a debt is intimidation, even in a final notice.',
      rewrite: 'we will follow the steps set out in our contract',
      examples: {
        flag: ['We will report you to the police.', 'I will inform the tax authorities.', 'We may press charges.'],
        pass: ['The invoice shows the tax authority’s reference.', 'Please report any problems to me.'],
      },
    },
    {
      id: 'en-legal-statutory-interest',
      category: 'legal',
      severity: 'warning',
      unlessTicked: 'statutoryInterest',
      pattern: phrase(
        R`statutory\s+(?:late[-\s]payment\s+)?(?:interest|compensation)`,
        R`(?:late[-\s]payment\s+)?(?:interest|compensation)\s+(?:under|according\s+to|as\s+allowed\s+by|pursuant\s+to)\s+(?:the\s+)?(?:law|statute|late[-\s]payment\s+(?:of\s+commercial\s+debts\s+)?(?:\(interest\)\s+)?(?:act|law|legislation|rules|regulations|directive))(?:\s+\d{4})?`,
      ),
      explanation: 'You have not chosen to claim statutory interest; tick that box so the letter states the right amount.',
      rewrite: 'the charges set out in our agreement',
      examples: {
        flag: ['We will add statutory interest to the invoice.', 'Interest under the Late Payment of Commercial Debts (Interest) Act 1998 now applies.'],
        pass: ['A late fee of €40 applies, as set out in our agreement.', 'Interest rates have risen this year.'],
      },
    },
    {
      id: 'en-final-date',
      category: 'final-notice',
      severity: 'warning',
      missing: 'date',
      pattern: phrase(R`\{\{\s*respondby\s*\}\}`),
      explanation: 'A final notice needs a date to pay by: fill in the reply-by date.',
      rewrite: 'Please arrange payment by {{respondBy}}.',
      examples: {
        flag: ['Please arrange payment as soon as possible.\n\nKind regards,\nAna', 'This is a final notice.'],
        pass: ['Please arrange payment by {{respondBy}}.', 'Please pay by {{ respondBy }}.'],
      },
    },
    {
      id: 'en-final-next-step',
      category: 'final-notice',
      severity: 'warning',
      missing: 'consequence',
      pattern: phrase(
        R`next\s+steps?`,
        R`(?:debt\s+)?(?:recovery|collections?)`,
        R`legal\s+(?:action|steps|proceedings)`,
        R`court|lawyers?|solicitors?|attorneys?`,
        R`late[-\s]?(?:payment\s+)?(?:fees?|charges?|interest)`,
        R`(?:pause|paused|suspend|suspended|stop|stopped|end|ended|withdraw|withdrawn)\s+(?:\p{L}+\s+){0,2}?(?:work|services?|access|licen[cs]es?)`,
        R`refer\p{L}*\s+(?:the|this)\s+(?:matter|debt|invoice|account)`,
      ),
      explanation: 'A final notice should say calmly what happens after the date, so it is clear and fair.',
      rewrite: 'If the balance is still outstanding after that date, the next step under our terms will be to refer the matter for formal debt recovery.',
      examples: {
        flag: ['Please arrange payment of €450 by 15 March.\n\nKind regards,\nAna', 'This is a final notice. Please pay by Friday.'],
        pass: ['Please pay by 15 March. After that, the next step will be formal debt recovery.', 'Please pay by 15 March; after that, a late fee of €40 applies.'],
      },
    },
    {
      id: 'en-informal-hey',
      category: 'informal',
      severity: 'info',
      pattern: phrase(R`${LINE_START}(?:hey|hiya|yo)`),
      explanation: 'A slangy opener is too casual for a letter about money or ending the work.',
      rewrite: 'Dear',
      examples: {
        flag: ['Hey John, quick note about the invoice.', 'Thanks for the call.\nhey, the files are attached'],
        pass: ['Dear John, a quick note about the invoice.', 'They said hey to us at the meetup.'],
      },
    },
    {
      id: 'en-informal-guys',
      category: 'informal',
      severity: 'info',
      pattern: phrase(R`(?<=(?:hi|hey|hello|thanks|thank\s+you|cheers)[\s,]+)guys`),
      explanation: '“Guys” is casual and not everyone feels included by it.',
      rewrite: 'everyone',
      examples: {
        flag: ['Hi guys, the invoice is attached.', 'Thanks guys for the quick feedback.'],
        pass: ['Hi everyone, the invoice is attached.', 'The guys in accounts have the invoice.'],
      },
    },
    {
      id: 'en-pa-per-last-email',
      category: 'passive-aggressive',
      severity: 'warning',
      pattern: phrase(R`(?:as\s+)?per\s+(?:my|our)\s+(?:last|previous|earlier|prior)\s+(?:e-?mails?|messages?|notes?|letters?|correspondence)`),
      explanation: '“As per my last email” implies the reader did not pay attention.',
      rewrite: 'to recap',
      examples: {
        flag: ['As per my last email, the invoice is overdue.', 'Per my previous message, we need the copy.'],
        pass: ['Thank you for replying to my last email.', 'Per our contract, invoices are due in 14 days.'],
      },
    },
    {
      id: 'en-pa-previously-stated',
      category: 'passive-aggressive',
      severity: 'warning',
      pattern: phrase(
        R`as\s+(?:previously|already)\s+(?:stated|mentioned|explained|noted|said|pointed\s+out)`,
        R`as\s+(?:i|we)(?:\s+have|${APOS}ve)?\s+(?:already|previously)\s+(?:stated|said|mentioned|explained|pointed\s+out|told\s+you)`,
        R`as\s+(?:i|we)(?:\s+have|${APOS}ve)?\s+(?:stated|said|mentioned|explained|told\s+you)\s+(?:before|several\s+times|multiple\s+times|repeatedly|twice)`,
      ),
      explanation: 'Pointing out that you already said it sounds impatient.',
      rewrite: 'to recap',
      examples: {
        flag: ['As previously stated, payment is due on the 1st.', 'As I have already explained, the scope is fixed.', 'As I said before, we need the logo.'],
        pass: ['As I mentioned on our call, the files are ready.', 'We previously stated the delivery date in the proposal.'],
      },
    },
    {
      id: 'en-pa-sure-you-understand',
      category: 'passive-aggressive',
      severity: 'warning',
      pattern: phrase(
        R`(?:i${APOS}m|i\s+am|we${APOS}re|we\s+are)\s+sure\s+you\s+(?:(?:can\s+|will\s+)?understand|(?:can\s+)?appreciate|are\s+aware)`,
        R`surely\s+you\s+(?:understand|realise|realize|know)`,
      ),
      explanation: '“I’m sure you understand” presumes agreement and sounds condescending.',
      rewrite: 'we would appreciate your understanding',
      examples: {
        flag: ['I’m sure you understand that we cannot continue.', 'Surely you understand our position.'],
        pass: ['We hope you understand our decision.', 'I am sure the files will help.'],
      },
    },
    {
      id: 'en-pa-should-know',
      category: 'passive-aggressive',
      severity: 'warning',
      pattern: phrase(
        R`as\s+you\s+(?:should|must|surely|certainly)\s+know`,
        R`as\s+you\s+(?:very\s+)?well\s+know`,
        R`you\s+should\s+(?:already\s+)?(?:know|be\s+aware)`,
        R`as\s+you\s+are\s+(?:surely|no\s+doubt|well)\s+aware`,
      ),
      explanation: '“As you should know” lectures the reader; point to the agreement instead.',
      rewrite: 'as set out in our agreement',
      examples: {
        flag: ['As you should know, payment is due in 14 days.', 'You should already know the terms.'],
        pass: ['As you know, the project ends in May.', 'Let us know if you should need anything else.'],
      },
    },
    {
      id: 'en-pa-kindly-reminded',
      category: 'passive-aggressive',
      severity: 'warning',
      pattern: phrase(
        R`(?:kindly|please)\s+be\s+reminded`,
        R`(?:i|we)\s+(?:must|have\s+to|need\s+to|would\s+like\s+to)\s+remind\s+you\s+(?:again|once\s+again|yet\s+again|once\s+more)`,
        R`(?:once|yet)\s+again,?\s+(?:i|we)\s+(?:must\s+|have\s+to\s+)?remind\s+you`,
        R`i\s+(?:shouldn${APOS}t|should\s+not)\s+have\s+to\s+remind\s+you`,
      ),
      explanation: 'Stressing that you must remind them again sounds scolding.',
      rewrite: 'please note',
      examples: {
        flag: ['Kindly be reminded that the invoice is overdue.', 'I must remind you again that payment is due.'],
        pass: ['Just a friendly reminder that invoice 12 is due on Friday.', 'We will remind you a few days before the due date.'],
      },
    },
    {
      id: 'en-pa-going-forward',
      category: 'passive-aggressive',
      severity: 'info',
      pattern: phrase(R`(?:(?<![\p{L}\p{N}'’]\s*)|(?<=,\s*))going\s+forward`),
      explanation: '“Going forward” often reads as a veiled correction.',
      rewrite: 'from now on',
      examples: {
        flag: ['Going forward, please send files by Monday.', 'Please copy me on approvals, going forward.'],
        pass: ['The project is going forward as planned.', 'We look forward to going forward with phase two.'],
      },
    },
    {
      id: 'en-pa-did-you-see',
      category: 'passive-aggressive',
      severity: 'info',
      pattern: phrase(
        R`(?:not\s+sure|unsure)\s+(?:if|whether)\s+you\s+(?:saw|got|received|read|had\s+a\s+chance\s+to\s+(?:see|read))\s+my\s+(?:(?:last|previous|earlier)\s+)?(?:e-?mail|message|note)`,
        R`did\s+you\s+even\s+(?:get|see|read)\s+my\s+(?:(?:last|previous)\s+)?(?:e-?mail|message)`,
        R`in\s+case\s+you\s+missed\s+(?:it|my\s+(?:(?:last|previous)\s+)?(?:e-?mail|message))`,
      ),
      explanation: 'Hinting that the client ignored your message can sound passive-aggressive.',
      rewrite: 'I am following up on my message',
      examples: {
        flag: ['Not sure if you saw my email about the invoice.', 'Did you even read my message?'],
        pass: ['Did you receive the invoice I sent on 3 May?', 'I am following up on my message of 3 May.'],
      },
    },
  ],
});
