// @vitest-environment happy-dom
/**
 * Every hook of src/sites/gmail/selectors.ts against the Gmail fixture's own DOM
 * (test/fixtures/gmail: inbox.html / popout.html with gmail-markup.js and gmail-fixture.js
 * running), in the variants the fixture has. A fallback hook is checked on its own, under the
 * condition its note names (made by taking the first hook's class or attribute away).
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Hook } from '../../src/sites/query';
import { gmailAdapter as adapter } from '../../src/sites/gmail/adapter';
import { GMAIL } from '../../src/sites/gmail/selectors';
import { emulateDisplayNone, openGmailPage, type GmailFixtureApi } from './support/fixture-page';

const only = <T extends HTMLElement = HTMLElement>(scope: ParentNode, hook: Hook | undefined) => scope.querySelector<T>(hook!.css);
const all = (scope: ParentNode, hook: Hook | undefined) => [...scope.querySelectorAll<HTMLElement>(hook!.css)];
const JORDAN = { name: 'Jordan Lee', email: 'jordan@example.com' };
const MIRA = { name: 'Mira Kovač', email: 'mira@client.example' };

let restoreLayout: () => void;
beforeAll(() => {
  restoreLayout = emulateDisplayNone();
});
afterAll(() => restoreLayout());

describe('Gmail inbox page', () => {
  let fx: GmailFixtureApi;
  beforeAll(async () => {
    fx = await openGmailPage('inbox');
  });
  afterEach(() => fx.closeAll());

  describe('new message (mole in the dock)', () => {
    it('finds the editable body, not the hidden textarea with the same label that comes first', () => {
      const id = fx.openCompose({ kind: 'new', to: [JORDAN], subject: 'Hello' });
      const root = fx.compose(id);
      const body = adapter.body(root)!;
      expect(body).toBe(fx.body(id));
      expect(body.matches('div.Am.Al.editable[role=textbox][contenteditable=true]')).toBe(true);
      // The trap is there: the aria-label alone finds the textarea.
      const label = body.getAttribute('aria-label')!;
      expect(root.querySelector(`[aria-label="${label}"]`)!.matches('textarea.Ak[form=nosend]')).toBe(true);
      // Every body hook on its own finds the same editor (body[0]: "every fixture").
      for (const hook of GMAIL.body) expect(only(root, hook)).toBe(body);
    });

    it('body fallbacks: layout classes changed (body[1]), then g_editable dropped too (body[2])', () => {
      const id = fx.openCompose({ kind: 'new' });
      const root = fx.compose(id);
      const body = fx.body(id);
      body.closest('td.Ap')!.className = 'Zz';
      expect(only(root, GMAIL.body[0])).toBeNull();
      expect(adapter.body(root)).toBe(body);
      body.removeAttribute('g_editable');
      expect(only(root, GMAIL.body[1])).toBeNull();
      expect(only(root, GMAIL.body[2])).toBe(body);
      expect(adapter.body(root)).toBe(body);
    });

    it('composeRootOf the watched elements (body and toolbar row) is the div.M9', () => {
      const id = fx.openCompose({ kind: 'new' });
      const m9 = fx.compose(id);
      expect(m9.matches('.M9')).toBe(true);
      const watched = [...m9.querySelectorAll(adapter.watchSelector)];
      expect(watched).toContain(fx.body(id));
      expect(watched).toContain(m9.querySelector('tr.btC'));
      for (const element of watched) expect(adapter.composeRootOf(element)).toBe(m9);
      // Nothing outside a compose is a compose.
      expect(adapter.composeRootOf(document.querySelector('[data-fixture=inbox-list]')!)).toBeNull();
    });

    it('composeRoot[1]: a mole without .M9 is its [role=dialog]', () => {
      const id = fx.openCompose({ kind: 'new' });
      const dialog = fx.root(id);
      expect(dialog.matches('div.nH.Hd[role=dialog]')).toBe(true);
      fx.compose(id).classList.remove('M9');
      expect(adapter.composeRootOf(fx.body(id))).toBe(dialog);
    });

    it('composeContainers: new windows open in the dock (.dw .no), maximized ones under .aSs .aSt', () => {
      const a = fx.openCompose({ kind: 'new' });
      const b = fx.openCompose({ kind: 'new', maximized: true });
      const [dock, fullScreen] = GMAIL.composeContainers.map((hook) => document.querySelector(hook.css)!) as [Element, Element];
      expect(adapter.composeContainers).toBe('.dw .no, .aSs .aSt');
      expect(dock.contains(fx.root(a))).toBe(true);
      expect(fullScreen.contains(fx.root(b))).toBe(true);
      // Two moles, two compose roots.
      expect(adapter.composeRootOf(fx.body(a))).not.toBe(adapter.composeRootOf(fx.body(b)));
    });

    it('toolbar: the row and the Send cell by every hook; the button goes right after Send, with a col', () => {
      const id = fx.openCompose({ kind: 'new' });
      const root = fx.compose(id);
      const row = root.querySelector<HTMLTableRowElement>('tr.btC')!;
      for (const hook of GMAIL.toolbarRow) expect(only(root, hook)).toBe(row);
      const send = row.querySelector<HTMLElement>('td.gU.Up')!;
      expect(send.querySelector('.T-I.aoO[role=button]')).not.toBeNull();
      for (const hook of GMAIL.sendCell) expect(only(row, hook)).toBe(send);

      const cols = row.closest('table')!.querySelectorAll(':scope > colgroup > col').length;
      const button = document.createElement('button');
      expect(adapter.placeButton(root, button)).toBe(true);
      const cell = button.parentElement!;
      expect(cell.matches('td.gU[data-tactful=toolbar-cell]')).toBe(true);
      expect(cell.previousElementSibling).toBe(send);
      const colgroup = row.closest('table')!.querySelector(':scope > colgroup')!;
      expect(colgroup.querySelectorAll('col')).toHaveLength(cols + 1);
      expect(colgroup.querySelectorAll('[data-tactful=toolbar-col]')).toHaveLength(1);
      expect(colgroup.querySelectorAll('col')).toHaveLength(row.cells.length);
    });

    it('toolbar fallbacks: row classes changed (toolbarRow[1]), cell classes changed (sendCell[1])', () => {
      const id = fx.openCompose({ kind: 'new' });
      const root = fx.compose(id);
      const row = root.querySelector('tr.btC')!;
      const send = row.querySelector('td.gU.Up')!;
      row.className = 'Zz';
      send.className = 'Zz';
      expect(only(root, GMAIL.toolbarRow[0])).toBeNull();
      expect(only(row, GMAIL.sendCell[0])).toBeNull();
      const button = document.createElement('button');
      expect(adapter.placeButton(root, button)).toBe(true);
      expect(button.parentElement!.parentElement).toBe(row);
      expect(button.parentElement!.previousElementSibling).toBe(send);
    });

    it('subject: input[name=subjectbox], visible on a new message', () => {
      const id = fx.openCompose({ kind: 'new', subject: 'Hello' });
      const subject = adapter.visibleSubject(fx.compose(id));
      expect(subject).toBe(only(fx.compose(id), GMAIL.subject[0]));
      expect(subject!.value).toBe('Hello');
    });

    it('classic recipients (recipients[1], recipientAddresses[1]): names and address from span.vN[email]', () => {
      const id = fx.openCompose({ kind: 'new', recipients: 'classic', to: [JORDAN, MIRA] });
      const root = fx.compose(id);
      expect(all(root, GMAIL.recipients[0])).toHaveLength(0);
      expect(all(root, GMAIL.recipients[1])).toHaveLength(2);
      expect(adapter.recipientNames(root)).toEqual(['Jordan Lee', 'Mira Kovač']);
      expect(only(root, GMAIL.recipientAddresses[0])).toBeNull();
      expect(only(root, GMAIL.recipientAddresses[1])).not.toBeNull();
      expect(adapter.recipientAddress(root)).toBe('jordan@example.com');
      // The trap: [name=to] is the textarea and a hidden input.
      expect(root.querySelectorAll('[name=to]').length).toBeGreaterThanOrEqual(2);
    });

    it('chip recipients (recipients[0], recipientAddresses[0]): data-name and data-hovercard-id', () => {
      const id = fx.openCompose({ kind: 'new', recipients: 'chips', to: [MIRA, JORDAN] });
      const root = fx.compose(id);
      expect(all(root, GMAIL.recipients[0])).toHaveLength(2);
      expect(all(root, GMAIL.recipients[1])).toHaveLength(0);
      expect(adapter.recipientNames(root)).toEqual(['Mira Kovač', 'Jordan Lee']);
      expect(only(root, GMAIL.recipientAddresses[0])!.dataset.hovercardId).toBe('mira@client.example');
      expect(adapter.recipientAddress(root)).toBe('mira@client.example');
    });

    it('a recipient without a name is shown, and read, as its address', () => {
      const classic = fx.compose(fx.openCompose({ kind: 'new', to: ['lee@example.com'] }));
      const chips = fx.compose(fx.openCompose({ kind: 'new', recipients: 'chips', to: ['lee@example.com'] }));
      for (const root of [classic, chips]) {
        expect(adapter.recipientNames(root)).toEqual(['lee@example.com']);
        expect(adapter.recipientAddress(root)).toBe('lee@example.com');
      }
    });

    it('no recipients: no names, no address', () => {
      const root = fx.compose(fx.openCompose({ kind: 'new' }));
      expect(adapter.recipientNames(root)).toEqual([]);
      expect(adapter.recipientAddress(root)).toBeNull();
    });

    it('signature (signature[0] and [1]) is protected; a new message has no quote', () => {
      const id = fx.openCompose({ kind: 'new', signature: true, body: '<div>Hi</div>' });
      const body = fx.body(id);
      const prefix = only(body, GMAIL.signature[0])!;
      const signature = only(body, GMAIL.signature[1])!;
      expect(prefix.textContent).toBe('-- ');
      expect(signature.matches('div.gmail_signature[data-smartmail=gmail_signature]')).toBe(true);
      expect(adapter.protectedNodes(body)).toEqual([prefix]);
      expect(only(body, GMAIL.quote[0])).toBeNull();
      expect(only(body, GMAIL.quote[1])).toBeNull();
      // Without a signature nothing is protected.
      expect(adapter.protectedNodes(fx.body(fx.openCompose({ kind: 'new' })))).toEqual([]);
    });

    it('plain-text mode: the .aA3 notice is shown only then (plainTextNotice[0])', () => {
      const rich = fx.compose(fx.openCompose({ kind: 'new' }));
      const plain = fx.compose(fx.openCompose({ kind: 'new', plainText: true }));
      expect(only(rich, GMAIL.plainTextNotice[0])).not.toBeNull(); // present, hidden
      expect(adapter.isPlainText(rich)).toBe(false);
      expect(adapter.isPlainText(plain)).toBe(true);
      // The hidden ishtml input says nothing.
      expect(rich.querySelector<HTMLInputElement>('input[name=ishtml]')!.value).toBe(plain.querySelector<HTMLInputElement>('input[name=ishtml]')!.value);
    });

    it('minimized: the body part is hidden but every hook still finds its node; restore shows it again', () => {
      const id = fx.openCompose({ kind: 'new', subject: 'Hi' });
      const root = fx.compose(id);
      fx.minimize(id);
      expect(adapter.body(root)).toBe(fx.body(id));
      expect(adapter.visibleSubject(root)).toBeNull();
      fx.restore(id);
      expect(adapter.visibleSubject(root)).not.toBeNull();
    });
  });

  describe('inline reply and forward (in the conversation)', () => {
    it('reply: root is the .M9 inside div.ip.adB; subject hidden; quote and signature protected', () => {
      const id = fx.openCompose({ kind: 'reply', signature: true });
      const m9 = fx.compose(id);
      const body = fx.body(id);
      expect(fx.root(id).matches('div.ip.adB')).toBe(true);
      for (const element of m9.querySelectorAll(adapter.watchSelector)) expect(adapter.composeRootOf(element)).toBe(m9);
      expect(adapter.body(m9)).toBe(body);
      // The subject box exists but is hidden on a reply.
      expect(only<HTMLInputElement>(m9, GMAIL.subject[0])!.value).toBe('Re: March invoice');
      expect(adapter.visibleSubject(m9)).toBeNull();
      const quote = only(body, GMAIL.quote[0])!;
      expect(quote.matches('div.gmail_quote')).toBe(true);
      expect(only(body, GMAIL.quote[1])!.matches('blockquote.gmail_quote')).toBe(true);
      expect(adapter.protectedNodes(body)).toEqual([only(body, GMAIL.signature[0]), quote]);
      // The signature comes before the quote.
      expect(only(body, GMAIL.signature[1])!.compareDocumentPosition(quote) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    });

    it('reply: collapsed recipients are still read (names and address)', () => {
      const id = fx.openCompose({ kind: 'reply' });
      const m9 = fx.compose(id);
      expect(m9.querySelector<HTMLElement>('.fX')!.style.display).toBe('none');
      expect(adapter.recipientNames(m9)).toEqual(['Jordan Lee']);
      expect(adapter.recipientAddress(m9)).toBe('jordan@example.com');
    });

    it('reply with chip recipients', () => {
      const m9 = fx.compose(fx.openCompose({ kind: 'reply', recipients: 'chips' }));
      expect(adapter.recipientNames(m9)).toEqual(['Jordan Lee']);
      expect(adapter.recipientAddress(m9)).toBe('jordan@example.com');
    });

    it('reply: the button goes after Send, not after "Send and archive" before it', () => {
      const id = fx.openCompose({ kind: 'reply' });
      const m9 = fx.compose(id);
      const row = m9.querySelector('tr.btC')!;
      expect(row.querySelector('td.gU.Up .dC')!.firstElementChild!.matches('.T-I.Uo')).toBe(true);
      const button = document.createElement('button');
      expect(adapter.placeButton(m9, button)).toBe(true);
      expect(button.parentElement!.previousElementSibling).toBe(row.querySelector('td.gU.Up'));
    });

    it('composeRoot[2]: an inline reply without .M9 is its div.ip', () => {
      const id = fx.openCompose({ kind: 'reply' });
      fx.compose(id).classList.remove('M9');
      expect(adapter.composeRootOf(fx.body(id))).toBe(fx.root(id));
      expect(fx.root(id).matches(GMAIL.composeRoot[2]!.css)).toBe(true);
    });

    it('quote[1]: a quote without Gmail classes is found by its blockquote', () => {
      const body = fx.body(fx.openCompose({ kind: 'reply' }));
      for (const node of body.querySelectorAll('.gmail_quote')) node.classList.remove('gmail_quote', 'gmail_quote_container');
      expect(adapter.protectedNodes(body)).toEqual([body.querySelector('blockquote')]);
    });

    it('trimmed quote: nothing in the body to protect until it is expanded', () => {
      const id = fx.openCompose({ kind: 'reply', quote: 'trimmed' });
      expect(adapter.protectedNodes(fx.body(id))).toEqual([]);
      fx.compose(id).querySelector<HTMLElement>('div.ajR[role=button]')!.click();
      expect(adapter.protectedNodes(fx.body(id))).toEqual([fx.body(id).querySelector('.gmail_quote')]);
    });

    it('forward: the quote is div.gmail_quote with no blockquote; subject hidden; no recipients yet', () => {
      const id = fx.openCompose({ kind: 'forward', signature: true });
      const m9 = fx.compose(id);
      const body = fx.body(id);
      expect(adapter.composeRootOf(body)).toBe(m9);
      expect(adapter.visibleSubject(m9)).toBeNull();
      expect(only(body, GMAIL.quote[1])).toBeNull();
      const quote = only(body, GMAIL.quote[0])!;
      expect(quote.textContent).toContain('Forwarded message');
      expect(adapter.protectedNodes(body)).toEqual([only(body, GMAIL.signature[0]), quote]);
      expect(adapter.recipientNames(m9)).toEqual([]);
      expect(adapter.recipientAddress(m9)).toBeNull();
    });

    it('plain-text reply', () => {
      const m9 = fx.compose(fx.openCompose({ kind: 'reply', plainText: true }));
      expect(adapter.isPlainText(m9)).toBe(true);
    });
  });

  describe('German UI (lang=de)', () => {
    it('every hook works; labels differ, so none of them is matched', () => {
      const id = fx.openCompose({ kind: 'new', lang: 'de', to: [JORDAN], subject: 'Hallo', signature: true, plainText: true });
      const m9 = fx.compose(id);
      const body = fx.body(id);
      expect(body.getAttribute('aria-label')).toBe('Nachrichtentext');
      expect(m9.querySelector('[aria-label="Nachrichtentext"]')!.tagName).toBe('TEXTAREA');
      expect(m9.querySelector('.T-I.aoO')!.getAttribute('aria-label')).toBe('Senden \u202A(Strg-Eingabe)\u202C');
      expect(adapter.composeRootOf(body)).toBe(m9);
      expect(adapter.body(m9)).toBe(body);
      expect(adapter.visibleSubject(m9)!.value).toBe('Hallo');
      expect(adapter.recipientNames(m9)).toEqual(['Jordan Lee']);
      expect(adapter.recipientAddress(m9)).toBe('jordan@example.com');
      expect(adapter.protectedNodes(body)).toHaveLength(1);
      expect(adapter.isPlainText(m9)).toBe(true);
      expect(m9.querySelector('.aA3')!.textContent).toContain('Nur-Text-Modus');
      const button = document.createElement('button');
      expect(adapter.placeButton(m9, button)).toBe(true);
      expect(button.parentElement!.previousElementSibling).toBe(m9.querySelector('td.gU.Up'));
    });

    it('German reply: subject hidden, quote and signature protected', () => {
      const id = fx.openCompose({ kind: 'reply', lang: 'de', signature: true });
      expect(adapter.visibleSubject(fx.compose(id))).toBeNull();
      expect(adapter.protectedNodes(fx.body(id))).toHaveLength(2);
    });
  });
});

describe('Gmail pop-out pages', () => {
  it('new /popout page: one compose filling the window', async () => {
    const fx = await openGmailPage('popout');
    const [id] = fx.list();
    const m9 = fx.compose(id!);
    const body = adapter.body(m9)!;
    expect(body).toBe(fx.body(id!));
    expect(adapter.composeRootOf(body)).toBe(m9);
    expect(adapter.composeRootOf(m9.querySelector('tr.btC')!)).toBe(m9);
    expect(adapter.visibleSubject(m9)).not.toBeNull();
    expect(adapter.placeButton(m9, document.createElement('button'))).toBe(true);
  });

  it('legacy standalone window (body.xE.xp, compose under [role=main])', async () => {
    const fx = await openGmailPage('popout', '?legacy=1');
    expect(document.body.matches('.xE.xp')).toBe(true);
    const [id] = fx.list();
    const m9 = fx.compose(id!);
    expect(m9.closest('[role=main]')).not.toBeNull();
    expect(adapter.composeRootOf(fx.body(id!))).toBe(m9);
    expect(adapter.placeButton(m9, document.createElement('button'))).toBe(true);
  });

  it('reply in the pop-out (?compose=reply)', async () => {
    const fx = await openGmailPage('popout', '?compose=reply&signature=1');
    const [id] = fx.list();
    const m9 = fx.compose(id!);
    expect(adapter.composeRootOf(fx.body(id!))).toBe(m9);
    expect(adapter.visibleSubject(m9)).toBeNull();
    expect(adapter.protectedNodes(fx.body(id!))).toHaveLength(2);
  });
});

describe('every Gmail hook is checked above', () => {
  it('lists the hooks this file covers', () => {
    // A new hook in selectors.ts needs a test here: this count changes with it.
    const counts = Object.fromEntries(Object.entries(GMAIL).map(([key, hooks]) => [key, hooks.length]));
    expect(counts).toEqual({
      body: 3,
      composeRoot: 3,
      composeContainers: 2,
      toolbarRow: 2,
      sendCell: 2,
      subject: 1,
      recipients: 2,
      recipientAddresses: 2,
      signature: 2,
      quote: 2,
      plainTextNotice: 1,
    });
  });
});
