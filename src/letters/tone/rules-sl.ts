import { START, TOKEN, oneOf, phrase } from './regex-helpers';
import type { RulePack } from './types';

const R = String.raw;

/** "če / kolikor računa še niste plačali" is the face-saving conditional, not blame. */
const NOT_IF = R`(?<!${START}(?:če|kolikor|v\s+kolikor|ko)(?:\s+${TOKEN}){0,3}\s+)`;
const STILL = R`(?:še\s+(?:vedno\s+)?)?`;
const BILL = R`(?:računa|računov|zneska|fakture|obroka|akontacije|predračuna|obveznosti)`;
const REST = 'nadaljnje korake, kot jih določa pogodba';

/** 2nd person plural / singular verb right after the absolute word, or ste/si right before it. */
const CLIENT_BEFORE = R`(?<=${START}(?:vi|ste|niste|boste|si|nisi|boš)\s+)`;
const CLITIC = R`(?:(?:se|si|vam|vas|nam|nas|mi|me|jih|ga|ji|jo)\s+)?`;
const CLIENT_AFTER = R`(?=\s+(?:znova\s+)?(?:ne\s+)?(?:še\s+)?${CLITIC}(?:\p{L}+te|\p{L}+š|ste|niste|si|nisi|boste|boš)(?![\p{L}]))`;
const PRAISE = R`(?!\s+(?:\p{L}+te\s+)?(?:ste\s+)?(?:bili\s+)?(?:zelo\s+)?(?:zanesljiv|prijaz|točn|odzivn|korekt|dobrodošl|pravočasn)\p{L}*)`;
const ABSOLUTE = R`(?:(?<!še\s+|za\s+)vedno|zmeraj|nenehno|stalno|venomer|nikoli|vsakič)`;

/** Past participles (m. sg., f. sg., pl.) that turn "si poslal" into "ste poslali". */
const PARTICIPLES: ReadonlyArray<readonly [string, string, string]> = [
  ['poslal', 'poslala', 'poslali'],
  ['plačal', 'plačala', 'plačali'],
  ['odgovoril', 'odgovorila', 'odgovorili'],
  ['pozabil', 'pozabila', 'pozabili'],
  ['prejel', 'prejela', 'prejeli'],
  ['dobil', 'dobila', 'dobili'],
  ['videl', 'videla', 'videli'],
  ['rekel', 'rekla', 'rekli'],
  ['obljubil', 'obljubila', 'obljubili'],
  ['zamudil', 'zamudila', 'zamudili'],
  ['spregledal', 'spregledala', 'spregledali'],
  ['prebral', 'prebrala', 'prebrali'],
  ['sporočil', 'sporočila', 'sporočili'],
  ['oddal', 'oddala', 'oddali'],
  ['nakazal', 'nakazala', 'nakazali'],
  ['poravnal', 'poravnala', 'poravnali'],
  ['zahteval', 'zahtevala', 'zahtevali'],
  ['spremenil', 'spremenila', 'spremenili'],
];
const CLITICS = ['', 'mi ', 'nam ', 'že ', 'še '] as const;

/** 2nd person singular present and imperative forms with their polite (vikanje) forms. */
const TI_VERBS: Readonly<Record<string, string>> = {
  boš: 'boste',
  veš: 'veste',
  moraš: 'morate',
  imaš: 'imate',
  nimaš: 'nimate',
  plačaš: 'plačate',
  pošlješ: 'pošljete',
  odgovoriš: 'odgovorite',
  poravnaš: 'poravnate',
  sporočiš: 'sporočite',
  potrdiš: 'potrdite',
  želiš: 'želite',
  hočeš: 'želite',
  razumeš: 'razumete',
  misliš: 'mislite',
  prejmeš: 'prejmete',
  dobiš: 'dobite',
  pošlji: 'pošljite',
  plačaj: 'plačajte',
  poravnaj: 'poravnajte',
  sporoči: 'sporočite',
};

function tiVerbRewrites(): Record<string, string> {
  const rewrites: Record<string, string> = { ...TI_VERBS };
  for (const [masculine, feminine, plural] of PARTICIPLES) {
    for (const singular of [masculine, feminine]) {
      for (const clitic of CLITICS) {
        rewrites[`si ${clitic}${singular}`] = `ste ${clitic}${plural}`;
        rewrites[`nisi ${clitic}${singular}`] = `niste ${clitic}${plural}`;
      }
      rewrites[`${singular} si`] = `${plural} ste`;
    }
  }
  return rewrites;
}

const SINGULAR_PARTICIPLE = oneOf(...PARTICIPLES.flatMap(([m, f]) => [m, f]));

const POSSESSIVES: Readonly<Record<string, string>> = {
  tvoj: 'vaš',
  tvoja: 'vaša',
  tvoje: 'vaše',
  tvojo: 'vašo',
  tvojega: 'vašega',
  tvojemu: 'vašemu',
  tvojem: 'vašem',
  tvojim: 'vašim',
  tvoji: 'vaši',
  tvojih: 'vaših',
  tvojima: 'vašima',
};

/** Built on first use: each pattern is a Unicode regular expression that is slow to compile. */
export const buildSlRules = (): RulePack => ({
  lang: 'sl',
  rules: [
    {
      id: 'sl-blame-unpaid',
      category: 'blame',
      severity: 'warning',
      pattern: phrase(
        R`${NOT_IF}(?:${BILL}\s+)?${STILL}niste\s+${STILL}(?:plačal[ai]?|poravnal[ai]?|nakazal[ai]?)(?:\s+${BILL})?`,
      ),
      explanation: '»Niste plačali« zveni kot očitek; raje povejte, česa še niste prejeli.',
      rewrite: 'plačila še nismo prejeli',
      examples: {
        flag: ['Računa niste plačali.', 'Še vedno niste poravnali zneska.', 'Zakaj niste plačali?'],
        pass: [
          'Plačila še nismo prejeli.',
          'Če računa še niste plačali, vas prosimo za plačilo do petka.',
          'Kolikor ste račun že poravnali, prosimo, prezrite to sporočilo.',
        ],
      },
    },
    {
      id: 'sl-blame-not-sent',
      category: 'blame',
      severity: 'warning',
      pattern: phrase(
        R`${NOT_IF}${STILL}niste\s+(?:nam\s+|mi\s+)?${STILL}(?:poslal[ai]?|posredoval[ai]?|dostavil[ai]?|oddal[ai]?|priskrbel[ai]?|vrnil[ai]?)`,
      ),
      explanation: 'Poudarek na tem, česa stranka ni poslala, jo krivi; povejte, kaj še ni prispelo.',
      rewrite: 'še nismo prejeli',
      examples: {
        flag: ['Gradiv niste poslali.', 'Niste nam posredovali podatkov.'],
        pass: ['Gradiv še nismo prejeli.', 'Če gradiv še niste poslali, jih prosim pošljite do petka.'],
      },
    },
    {
      id: 'sl-blame-no-reply',
      category: 'blame',
      severity: 'warning',
      pattern: phrase(
        R`${NOT_IF}${STILL}niste\s+(?:nam\s+|mi\s+)?${STILL}(?:odgovoril[ai]?|odpisal[ai]?|se\s+odzval[ai]?|se\s+oglasil[ai]?)` +
          R`(?:\s+na\s+(?:moje|moja|naše|naša|prejšnje|prejšnja|zadnje|zadnja)\s+(?:sporočil\p{L}*|e-?sporočil\p{L}*|vprašanj\p{L}*|klic\p{L}*|opomnik\p{L}*|e-?pošt\p{L}*))?`,
      ),
      explanation: 'Očitek, da niste dobili odgovora, stranko postavi v kot; povejte, da odgovora še ni.',
      rewrite: 'odgovora še nismo prejeli',
      examples: {
        flag: ['Na moje sporočilo niste odgovorili.', 'Niste se odzvali na naše klice.'],
        pass: ['Odgovora še nismo prejeli.', 'Hvala, ker ste se hitro odzvali.'],
      },
    },
    {
      id: 'sl-blame-failed',
      category: 'blame',
      severity: 'warning',
      pattern: phrase(R`${NOT_IF}niste\s+(?:uspeli|uspel[a]?|zmogli|zmogel|zmogla)`),
      explanation: '»Niste uspeli« govori o neuspehu osebe; opišite, česa ni bilo mogoče narediti.',
      rewrite: 'ni bilo mogoče',
      examples: {
        flag: ['Niste uspeli oddati gradiva pravočasno.', 'Roka niste zmogli upoštevati.'],
        pass: ['Ni bilo mogoče oddati gradiva pravočasno.', 'Če niste uspeli plačati, nam pišite.'],
      },
    },
    {
      id: 'sl-blame-fault',
      category: 'blame',
      severity: 'warning',
      pattern: phrase(R`(?<!ni\s+(?:\p{L}+\s+)?)(?:(?:izključno|povsem|zgolj|samo)\s+)?(?:vaša(?:\s+lastna)?|tvoja)\s+krivda`),
      explanation: 'Iskanje krivca je oseben napad; ostanite pri dejstvih.',
      rewrite: 'nekaj, kar obžalujemo',
      examples: {
        flag: ['Zamuda je vaša krivda.', 'To je izključno vaša krivda.'],
        pass: ['To ni vaša krivda.', 'Za napako se opravičujemo.'],
      },
    },
    {
      id: 'sl-blame-because-of-you',
      category: 'blame',
      severity: 'warning',
      pattern: phrase(R`po\s+(?:vaši|tvoji)\s+krivdi`, R`zaradi\s+(?:vas|tebe)(?:\s+samih)?`),
      explanation: 'Težave ne pripisujte stranki osebno.',
      rewrite: 'zaradi okoliščin',
      examples: {
        flag: ['Projekt zamuja po vaši krivdi.', 'Zaradi vas smo morali ustaviti delo.'],
        pass: ['Zaradi vaše povratne informacije smo izboljšali načrt.', 'Po vaši želji smo spremenili rok.'],
      },
    },
    {
      id: 'sl-absolute-about-client',
      category: 'absolute',
      severity: 'warning',
      pattern: phrase(R`${CLIENT_BEFORE}${ABSOLUTE}${PRAISE}`, R`${ABSOLUTE}${CLIENT_AFTER}${PRAISE}`),
      explanation: 'Posploševanje o vedenju stranke pretirava in izzove prepir; navedite konkretne primere.',
      rewrite: 'večkrat',
      examples: {
        flag: ['Vedno zamujate s plačili.', 'Nikoli ne odgovorite pravočasno.', 'Ste stalno spreminjali zahteve.', 'Nenehno se pritožujete.'],
        pass: ['Vedno ste bili zanesljiva stranka.', 'Plačila še vedno niste poravnali.', 'Vedno smo veseli vaših vprašanj.'],
      },
    },
    {
      id: 'sl-absolute-general',
      category: 'absolute',
      severity: 'info',
      pattern: phrase(
        R`(?<!${START}(?:smo|sem|bomo|bom|nismo|nisem|mi|jaz)(?:\s+\p{L}+)?\s+)(?<!${START}(?:vi|ste|niste|boste|si|nisi|boš)\s+)` +
          R`(?:(?<!še\s+|za\s+)vedno(?!\s+(?:več|bolj|manj)(?![\p{L}]))|zmeraj|nenehno|venomer|nikoli|vsakič\s+znova)` +
          R`(?!\s+(?:znova\s+)?(?:ne\s+)?(?:še\s+)?${CLITIC}(?:\p{L}+te|\p{L}+š|ste|niste|si|nisi|boste|boš|\p{L}+mo|smo|sem|bom|bomo|nismo|nisem)(?![\p{L}]))`,
      ),
      explanation: 'Absolutne besede pretiravajo; konkreten datum ali število prepriča bolj.',
      rewrite: 'večkrat',
      examples: {
        flag: ['Plačila vedno zamujajo.', 'Roki se nenehno premikajo.'],
        pass: ['Vedno smo veseli vaših vprašanj.', 'Plačila še vedno nismo prejeli.', 'Vedno se veselimo sodelovanja.'],
      },
    },
    {
      id: 'sl-threat-legal',
      category: 'threat',
      severity: 'warning',
      allowedInFinalStage: true,
      pattern: phrase(
        R`tožb\p{L}*`,
        R`(?:vas\s+)?(?:bomo|bom)\s+tožil\p{L}*`,
        R`sodn\p{L}*\s+(?:pot(?:i|jo)?|postop\p{L}*|izterjav\p{L}*)`,
        R`pravn\p{L}*\s+(?:ukrep\p{L}*|korak\p{L}*|postop\p{L}*|pot(?:i|jo)?|sredstv\p{L}*)`,
        R`na\s+sodišč\p{L}*`,
        R`izvršb\p{L}*`,
        R`pravd\p{L}*`,
      ),
      explanation: 'Grožnja s sodiščem pred končnim opominom prehitro zaostri odnos.',
      rewrite: REST,
      examples: {
        flag: ['Sprožili bomo sodni postopek.', 'Zoper vas bomo vložili tožbo.', 'Sledil bo pravdni postopek.'],
        pass: ['Pogodba je sklenjena po slovenskem pravu.', 'Račun je izdala pravna oseba.'],
      },
    },
    {
      id: 'sl-threat-lawyer',
      category: 'threat',
      severity: 'warning',
      allowedInFinalStage: true,
      pattern: phrase(
        R`(?:naš|moj)\p{L}*\s+odvetni\p{L}*`,
        R`(?:predali|predal|predala|predajamo|predamo|posredovali|posredujemo|izročili|izročimo)\s+(?:\p{L}+\s+){0,3}?odvetni\p{L}*`,
        R`obrnili\s+(?:se\s+)?(?:bomo\s+)?na\s+odvetni\p{L}*`,
      ),
      explanation: 'Omemba odvetnika pred končnim opominom deluje kot ustrahovanje.',
      rewrite: REST,
      examples: {
        flag: ['Zadevo bomo predali našemu odvetniku.', 'Naša odvetnica vas bo kontaktirala.'],
        pass: ['Če potrebujete odvetnika za pogodbe, vam lahko koga priporočim.', 'Sem odvetnica in vodim projekt.'],
      },
    },
    {
      id: 'sl-threat-collections',
      category: 'threat',
      severity: 'warning',
      allowedInFinalStage: true,
      pattern: phrase(R`izterjav\p{L}*`, R`izterjeval\p{L}*`),
      explanation: 'Omemba izterjave pred končnim opominom zveni kot grožnja.',
      rewrite: REST,
      examples: {
        flag: ['Terjatev bomo predali v izterjavo.', 'Zadevo bo prevzela agencija za izterjavo.'],
        pass: ['Terjatev je poravnana.', 'Opomin pošiljamo samodejno.'],
      },
    },
    {
      id: 'sl-threat-forced',
      category: 'threat',
      severity: 'warning',
      allowedInFinalStage: true,
      pattern: phrase(
        R`(?:bomo|bom)\s+(?:prisiljen\p{L}*|primoran\p{L}*)`,
        R`(?:prisiljen\p{L}*|primoran\p{L}*)\s+(?:bomo|bom)`,
        R`ne\s+bo\s+nam\s+preostalo\s+drugega(?:,?\s+kot)?`,
        R`ne\s+bomo\s+imeli\s+druge\s+izbire(?:,?\s+kot)?`,
        R`(?:sicer|drugače)\s+bomo\s+ukrepal\p{L}*`,
      ),
      explanation: '»Prisiljeni bomo« zveni kot pritisk; naslednji korak povejte mirno.',
      rewrite: 'bomo morali',
      rewrites: {
        'prisiljeni bomo': 'morali bomo',
        'primorani bomo': 'morali bomo',
        'prisiljen bom': 'moral bom',
        'prisiljena bom': 'morala bom',
        'ne bo nam preostalo drugega, kot': 'naslednji korak bo, da',
        'ne bo nam preostalo drugega kot': 'naslednji korak bo, da',
        'ne bomo imeli druge izbire, kot': 'naslednji korak bo, da',
        'sicer bomo ukrepali': 'sicer bomo nadaljevali, kot določa pogodba',
      },
      examples: {
        flag: ['Prisiljeni bomo ustaviti delo.', 'Ne bo nam preostalo drugega, kot da ukrepamo.'],
        pass: ['Delo smo začasno ustavili.', 'Z veseljem vam bomo pomagali.'],
      },
    },
    {
      id: 'sl-threat-final-warning',
      category: 'threat',
      severity: 'warning',
      allowedInFinalStage: true,
      pattern: phrase(R`zadnje\s+opozorilo`, R`zadnj[aoe]\s+priložnost`, R`zadnjič\s+(?:vas\s+)?opozarjam\p{L}*`),
      explanation: '»Zadnje opozorilo« zveni kot graja; končno obvestilo pove isto spoštljivo.',
      rewrite: 'končno obvestilo',
      rewrites: {
        'zadnja priložnost': 'še ena možnost',
        'zadnjo priložnost': 'še eno možnost',
        'zadnjič vas opozarjamo': 'vljudno vas obveščamo',
        'zadnjič vas opozarjam': 'vljudno vas obveščam',
      },
      examples: {
        flag: ['To je zadnje opozorilo.', 'Dajemo vam zadnjo priložnost.'],
        pass: ['To je končni opomin pred nadaljnjimi koraki.', 'Zadnji dan plačila je petek.'],
      },
    },
    {
      id: 'sl-threat-reputation',
      category: 'threat',
      severity: 'warning',
      allowedInFinalStage: false,
      pattern: phrase(
        R`(?:negativn|slab)\p{L}*\s+(?:ocen|mnenj|recenzij|komentar)\p{L}*`,
        R`javno\s+(?:objavi|izpostavi|razkri)\p{L}*`,
        R`(?:opozorili|obvestili|opozorimo|obvestimo)\s+(?:bomo\s+)?(?:druge|ostale)\s+(?:stranke|ponudnike|izvajalce|kolege)`,
        R`(?:boste|boš)\s+(?:še\s+)?obžaloval\p{L}*`,
      ),
      explanation: 'Grožnja z ugledom ni sprejemljiva, niti v končnem opominu.',
      rewrite: REST,
      examples: {
        flag: ['Objavili bomo negativno oceno.', 'Opozorili bomo druge ponudnike.'],
        pass: ['Hvala za vašo pozitivno oceno.', 'Slabo vreme je zamaknilo sestanek.'],
      },
    },
    {
      id: 'sl-threat-report',
      category: 'threat',
      severity: 'warning',
      allowedInFinalStage: true,
      pattern: phrase(
        R`(?:vas\s+)?(?:bomo|bom)\s+(?:vas\s+)?prijavil\p{L}*(?!\s+(?:\p{L}+\s+){0,2}?(?:policij|furs|davčn|inšpek|tožilst))(?:\s+(?:v|na)\s+(?:sisbon\p{L}*|črn\p{L}*\s+(?:list|sezn)\p{L}*|(?:seznam|register)\p{L}*\s+(?:neplačnikov|dolžnikov)))?`,
        R`prijavil\p{L}*\s+vas\s+(?:bomo|bom)(?!\s+(?:\p{L}+\s+){0,2}?(?:policij|furs|davčn|inšpek|tožilst))(?:\s+(?:v|na)\s+(?:sisbon\p{L}*|črn\p{L}*\s+(?:list|sezn)\p{L}*|(?:seznam|register)\p{L}*\s+(?:neplačnikov|dolžnikov)))?`,
        R`(?:(?:vas\s+)?(?:bomo|bom)\s+(?:vas\s+)?)?(?:uvrstil|vpisal)\p{L}*(?:\s+vas\s+(?:bomo|bom))?\s+(?:v|na)\s+(?:sisbon\p{L}*|črn\p{L}*\s+(?:list|sezn)\p{L}*|(?:seznam|register)\p{L}*\s+(?:neplačnikov|dolžnikov))`,
      ),
      explanation: 'Grožnja s prijavo ali črno listo pred končnim opominom prehitro zaostri odnos.',
      rewrite: 'nadaljevali bomo, kot določa pogodba',
      examples: {
        flag: ['Prijavili vas bomo v SISBON.', 'Uvrstili vas bomo na črno listo.', 'Če ne plačate, vas bomo prijavili.'],
        pass: ['Hvala, da ste se prijavili na delavnico.', 'Na seznamu so vsi računi za leto 2024.'],
      },
    },
    {
      id: 'sl-threat-authorities',
      category: 'threat',
      severity: 'warning',
      allowedInFinalStage: false,
      pattern: phrase(
        R`(?:vas\s+)?(?:(?:bomo|bom)\s+)?(?:vas\s+)?(?:prijavil|ovadil)\p{L}*(?:\s+vas)?(?:\s+(?:bomo|bom))?\s+(?:\p{L}+\s+){0,2}?(?:policij\p{L}*|furs\p{L}*|davčn\p{L}*\s+uprav\p{L}*|(?:tržn\p{L}*\s+)?inšpek\p{L}*|tožilstv\p{L}*)`,
        R`(?:(?:bomo|bom)\s+)?(?:vložil|podal)\p{L}*(?:\s+(?:bomo|bom))?\s+(?:kazensk\p{L}*\s+)?ovadb\p{L}*`,
        R`kazensk\p{L}*\s+ovadb\p{L}*`,
      ),
      explanation: 'Grožnja s policijo ali davčno upravo zaradi dolga je ustrahovanje, tudi v končnem opominu.',
      rewrite: 'nadaljevali bomo, kot določa pogodba',
      examples: {
        flag: ['Prijavili vas bomo policiji.', 'Vložili bomo kazensko ovadbo.', 'Vas bomo prijavili davčni upravi.'],
        pass: ['Račun je davčno potrjen.', 'Policijska postaja je naša stranka že leta.'],
      },
    },
    {
      id: 'sl-legal-statutory-interest',
      category: 'legal',
      severity: 'warning',
      unlessTicked: 'statutoryInterest',
      pattern: phrase(
        R`zakonsk\p{L}*\s+(?:zamudn\p{L}*\s+)?obrest\p{L}*`,
        R`zamudn\p{L}*\s+obrest\p{L}*\s+(?:po\s+zakonu|v\s+skladu\s+z\s+zakonom|po\s+zprezp(?:-1)?)`,
        R`zprezp(?:-1)?`,
      ),
      explanation: 'Zakonskih zamudnih obresti niste izbrali; označite to polje, da bo pismo navedlo pravi znesek.',
      rewrite: 'pogodbene zamudne obresti',
      rewrites: {
        'zakonskih zamudnih obresti': 'pogodbenih zamudnih obresti',
        'zakonskimi zamudnimi obrestmi': 'pogodbenimi zamudnimi obrestmi',
        'zakonskim zamudnim obrestim': 'pogodbenim zamudnim obrestim',
        'zakonskih obresti': 'pogodbenih zamudnih obresti',
      },
      examples: {
        flag: ['Zaračunali bomo zakonske zamudne obresti.', 'Od zapadlosti tečejo zamudne obresti po zakonu.'],
        pass: ['V skladu s pogodbo se obračuna nadomestilo za zamudo.', 'Obrestne mere so letos višje.'],
      },
    },
    {
      id: 'sl-final-date',
      category: 'final-notice',
      severity: 'warning',
      missing: 'date',
      pattern: phrase(R`\{\{\s*respondby\s*\}\}`),
      explanation: 'Končni opomin potrebuje rok plačila: izpolnite datum za odgovor.',
      rewrite: 'Prosimo, da znesek poravnate do {{respondBy}}.',
      examples: {
        flag: ['Prosimo, da znesek čim prej poravnate.\n\nLep pozdrav\nAna', 'To je končni opomin.'],
        pass: ['Prosimo, da znesek poravnate do {{respondBy}}.', 'Rok za plačilo je {{ respondBy }}.'],
      },
    },
    {
      id: 'sl-final-next-step',
      category: 'final-notice',
      severity: 'warning',
      missing: 'consequence',
      pattern: phrase(
        R`izterjav\p{L}*`,
        R`(?:nadaljnj|naslednj)\p{L}*\s+(?:korak|ukrep)\p{L}*`,
        R`(?:sodn|sodišč|tožb|izvršb|odvetni)\p{L}*`,
        R`zamudn\p{L}*\s+obrest\p{L}*`,
        R`nadomestil\p{L}*\s+za\s+zamudo`,
        R`(?:ustavil|prekinil|zaustavil|ustavitev|prekinitev)\p{L}*\s+(?:\p{L}+\s+){0,2}?(?:del|storit|dostop)\p{L}*`,
      ),
      explanation: 'Končni opomin naj mirno pove, kaj sledi po roku, da je jasen in pošten.',
      rewrite: 'Če do tega roka plačila ne prejmemo, bomo v skladu s pogodbo terjatev predali v izterjavo.',
      examples: {
        flag: ['Prosimo, da znesek poravnate do 15. marca.\n\nLep pozdrav\nAna', 'To je končni opomin. Prosimo za plačilo.'],
        pass: ['Po tem roku bomo terjatev predali v izterjavo.', 'Po tem roku bomo ustavili delo na projektu.'],
      },
    },
    {
      id: 'sl-informal-ti',
      category: 'informal',
      severity: 'warning',
      pattern: phrase(R`ti(?!\s+\p{L}{3,}i(?![\p{L}]))`, R`tebi`, R`tebe`),
      explanation: 'V poslovnem pismu stranko vikamo.',
      rewrite: 'vam',
      rewrites: { tebe: 'vas' },
      examples: {
        flag: ['Pošiljam ti račun.', 'Hvala tebi za sodelovanje.'],
        pass: ['Ti podatki so v prilogi.', 'Pošiljamo vam račun.'],
      },
    },
    {
      id: 'sl-informal-tvoj',
      category: 'informal',
      severity: 'warning',
      pattern: phrase(R`tvoj(?:a|e|o|ega|emu|em|im|i|ih|ima)?`),
      explanation: 'V poslovnem pismu stranko vikamo: vaš, vaša, vaše.',
      rewrite: 'vaš',
      rewrites: POSSESSIVES,
      examples: {
        flag: ['Tvoja plačila zamujajo.', 'Prejeli smo tvoje sporočilo.'],
        pass: ['Prejeli smo vaše sporočilo.', 'Tvorjenje računov je samodejno.'],
      },
    },
    {
      id: 'sl-informal-verb',
      category: 'informal',
      severity: 'warning',
      pattern: phrase(
        oneOf(...Object.keys(TI_VERBS)),
        R`(?<!${START}(?:sem|je|smo|ste|so|bom|bo|bomo|bi|sva|sta|se)\s+)(?:ni)?si\s+(?:(?:mi|nam|že|še)\s+)?${SINGULAR_PARTICIPLE}`,
        R`${SINGULAR_PARTICIPLE}\s+si(?!\s+(?:bom|bo|bomo|boste|boš|je|sem|smo|so|sta|sva)(?![\p{L}]))`,
      ),
      explanation: 'Tikanje je v poslovnem pismu preveč domače; uporabite vikanje.',
      rewrite: 'ste',
      rewrites: tiVerbRewrites(),
      examples: {
        flag: ['Račun si poslal prepozno.', 'Kdaj boš plačal?', 'Nisi odgovoril na sporočilo.'],
        pass: ['Sem si prebral vaš predlog.', 'Kdaj boste plačali?'],
      },
    },
    {
      id: 'sl-pa-already-said',
      category: 'passive-aggressive',
      severity: 'warning',
      pattern: phrase(
        R`kot\s+(?:sem|smo)\s+(?:vam\s+)?že\s+(?:večkrat\s+)?(?:napisal|omenil|povedal|pojasnil|sporočil|poudaril)[ai]?`,
        R`kot\s+(?:je\s+)?že\s+(?:rečeno|omenjeno|napisano|pojasnjeno)`,
        R`kot\s+(?:sem|smo)\s+(?:vam\s+)?(?:napisal|omenil)[ai]?\s+v\s+(?:prejšnjem|zadnjem)\s+(?:sporočilu|e-?sporočilu|e-?mailu|mailu|dopisu)`,
      ),
      explanation: 'Poudarjanje, da ste nekaj že napisali, zveni nestrpno.',
      rewrite: 'naj povzamem',
      examples: {
        flag: ['Kot sem že napisal, račun zapade v petek.', 'Kot že rečeno, projekt zamuja.'],
        pass: ['Kot smo se dogovorili, pošiljam račun.', 'Kot sem omenil na sestanku, je gradivo pripravljeno.'],
      },
    },
    {
      id: 'sl-pa-remind-again',
      category: 'passive-aggressive',
      severity: 'warning',
      pattern: phrase(
        R`(?:ponovno|še\s+enkrat|znova|spet)\s+vas\s+(?:opozarjam\p{L}*|opominjam\p{L}*|(?:moram|moramo)\s+opozoriti)`,
        R`(?:moram|moramo)\s+vas\s+(?:ponovno|še\s+enkrat|spet|znova)\s+opozoriti`,
      ),
      explanation: '»Ponovno vas opozarjam« zveni kot graja.',
      rewrite: 'vljudno vas obveščamo',
      examples: {
        flag: ['Ponovno vas opozarjam, da račun ni plačan.', 'Še enkrat vas moram opozoriti na rok.'],
        pass: ['Vljudno vas obveščamo, da je račun zapadel.', 'Prijazen opomnik: račun zapade v petek.'],
      },
    },
    {
      id: 'sl-pa-should-know',
      category: 'passive-aggressive',
      severity: 'warning',
      pattern: phrase(
        R`kot\s+bi\s+(?:že\s+)?(?:morali|moral|morala)\s+vedeti`,
        R`kot\s+(?:dobro\s+)?veste\s+(?:že\s+)?sami`,
        R`prepričan[a]?\s+sem,?\s+da\s+(?:razumete|boste\s+razumeli)`,
        R`saj\s+vendar\s+veste`,
      ),
      explanation: 'Tak stavek stranki pridiga; raje se sklicujte na pogodbo.',
      rewrite: 'kot določa pogodba',
      rewrites: {
        'prepričan sem, da razumete': 'upamo na vaše razumevanje glede tega',
        'prepričana sem, da razumete': 'upamo na vaše razumevanje glede tega',
        'prepričan sem da razumete': 'upamo na vaše razumevanje glede tega',
        'prepričana sem da razumete': 'upamo na vaše razumevanje glede tega',
      },
      examples: {
        flag: ['Kot bi morali vedeti, račun zapade v 8 dneh.', 'Prepričan sem, da razumete, da moramo biti plačani.'],
        pass: ['Kot veste, je projekt zaključen.', 'Prepričani smo, da bomo našli rešitev.'],
      },
    },
  ],
});
