// Bench fixture behaviour: a page that rewrites hundreds of nodes every animation frame, the way
// a busy Gmail tab does (list rows arriving and leaving, counters and labels changing, a status
// line in the open compose ticking). Deterministic: a fixed seed and a fixed amount of work per
// frame, so two runs do the same work whatever the machine.
(() => {
  const ROWS = 80; // rows kept in the list
  const REPLACE = 12; // rows removed and added per frame (6 elements + 5 texts each: ~130 nodes in, ~130 out)
  const TOUCH = 30; // rows whose text, class and attribute change per frame
  const rows = document.querySelector('[data-bench=rows]');
  const counters = document.querySelector('[data-bench=counters]');
  let seed = 42;
  const random = () => ((seed = (seed * 1103515245 + 12345) >>> 0) / 2 ** 32);
  const WORDS = ['invoice', 'meeting', 'draft', 'update', 'launch', 'review', 'notes', 'budget', 'design', 'contract', 'question', 'thanks'];
  const word = () => WORDS[Math.floor(random() * WORDS.length)];
  let serial = 0;

  function makeRow() {
    serial++;
    const tr = document.createElement('tr');
    tr.className = random() < 0.3 ? 'zA zE' : 'zA yO';
    tr.setAttribute('role', 'row');
    tr.tabIndex = -1;
    tr.dataset.legacyThreadId = String(serial);
    const from = document.createElement('td');
    from.className = 'yX xY';
    from.setAttribute('role', 'gridcell');
    const name = document.createElement('span');
    name.className = 'zF';
    name.setAttribute('email', `sender${serial % 97}@example.com`);
    name.textContent = `Sender ${serial % 97}`;
    from.append(name);
    const subject = document.createElement('td');
    subject.className = 'xY a4W';
    subject.setAttribute('role', 'gridcell');
    const bog = document.createElement('span');
    bog.className = 'bog';
    bog.textContent = `${word()} ${word()} #${serial}`;
    const snippet = document.createElement('span');
    snippet.className = 'y2';
    snippet.textContent = ` - ${word()} ${word()} ${word()} ${word()}`;
    subject.append(bog, snippet);
    const date = document.createElement('td');
    date.className = 'xW xY';
    date.setAttribute('role', 'gridcell');
    date.textContent = `${1 + (serial % 28)} Jan`;
    tr.append(from, subject, date);
    return tr;
  }

  for (let i = 0; i < ROWS; i++) rows.append(makeRow());
  const counterEls = Array.from({ length: 40 }, (_, i) => {
    const el = document.createElement('div');
    el.className = 'aim';
    el.innerHTML = `<div class="TO"><a class="J-Ke n0" href="#label/${i}">Label ${i}</a><span class="bsU">0</span></div>`;
    counters.append(el);
    return el.querySelector('.bsU');
  });

  let frame = 0;
  function step() {
    frame++;
    for (let i = 0; i < REPLACE; i++) rows.firstElementChild?.remove();
    const fresh = document.createDocumentFragment();
    for (let i = 0; i < REPLACE; i++) fresh.append(makeRow());
    rows.append(fresh);
    const list = rows.children;
    for (let i = 0; i < TOUCH; i++) {
      const tr = list[Math.floor(random() * list.length)];
      tr.classList.toggle('x7');
      tr.setAttribute('aria-selected', String(random() < 0.5));
      tr.cells[2].textContent = `${frame % 60}:${i % 60}`;
    }
    for (const el of counterEls) el.textContent = String((frame + Number(el.textContent)) % 1000);
    // Gmail's compose ticks too (draft status); it must not look like a new compose window.
    for (const status of document.querySelectorAll('.M9 span.oG')) status.setAttribute('data-bench-frame', String(frame));
  }

  window.benchChurn = {
    /** Change the DOM on each of the next `frames` animation frames; resolves when done. */
    run(frames) {
      return new Promise((resolve) => {
        const start = performance.now();
        let left = frames;
        const tick = () => {
          step();
          if (--left > 0) requestAnimationFrame(tick);
          else resolve({ frames, ms: performance.now() - start, nodes: document.getElementsByTagName('*').length });
        };
        requestAnimationFrame(tick);
      });
    },
  };
})();
