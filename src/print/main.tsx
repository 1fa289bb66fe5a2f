import { render } from 'preact';
import { browserLanguage } from '../i18n/browser-language';
import { matchLanguage } from '../i18n/languages';
import { createI18n } from '../i18n/setup';
import { browser } from '../platform/browser-api';
import { loadDocument, printId } from './load-document';
import { PrintPage } from './PrintPage';
import '../ui/palette.css';
import './print.css';

/** Marks each print() call on the page (a count), so tests can see the dialog was asked for. */
function print(): void {
  const root = document.documentElement;
  root.dataset.printRequested = String(Number(root.dataset.printRequested ?? 0) + 1);
  window.print();
}

const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

async function start(): Promise<void> {
  const id = printId(location.search);
  const doc = id ? await loadDocument(id, (request) => browser.runtime.sendMessage(request)) : null;
  const i18n = await createI18n(doc ? matchLanguage(doc.uiLanguage) : browserLanguage());
  const root = document.documentElement;
  root.lang = i18n.language;
  root.dir = i18n.dir(i18n.language);
  // The title is also the name a saved PDF gets by default.
  document.title = doc ? i18n.t('print.title', { subject: doc.letter.subject }) : i18n.t('print.pageTitle');
  render(<PrintPage i18n={i18n} doc={doc} onPrint={print} />, document.getElementById('app')!);
  if (!doc) return;
  // Print once the letter is laid out with its fonts, not a blank page.
  await document.fonts.ready;
  await nextFrame();
  print();
}

void start();
