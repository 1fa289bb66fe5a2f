import { LINE_START, START, TOKEN, oneOf, phrase } from './regex-helpers';
import type { RulePack } from './types';

const R = String.raw;

/** The client as subject: anda, tuan, puan, pihak tuan, and the informal pronouns. */
const YOU = R`(?:anda|kamu|awak|engkau|kau|tuan|puan|encik|pihak\s+(?:anda|tuan|puan))`;
/** "jika / sekiranya anda belum membayar" is the face-saving conditional, not blame. */
const NOT_IF = R`(?<!${START}(?:jika|sekiranya|kalau|andai|andainya|seandainya|apabila|bila|mungkin|barangkali)(?:\s+${TOKEN}){0,2}\s+)`;
const NOT_YET = R`(?:masih\s+)?(?:tidak|belum|tak|gagal|enggan)\s+(?:lagi\s+)?(?:pernah\s+)?`;
const PAY = R`(?:membayar|menjelaskan|melunaskan|bayar|jelaskan|lunaskan|membuat\s+(?:pembayaran|bayaran))`;
const SEND = R`(?:menghantar|mengirim|mengirimkan|menyerahkan|menyediakan|hantar|kirim|(?:memberikan|memberi|beri)(?!\s+(?:maklum\s+balas|respons)))`;
const REPLY = R`(?:membalas|menjawab|balas|jawab|memberi(?:kan)?\s+(?:maklum\s+balas|respons)|menghubungi\s+(?:kami|saya))`;
const REST = 'langkah seterusnya mengikut kontrak';
const CLIENT_BEFORE = R`(?<=${START}${YOU}\s+(?:(?!kami|saya|kita)\p{L}+\s+)?)`;

/** Nouns that take the informal possessive -mu, rewritten with "anda". */
const MU_NOUNS = [
  'invois', 'bayaran', 'bil', 'projek', 'emel', 'e-mel', 'mesej', 'fail', 'akaun', 'syarikat',
  'perniagaan', 'pasukan', 'permintaan', 'kerja', 'hutang', 'pesanan', 'jawapan', 'pelanggan',
] as const;

/** Built on first use: each pattern is a Unicode regular expression that is slow to compile. */
export const buildMsRules = (): RulePack => ({
  lang: 'ms',
  rules: [
    {
      id: 'ms-blame-unpaid',
      category: 'blame',
      severity: 'warning',
      pattern: phrase(
        R`${NOT_IF}${YOU}\s+${NOT_YET}${PAY}(?:\s+(?:invois|bil|bayaran|baki|yuran|jumlah)(?:\s+(?:ini|itu|tersebut))?)?`,
      ),
      explanation: 'Mengatakan pelanggan tidak membayar kedengaran seperti tuduhan; nyatakan apa yang belum diterima.',
      rewrite: 'kami masih belum menerima bayaran',
      examples: {
        flag: ['Anda belum membayar invois ini.', 'Tuan masih tidak menjelaskan baki tersebut.'],
        pass: [
          'Kami masih belum menerima bayaran.',
          'Jika anda belum membayar, sila gunakan pautan di bawah.',
          'Sekiranya tuan telah membuat bayaran, sila abaikan e-mel ini.',
        ],
      },
    },
    {
      id: 'ms-blame-not-sent',
      category: 'blame',
      severity: 'warning',
      pattern: phrase(R`${NOT_IF}${YOU}\s+${NOT_YET}${SEND}(?:\s+(?:kepada\s+)?(?:kami|saya))?`),
      explanation: 'Menuding apa yang tidak dihantar oleh pelanggan menyalahkannya; nyatakan apa yang belum sampai.',
      rewrite: 'kami masih belum menerima',
      examples: {
        flag: ['Anda belum menghantar fail yang diperlukan.', 'Anda tidak memberikan maklumat yang kami minta.'],
        pass: ['Kami masih belum menerima fail tersebut.', 'Jika anda belum menghantar fail, sila hantar hari ini.'],
      },
    },
    {
      id: 'ms-blame-no-reply',
      category: 'blame',
      severity: 'warning',
      pattern: phrase(
        R`${NOT_IF}${YOU}\s+${NOT_YET}${REPLY}(?:\s+(?:e-?mel|mesej|panggilan|soalan|surat)(?:\s+(?:saya|kami))?)?`,
      ),
      explanation: 'Menyatakan pelanggan tidak membalas kedengaran seperti teguran; katakan maklum balas belum diterima.',
      rewrite: 'kami masih belum menerima maklum balas',
      examples: {
        flag: ['Anda tidak membalas e-mel saya.', 'Tuan belum memberi maklum balas.'],
        pass: ['Kami masih belum menerima maklum balas.', 'Terima kasih kerana anda membalas dengan segera.'],
      },
    },
    {
      id: 'ms-blame-failed',
      category: 'blame',
      severity: 'warning',
      pattern: phrase(
        R`${NOT_IF}${YOU}\s+(?:telah\s+|sekali\s+lagi\s+)?gagal(?!\s+(?:${PAY}|${SEND}|${REPLY})(?![\p{L}]))`,
      ),
      explanation: '“Anda gagal” menjadikan masalah itu kegagalan peribadi; nyatakan apa yang tidak dapat dilakukan.',
      rewrite: 'kita tidak dapat',
      examples: {
        flag: ['Anda gagal mematuhi tarikh akhir.', 'Awak telah gagal menyiapkan semakan.'],
        pass: ['Kita tidak dapat mematuhi tarikh akhir.', 'Anda gagal membayar invois.', 'Projek itu tidak gagal.'],
      },
    },
    {
      id: 'ms-blame-fault',
      category: 'blame',
      severity: 'warning',
      pattern: phrase(
        R`(?<!bukan\s+(?:\p{L}+\s+)?)(?:(?:adalah|memang|semuanya)\s+)?(?:salah|kesalahan|kesilapan|silap)\s+(?:anda|kamu|awak|engkau|kau|tuan|puan|pihak\s+(?:anda|tuan|puan))`,
      ),
      explanation: 'Meletakkan kesalahan pada pelanggan ialah serangan peribadi; berpeganglah pada fakta.',
      rewrite: 'amat dikesali',
      examples: {
        flag: ['Kelewatan ini adalah salah anda.', 'Semuanya kesalahan tuan.'],
        pass: ['Ini bukan salah anda.', 'Maaf atas kesilapan kami.'],
      },
    },
    {
      id: 'ms-blame-because-of-you',
      category: 'blame',
      severity: 'warning',
      pattern: phrase(
        R`gara-gara\s+(?:anda|kamu|awak|engkau|kau|tuan|puan)`,
        R`(?:kerana|disebabkan(?:\s+oleh)?|akibat)\s+(?:anda|kamu|awak|engkau|kau|tuan|puan)(?=\s*(?:[.,!;]|$))`,
      ),
      explanation: 'Jangan kaitkan masalah dengan pelanggan secara peribadi.',
      rewrite: 'disebabkan keadaan',
      examples: {
        flag: ['Semua ini berlaku gara-gara anda.', 'Kerja terhenti disebabkan oleh anda.'],
        pass: ['Terima kasih kerana anda memilih kami.', 'Kelewatan disebabkan oleh cuti umum.'],
      },
    },
    {
      id: 'ms-absolute-about-client',
      category: 'absolute',
      severity: 'warning',
      pattern: phrase(
        R`${CLIENT_BEFORE}(?:sentiasa|selalu|asyik|acap\s+kali|kerap\s+kali)(?!\s+(?:\p{L}+\s+)?(?:tepat|baik|membantu|sabar|menyokong|bermurah|peramah|prihatin|dialu-alukan)(?![\p{L}]))`,
        R`${CLIENT_BEFORE}(?:tidak|tak|langsung\s+tidak)\s+pernah(?!\s+(?:tahu|lewat|gagal|terlepas|mengecewakan)(?![\p{L}]))`,
        R`setiap\s+kali(?=\s+${YOU}(?![\p{L}]))`,
      ),
      explanation: 'Kata mutlak tentang tingkah laku pelanggan membesar-besarkan; sebutkan kejadian tertentu.',
      rewrite: 'beberapa kali',
      rewrites: {
        'tidak pernah': 'beberapa kali tidak',
        'tak pernah': 'beberapa kali tidak',
        'langsung tidak pernah': 'beberapa kali tidak',
      },
      examples: {
        flag: ['Anda sentiasa lewat membuat bayaran.', 'Anda tidak pernah membalas e-mel kami.', 'Setiap kali anda menukar skop.'],
        pass: ['Anda sentiasa membayar tepat pada masanya.', 'Kami sentiasa menghargai kerjasama anda.', 'Anda tidak pernah tahu bila anda memerlukan kami.'],
      },
    },
    {
      id: 'ms-absolute-general',
      category: 'absolute',
      severity: 'info',
      pattern: phrase(
        R`(?<!${START}(?:kami|saya|kita|seperti|macam)(?:\s+\p{L}+)?\s+)(?<!${START}${YOU}(?:\s+\p{L}+)?\s+)` +
          R`(?:sentiasa|selalu|setiap\s+kali(?!\s+${YOU}(?![\p{L}])))(?!\s+(?:sedia|bersedia|dialu-alukan|di\s+hati)(?![\p{L}]))`,
      ),
      explanation: 'Kata mutlak membesar-besarkan masalah; tarikh atau bilangan yang tepat lebih meyakinkan.',
      rewrite: 'beberapa kali',
      examples: {
        flag: ['Pembayaran selalu lewat.', 'Setiap kali projek bermula, skop berubah.'],
        pass: ['Kami sentiasa menghargai sokongan anda.', 'Seperti selalu, terima kasih atas kerjasama anda.'],
      },
    },
    {
      id: 'ms-threat-legal',
      category: 'threat',
      severity: 'warning',
      allowedInFinalStage: true,
      pattern: phrase(
        R`tindakan\s+(?:undang-undang|mahkamah|guaman|perundangan)`,
        R`(?:dibawa|membawa|bawa)\s+(?:\p{L}+\s+){0,2}?ke\s+mahkamah`,
        R`(?:menyaman|disaman)`,
        R`mahkamah\s+tuntutan\s+kecil`,
        R`mahkamah`,
        R`surat\s+tuntutan(?:\s+(?:undang-undang|guaman|rasmi))?`,
      ),
      explanation: 'Ugutan undang-undang sebelum notis akhir memburukkan keadaan terlalu awal.',
      rewrite: REST,
      examples: {
        flag: ['Kami akan mengambil tindakan undang-undang.', 'Perkara ini akan dibawa ke mahkamah.', 'Kami akan menghantar surat tuntutan.'],
        pass: ['Kontrak ini tertakluk kepada undang-undang Malaysia.', 'Kami akan mengambil tindakan susulan minggu depan.'],
      },
    },
    {
      id: 'ms-threat-lawyer',
      category: 'threat',
      severity: 'warning',
      allowedInFinalStage: true,
      pattern: phrase(
        R`(?:serah|menyerah|rujuk|merujuk|panjang|memanjang)\p{L}*\s+(?:\p{L}+\s+){0,3}?(?:kepada|ke)\s+(?:pihak\s+)?peguam(?:\s+(?:kami|saya))?`,
        R`peguam\s+(?:kami|saya)`,
        R`firma\s+guaman\s+(?:kami|saya)`,
        R`(?:melantik|lantik)\s+(?:seorang\s+)?peguam`,
      ),
      explanation: 'Menyebut peguam sebelum notis akhir kedengaran seperti ugutan.',
      rewrite: REST,
      examples: {
        flag: ['Kami akan menyerahkan perkara ini kepada peguam kami.', 'Peguam kami akan menghubungi anda.'],
        pass: ['Jika anda memerlukan peguam, saya boleh cadangkan seseorang.', 'Saya seorang peguam dan boleh membantu kontrak anda.'],
      },
    },
    {
      id: 'ms-threat-collections',
      category: 'threat',
      severity: 'warning',
      allowedInFinalStage: true,
      pattern: phrase(R`agensi\s+(?:kutipan|pemungut)(?:\s+hutang)?`, R`pemungut\s+hutang`, R`(?:syarikat\s+)?kutipan\s+hutang`),
      explanation: 'Menyebut agensi kutipan sebelum notis akhir kedengaran seperti ugutan.',
      rewrite: REST,
      examples: {
        flag: ['Akaun anda akan diserahkan kepada agensi kutipan hutang.', 'Kami akan melantik pemungut hutang.'],
        pass: ['Kutipan daripada laporan dilampirkan.', 'Hutang ini boleh dibayar secara ansuran.'],
      },
    },
    {
      id: 'ms-threat-forced',
      category: 'threat',
      severity: 'warning',
      allowedInFinalStage: true,
      pattern: phrase(
        R`(?:kami|saya)\s+akan\s+terpaksa`,
        R`(?:kami|saya)\s+(?:tiada|tidak\s+mempunyai|tidak\s+ada)\s+pilihan\s+(?:lain\s+)?(?:selain|kecuali)(?:\s+daripada)?`,
        R`(?:jika|kalau)\s+tidak,?\s+(?:kami|saya)\s+akan`,
      ),
      explanation: '“Kami akan terpaksa” kedengaran seperti desakan; nyatakan langkah seterusnya dengan tenang.',
      rewrite: 'langkah seterusnya ialah',
      rewrites: { 'jika tidak, kami akan': 'selepas itu, kami akan', 'jika tidak kami akan': 'selepas itu kami akan' },
      examples: {
        flag: ['Kami akan terpaksa menghentikan perkhidmatan.', 'Kami tiada pilihan selain mengambil tindakan.'],
        pass: ['Kami terpaksa menangguhkan kerja buat sementara waktu.', 'Kami sedia membantu jika ada pertanyaan.'],
      },
    },
    {
      id: 'ms-threat-final-warning',
      category: 'threat',
      severity: 'warning',
      allowedInFinalStage: true,
      pattern: phrase(R`amaran\s+(?:terakhir|akhir|muktamad)`, R`peluang\s+(?:terakhir|akhir)`),
      explanation: '“Amaran terakhir” kedengaran seperti teguran; notis akhir menyampaikan perkara sama dengan hormat.',
      rewrite: 'notis akhir',
      rewrites: { 'peluang terakhir': 'peringatan akhir', 'peluang akhir': 'peringatan akhir' },
      examples: {
        flag: ['Ini adalah amaran terakhir.', 'Ini peluang terakhir anda untuk membayar.'],
        pass: ['Ini adalah notis akhir.', 'Tarikh akhir pembayaran ialah 15 Januari.'],
      },
    },
    {
      id: 'ms-threat-reputation',
      category: 'threat',
      severity: 'warning',
      allowedInFinalStage: false,
      pattern: phrase(
        R`(?:(?:kami|saya)\s+akan\s+(?:\p{L}+\s+){0,2}?)?ulasan\s+(?:buruk|negatif)`,
        R`(?:dedah|mendedah|hebah|menghebah|viral|tular|sebar|menyebar)\p{L}*\s+(?:\p{L}+\s+){0,3}?(?:di\s+)?(?:media\s+sosial|umum|awam)`,
        R`(?:memberi|beri)\s+amaran\s+kepada\s+(?:pelanggan|rakan|pekerja\s+bebas|freelancer)\s+lain`,
      ),
      explanation: 'Mengugut reputasi seseorang tidak pernah wajar, walaupun dalam notis akhir.',
      rewrite: 'kami akan mengikut langkah dalam kontrak',
      examples: {
        flag: ['Kami akan meninggalkan ulasan buruk di Google.', 'Kami akan mendedahkan perkara ini di media sosial.'],
        pass: ['Terima kasih atas ulasan positif anda.', 'Kami berkongsi kemas kini di media sosial.'],
      },
    },
    {
      id: 'ms-threat-report',
      category: 'threat',
      severity: 'warning',
      allowedInFinalStage: true,
      pattern: phrase(
        R`(?:(?:kami|saya)\s+(?:akan\s+)?(?:terpaksa\s+)?)?(?:melaporkan|laporkan)\s+(?:anda|tuan|puan|encik|syarikat\s+(?:anda|tuan|puan)|perkara\s+ini|hutang\s+ini|akaun\s+(?:anda|tuan|puan))(?!\s+(?:\p{L}+\s+){0,2}?(?:pihak\s+)?(?:polis|lhdn|hasil|sprm|kpdn\p{L}*|berkuasa))(?:\s+kepada\s+(?:ctos|ccris|agensi\s+pelaporan\s+kredit|biro\s+kredit))?`,
        R`(?:(?:kami|saya)\s+(?:akan\s+)?(?:terpaksa\s+)?)?(?:menyenaraihitamkan|senaraihitamkan)\s+(?:anda|tuan|puan|encik|syarikat\s+(?:anda|tuan|puan)|perkara\s+ini|hutang\s+ini|akaun\s+(?:anda|tuan|puan))`,
        R`(?:(?:kami|saya)\s+(?:akan\s+)?(?:terpaksa\s+)?)?(?:memasukkan|masukkan|menyenaraikan|senaraikan)\s+(?:\p{L}+\s+){0,3}?(?:ke\s+dalam|dalam|ke)\s+(?:senarai\s+hitam|ctos|ccris)`,
      ),
      explanation: 'Ugutan untuk melaporkan atau menyenaraihitamkan pelanggan sebelum notis akhir memburukkan keadaan terlalu awal.',
      rewrite: 'kami akan mengikut langkah dalam kontrak',
      examples: {
        flag: ['Kami akan melaporkan anda kepada CTOS.', 'Kami akan memasukkan nama syarikat anda ke dalam senarai hitam.'],
        pass: ['Kami akan menghantar laporan bulanan kepada anda.', 'Sila laporkan sebarang masalah kepada saya.'],
      },
    },
    {
      id: 'ms-threat-authorities',
      category: 'threat',
      severity: 'warning',
      allowedInFinalStage: false,
      pattern: phrase(
        R`(?:(?:kami|saya)\s+(?:akan\s+)?(?:terpaksa\s+)?)?(?:melaporkan|laporkan|lapor|membuat\s+(?:laporan|aduan))\s+(?:\p{L}+\s+){0,3}?(?:kepada|ke|di)\s+(?:pihak\s+)?(?:polis|lhdn|hasil|sprm|kpdn\p{L}*|berkuasa)`,
        R`(?:(?:kami|saya)\s+(?:akan\s+)?(?:terpaksa\s+)?)?(?:membuat\s+)?laporan\s+polis`,
      ),
      explanation: 'Mengugut pelanggan dengan polis atau LHDN kerana hutang ialah ugutan, walaupun dalam notis akhir.',
      rewrite: 'kami akan mengikut langkah dalam kontrak',
      examples: {
        flag: ['Kami akan membuat laporan polis.', 'Kami akan melaporkan perkara ini kepada LHDN.'],
        pass: ['Invois ini telah didaftarkan dengan LHDN.', 'Balai polis ialah pelanggan kami sejak lama.'],
      },
    },
    {
      id: 'ms-legal-statutory-interest',
      category: 'legal',
      severity: 'warning',
      unlessTicked: 'statutoryInterest',
      pattern: phrase(
        R`faedah\s+(?:lewat\s+bayar\s+)?(?:berkanun|statutori)`,
        R`faedah\s+(?:lewat\s+bayar\s+)?(?:mengikut|menurut|di\s+bawah)\s+(?:undang-undang|akta|statut)`,
        R`faedah\s+penghakiman`,
        R`akta\s+(?:bayaran|pembayaran)\s+lewat`,
      ),
      explanation: 'Anda belum memilih tuntutan faedah berkanun; tandakan kotak itu supaya surat menyatakan jumlah yang betul.',
      rewrite: 'caj lewat bayar seperti dalam perjanjian',
      examples: {
        flag: ['Kami akan mengenakan faedah berkanun ke atas invois ini.', 'Faedah mengikut undang-undang akan dikenakan.'],
        pass: ['Caj lewat bayar dikenakan seperti dalam perjanjian.', 'Kadar faedah bank meningkat tahun ini.'],
      },
    },
    {
      id: 'ms-final-date',
      category: 'final-notice',
      severity: 'warning',
      missing: 'date',
      pattern: phrase(R`\{\{\s*respondby\s*\}\}`),
      explanation: 'Notis akhir memerlukan tarikh bayaran: isikan tarikh untuk membalas.',
      rewrite: 'Sila jelaskan bayaran selewat-lewatnya pada {{respondBy}}.',
      examples: {
        flag: ['Sila jelaskan bayaran secepat mungkin.\n\nYang benar,\nAna', 'Ini ialah notis akhir.'],
        pass: ['Sila jelaskan bayaran selewat-lewatnya pada {{respondBy}}.', 'Tarikh akhir ialah {{ respondBy }}.'],
      },
    },
    {
      id: 'ms-final-next-step',
      category: 'final-notice',
      severity: 'warning',
      missing: 'consequence',
      pattern: phrase(
        R`langkah\s+(?:seterusnya|berikutnya|selanjutnya)`,
        R`kutipan\s+hutang|agensi\s+kutipan|pemungut\s+hutang`,
        R`tindakan\s+(?:undang-undang|mahkamah|guaman|susulan)`,
        R`mahkamah|peguam`,
        R`caj\s+lewat(?:\s+bayar)?|faedah`,
        R`(?:menghentikan|menangguhkan|menggantung|hentikan|tangguhkan|gantung)\s+(?:\p{L}+\s+){0,2}?(?:kerja|perkhidmatan|akses)`,
      ),
      explanation: 'Notis akhir patut menyatakan dengan tenang apa yang berlaku selepas tarikh itu, supaya jelas dan adil.',
      rewrite: 'Sekiranya baki masih belum dijelaskan selepas tarikh tersebut, langkah seterusnya mengikut terma yang dipersetujui ialah merujuk perkara ini untuk tindakan kutipan hutang secara rasmi.',
      examples: {
        flag: ['Sila jelaskan bayaran sebanyak RM450 selewat-lewatnya pada 15 Mac.\n\nYang benar,\nAna', 'Ini ialah notis akhir. Sila jelaskan bayaran.'],
        pass: ['Selepas tarikh itu, langkah seterusnya ialah tindakan kutipan hutang.', 'Selepas tarikh itu, kami akan menangguhkan semua kerja.'],
      },
    },
    {
      id: 'ms-informal-pronoun',
      category: 'informal',
      severity: 'warning',
      pattern: phrase(R`kamu|awak|engkau|kau`),
      explanation: 'Surat rasmi menggunakan “anda”, “tuan” atau “puan”, bukan kata ganti tidak rasmi.',
      rewrite: 'anda',
      examples: {
        flag: ['Kamu perlu membayar invois ini.', 'Bila engkau akan bayar?'],
        pass: ['Sila hubungi kaunter kami.', 'Terima kasih, Tuan.'],
      },
    },
    {
      id: 'ms-informal-mu',
      category: 'informal',
      severity: 'warning',
      pattern: phrase(R`${oneOf(...MU_NOUNS)}mu`),
      explanation: 'Akhiran “-mu” tidak rasmi; gunakan “anda”.',
      rewrite: 'anda',
      rewrites: Object.fromEntries(MU_NOUNS.map((noun) => [`${noun}mu`, `${noun} anda`])),
      examples: {
        flag: ['Invoismu sudah lewat.', 'Terima kasih atas bayaranmu.'],
        pass: ['Invois anda sudah lewat.', 'Saya gembira bertemu dengan anda.'],
      },
    },
    {
      id: 'ms-informal-greeting',
      category: 'informal',
      severity: 'info',
      pattern: phrase(R`${LINE_START}(?:hai|hei|hoi|woi)`),
      explanation: 'Sapaan santai kurang sesuai untuk surat tentang bayaran atau penamatan kerja.',
      rewrite: 'Salam sejahtera',
      examples: {
        flag: ['Hai Ali, invois dilampirkan.', 'Terima kasih.\nHei, sila semak fail ini.'],
        pass: ['Tuan Ali, invois dilampirkan.', 'Kami ucapkan hai kepada semua.'],
      },
    },
    {
      id: 'ms-pa-as-stated',
      category: 'passive-aggressive',
      severity: 'warning',
      pattern: phrase(
        R`seperti\s+yang\s+(?:telah\s+)?(?:(?:di)?(?:nyatakan|maklumkan|sebutkan|sebut|beritahu|jelaskan)|(?:saya|kami)\s+(?:telah\s+)?(?:nyatakan|maklumkan|sebut|sebutkan|beritahu|jelaskan|katakan))` +
          R`\s+(?:sebelum\s+ini|sebelumnya|terdahulu|berkali-kali|beberapa\s+kali|dahulu|dalam\s+e-?mel\s+(?:saya\s+|kami\s+)?(?:sebelum\s+ini|yang\s+lepas|terdahulu|terakhir))`,
      ),
      explanation: 'Menegaskan bahawa perkara itu sudah dinyatakan kedengaran tidak sabar.',
      rewrite: 'sebagai ringkasan',
      examples: {
        flag: ['Seperti yang dinyatakan sebelum ini, bayaran perlu dibuat dalam 14 hari.', 'Seperti yang saya maklumkan berkali-kali, projek ini tertangguh.'],
        pass: ['Seperti yang dinyatakan dalam kontrak, bayaran perlu dibuat dalam 14 hari.', 'Seperti yang dipersetujui, kerja bermula Isnin.'],
      },
    },
    {
      id: 'ms-pa-remind-again',
      category: 'passive-aggressive',
      severity: 'warning',
      pattern: phrase(
        R`untuk\s+makluman\s+(?:anda|tuan|puan)\s+sekali\s+lagi`,
        R`(?:saya|kami)\s+(?:ingin\s+|terpaksa\s+)?(?:mengingatkan|ingatkan)\s+(?:anda|tuan|puan)\s+(?:sekali\s+lagi|buat\s+kali\s+(?:ke)?\p{L}+)`,
        R`sekali\s+lagi,?\s+(?:saya|kami)\s+(?:ingin\s+)?(?:mengingatkan|menegaskan|tegaskan)`,
      ),
      explanation: 'Menekankan peringatan berulang kedengaran seperti memarahi.',
      rewrite: 'untuk makluman',
      examples: {
        flag: ['Untuk makluman anda sekali lagi, invois ini telah tamat tempoh.', 'Saya ingin mengingatkan anda sekali lagi tentang bayaran ini.'],
        pass: ['Untuk makluman anda, invois dilampirkan.', 'Ini adalah peringatan mesra tentang invois 12.'],
      },
    },
    {
      id: 'ms-pa-sure-you-understand',
      category: 'passive-aggressive',
      severity: 'warning',
      pattern: phrase(
        R`saya\s+pasti\s+(?:anda|tuan|puan)\s+(?:faham|memahami|sedar)`,
        R`(?:sepatutnya|seharusnya)\s+(?:anda|tuan|puan)\s+(?:sudah|telah)\s+(?:tahu|maklum|sedia\s+maklum)`,
        R`sebagaimana\s+(?:anda|tuan|puan)\s+sepatutnya\s+tahu`,
      ),
      explanation: 'Ayat ini menganggap pelanggan sepatutnya tahu dan kedengaran merendahkan.',
      rewrite: 'kami berharap anda dapat memahami',
      examples: {
        flag: ['Saya pasti anda faham bahawa bayaran sudah lewat.', 'Sepatutnya anda sudah tahu tarikh akhirnya.'],
        pass: ['Seperti yang tuan sedia maklum, projek telah siap.', 'Kami berharap anda dapat memahami keputusan ini.'],
      },
    },
    {
      id: 'ms-pa-did-you-see',
      category: 'passive-aggressive',
      severity: 'info',
      pattern: phrase(
        R`(?:tidak\s+pasti|kurang\s+pasti)\s+(?:sama\s+ada|jika|kalau)\s+(?:anda|tuan|puan)\s+(?:(?:sudah|telah)\s+)?(?:melihat|membaca|menerima|nampak|perasan)\s+e-?mel\s+(?:saya|kami)`,
        R`adakah\s+(?:anda|tuan|puan)\s+(?:langsung|pun)\s+(?:membaca|baca)\s+e-?mel\s+(?:saya|kami)`,
      ),
      explanation: 'Membayangkan pelanggan mengabaikan e-mel anda boleh kedengaran menyindir.',
      rewrite: 'saya ingin menyusuli e-mel saya',
      examples: {
        flag: ['Saya tidak pasti sama ada anda telah membaca e-mel saya.', 'Adakah anda langsung membaca e-mel saya?'],
        pass: ['Adakah anda sudah menerima invois tersebut?', 'Saya ingin menyusuli e-mel saya bertarikh 3 Mei.'],
      },
    },
  ],
});
