// Functions that run in the mail page's main world (passed to page.evaluate, so each must be
// self-contained). Timestamps are performance.now() in the page; no round trip to Node is timed.

/** Once per page: a requestAnimationFrame counter and the capture listeners the probes share. */
export function installProbes() {
  if (window.__tactfulBench) return;
  const bench = { frames: 0, panel: null, insert: null };
  window.__tactfulBench = bench;
  const tick = () => {
    bench.frames++;
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
  const pathHas = (event, value) => event.composedPath().some((node) => node instanceof Element && node.getAttribute('data-tactful') === value);
  const searchFocused = () => document.querySelector('tactful-panel')?.shadowRoot?.activeElement?.getAttribute('data-tactful') === 'search';
  // Interactive means usable: the search has focus and the situations are listed under it.
  const listed = () => document.querySelector('tactful-panel')?.shadowRoot?.querySelector('[data-tactful="scenario"]') != null;
  const panelReady = (how) => {
    const p = bench.panel;
    if (!p || p.t0 === null || p.focused !== null || !searchFocused() || !listed()) return;
    p.focused = performance.now();
    p.how = how;
    p.framesToFocus = bench.frames - p.f0;
    // The next frame after focus: when the opened panel is first painted.
    requestAnimationFrame(() => {
      p.painted = performance.now();
      p.done();
    });
  };
  bench.panelReady = panelReady;
  // Capture on window: the earliest listener on the path, before the extension's own.
  window.addEventListener('click', (event) => {
    const p = bench.panel;
    if (p && p.t0 === null && pathHas(event, 'compose-button')) {
      p.t0 = performance.now();
      p.f0 = bench.frames;
      // Fallback if no focusin arrives: check every frame.
      const poll = () => {
        if (bench.panel !== p || p.focused !== null) return;
        panelReady('raf-poll');
        if (p.focused === null) requestAnimationFrame(poll);
      };
      requestAnimationFrame(poll);
    }
    const ins = bench.insert;
    // The Insert button lives in the panel's shadow root; the event is retargeted to <tactful-panel>.
    if (ins && ins.t0 === null && pathHas(event, 'insert')) ins.t0 = performance.now();
  }, true);
  // Focus moving into the shadow root reaches the document as focusin on <tactful-panel>.
  document.addEventListener('focusin', () => panelReady('focusin'), true);
}

/**
 * One compose window appears (gmailFixture.openCompose); when does its button?
 * @returns {Promise<{ ms: number, frames: number, floating: boolean } | { error: string }>}
 */
export function measureButton({ compose, timeoutMs }) {
  const bench = window.__tactfulBench;
  return new Promise((resolve) => {
    let id = null;
    let t0 = 0;
    let f0 = 0;
    const check = () => {
      const root = id && window.gmailFixture.root(id);
      const button = root?.querySelector('[data-tactful="compose-button"]');
      if (!button) return;
      const t1 = performance.now();
      observer.disconnect();
      clearTimeout(timer);
      resolve({ ms: t1 - t0, frames: bench.frames - f0, floating: button.hasAttribute('data-tactful-floating') });
    };
    const observer = new MutationObserver(check);
    observer.observe(document.body, { childList: true, subtree: true });
    const timer = setTimeout(() => {
      observer.disconnect();
      resolve({ error: 'no button within ' + timeoutMs + ' ms' });
    }, timeoutMs);
    t0 = performance.now();
    f0 = bench.frames;
    id = window.gmailFixture.openCompose(compose);
    check();
  });
}

/** Start timing the next panel open (t0 = the click on the compose button). */
export function armPanel() {
  const p = { t0: null, f0: 0, focused: null, painted: null, how: null, framesToFocus: null };
  // Awaited by panelResult: no polling from Node, whose per-frame checks would load the (slowed) page.
  p.finished = new Promise((resolve) => (p.done = resolve));
  window.__tactfulBench.panel = p;
}

/** Resolves once the armed open is painted (or rejects after timeoutMs). */
export async function panelResult(timeoutMs) {
  const p = window.__tactfulBench.panel;
  let timer;
  const late = new Promise((_, reject) => (timer = setTimeout(() => reject(new Error(`panel not ready within ${timeoutMs} ms`)), timeoutMs)));
  await Promise.race([p.finished, late]).finally(() => clearTimeout(timer));
  return { ms: p.focused - p.t0, paintedMs: p.painted - p.t0, frames: p.framesToFocus, how: p.how };
}

/** Start timing the next Insert: t0 = click on [data-tactful=insert], end = the body holds `needle`. */
export function armInsert({ id, needle }) {
  const bench = window.__tactfulBench;
  const body = window.gmailFixture.body(id);
  const ins = { t0: null, t1: null, needle };
  bench.insert = ins;
  const observer = new MutationObserver(() => {
    if (ins.t1 === null && body.textContent.includes(needle)) {
      ins.t1 = performance.now();
      observer.disconnect();
    }
  });
  observer.observe(body, { childList: true, subtree: true, characterData: true });
  ins.stop = () => observer.disconnect();
}

export function insertResult() {
  const ins = window.__tactfulBench.insert;
  if (!ins || ins.t0 === null || ins.t1 === null) return null;
  return { ms: ins.t1 - ins.t0 };
}

/** Reset a compose body to one line and put the caret at its end, as a click would. */
export function resetBody({ id, html, text }) {
  const body = window.gmailFixture.body(id);
  body.innerHTML = html;
  body.focus();
  const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const at = node.textContent.indexOf(text);
    if (at < 0) continue;
    const range = document.createRange();
    range.setStart(node, at + text.length);
    range.collapse(true);
    getSelection().removeAllRanges();
    getSelection().addRange(range);
    return;
  }
  throw new Error('text not found in body: ' + text);
}

/**
 * The browser's own floor for the animationstart technique, without the extension: a new element
 * with a CSS animation is inserted; when does its animationstart arrive?
 */
export function measureAnimationFloor() {
  const bench = window.__tactfulBench;
  if (!bench.floorStyle) {
    bench.floorStyle = document.createElement('style');
    bench.floorStyle.textContent = '@keyframes tactful-bench-floor{from{--tactful-bench:0}to{--tactful-bench:1}}.tactful-bench-floor{animation:tactful-bench-floor 1ms}';
    document.head.append(bench.floorStyle);
  }
  return new Promise((resolve) => {
    const element = document.createElement('div');
    element.className = 'tactful-bench-floor';
    const timer = setTimeout(() => {
      element.remove();
      resolve({ error: 'no animationstart within 2000 ms' });
    }, 2000);
    element.addEventListener('animationstart', () => {
      const t1 = performance.now();
      clearTimeout(timer);
      element.remove();
      resolve({ ms: t1 - t0, frames: bench.frames - f0 });
    });
    const t0 = performance.now();
    const f0 = bench.frames;
    document.body.append(element);
  });
}
