// Which built files load before the button is clicked, and which only later.
// Plain Node: a small JavaScript tokenizer finds import/export statements and import() calls in
// the built ES modules (minified output, so no strings or comments may be mistaken for code).
import { readFileSync, existsSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const REGEX_AFTER_WORD = new Set(['return', 'typeof', 'instanceof', 'in', 'of', 'new', 'delete', 'void', 'throw', 'case', 'do', 'else', 'yield', 'await']);

/**
 * Tokens of a JavaScript source: { type: 'name' | 'string' | 'template' | 'punct' | 'num' | 'regex', value }.
 * Template literals without substitutions become one 'template' token with their text; with
 * substitutions, the pieces are skipped and the expressions inside are tokenized.
 * @param {string} src
 */
export function tokenize(src) {
  const tokens = [];
  const braces = []; // 'brace' for {, 'template' for ${
  let i = 0;
  const n = src.length;
  const prev = () => tokens[tokens.length - 1];
  const regexAllowed = () => {
    const p = prev();
    if (!p) return true;
    if (p.type === 'name') return REGEX_AFTER_WORD.has(p.value);
    if (p.type === 'punct') return p.value !== ')' && p.value !== ']';
    return false;
  };
  /** Scan template text from i (just after ` or }), stopping after ` or ${. */
  const scanTemplate = (startsLiteral) => {
    let text = '';
    while (i < n) {
      const c = src[i];
      if (c === '\\') { text += src.slice(i, i + 2); i += 2; continue; }
      if (c === '`') { i++; if (startsLiteral) tokens.push({ type: 'template', value: text }); else tokens.push({ type: 'punct', value: '`' }); return; }
      if (c === '$' && src[i + 1] === '{') { i += 2; braces.push('template'); tokens.push({ type: 'punct', value: '${' }); return; }
      text += c;
      i++;
    }
  };
  while (i < n) {
    const c = src[i];
    if (c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\f' || c === '\v' || c === '\u00a0' || c === '\ufeff' || c === '\u2028' || c === '\u2029') { i++; continue; }
    if (c === '/' && src[i + 1] === '/') { while (i < n && src[i] !== '\n') i++; continue; }
    if (c === '/' && src[i + 1] === '*') { const end = src.indexOf('*/', i + 2); i = end < 0 ? n : end + 2; continue; }
    if (c === '"' || c === "'") {
      let j = i + 1;
      let value = '';
      while (j < n && src[j] !== c) {
        if (src[j] === '\\') { value += src[j + 1]; j += 2; } else { value += src[j]; j++; }
      }
      tokens.push({ type: 'string', value });
      i = j + 1;
      continue;
    }
    if (c === '`') { i++; scanTemplate(true); continue; }
    if (c === '{') { braces.push('brace'); tokens.push({ type: 'punct', value: '{' }); i++; continue; }
    if (c === '}') {
      const open = braces.pop();
      i++;
      if (open === 'template') scanTemplate(false);
      else tokens.push({ type: 'punct', value: '}' });
      continue;
    }
    if (c === '/' && regexAllowed()) {
      let j = i + 1;
      let inClass = false;
      while (j < n) {
        const d = src[j];
        if (d === '\\') { j += 2; continue; }
        if (d === '\n') break;
        if (inClass) { if (d === ']') inClass = false; } else if (d === '[') inClass = true; else if (d === '/') break;
        j++;
      }
      j++;
      while (j < n && /[a-z]/i.test(src[j])) j++;
      tokens.push({ type: 'regex', value: src.slice(i, j) });
      i = j;
      continue;
    }
    if (/[A-Za-z_$\u0080-\uffff]/.test(c)) {
      let j = i + 1;
      while (j < n && /[\w$\u0080-\uffff]/.test(src[j])) j++;
      tokens.push({ type: 'name', value: src.slice(i, j) });
      i = j;
      continue;
    }
    if (/[0-9]/.test(c) || (c === '.' && /[0-9]/.test(src[i + 1] ?? ''))) {
      let j = i + 1;
      while (j < n && /[\w.]/.test(src[j])) j++;
      tokens.push({ type: 'num', value: src.slice(i, j) });
      i = j;
      continue;
    }
    tokens.push({ type: 'punct', value: c });
    i++;
  }
  return tokens;
}

/**
 * The imports of one file.
 * @param {string} src
 * @returns {{ staticImports: string[], dynamicImports: { specifier: string, runtimeUrl: boolean }[], unresolvedDynamic: number }}
 */
export function findImports(src) {
  const t = tokenize(src);
  const staticImports = [];
  const dynamicImports = [];
  let unresolvedDynamic = 0;
  const literal = (tok) => tok && (tok.type === 'string' || tok.type === 'template') ? tok.value : null;
  /** From index k, the string after `from` before the statement ends, or null. */
  const fromClause = (k) => {
    let depth = 0;
    for (; k < t.length; k++) {
      const tok = t[k];
      if (tok.type === 'punct' && tok.value === '{') depth++;
      else if (tok.type === 'punct' && tok.value === '}') depth--;
      else if (depth === 0 && tok.type === 'punct' && tok.value === ';') return null;
      else if (depth === 0 && tok.type === 'name' && tok.value === 'from' && t[k + 1]?.type === 'string') return t[k + 1].value;
      else if (depth === 0 && tok.type === 'name' && (tok.value === 'import' || tok.value === 'export') && k > 0) return null;
    }
    return null;
  };
  for (let k = 0; k < t.length; k++) {
    const tok = t[k];
    if (tok.type !== 'name' || (tok.value !== 'import' && tok.value !== 'export')) continue;
    const before = t[k - 1];
    if (before && before.type === 'punct' && before.value === '.') continue; // obj.import
    const next = t[k + 1];
    if (!next) continue;
    if (tok.value === 'import') {
      if (next.type === 'punct' && next.value === '(') {
        // import(...): a literal, or chrome.runtime.getURL("…") as the crxjs loader writes it.
        const arg = literal(t[k + 2]);
        if (arg !== null && t[k + 3]?.value === ')') { dynamicImports.push({ specifier: arg, runtimeUrl: false }); continue; }
        let depth = 0;
        let found = null;
        for (let m = k + 1; m < t.length; m++) {
          if (t[m].type === 'punct' && t[m].value === '(') depth++;
          else if (t[m].type === 'punct' && t[m].value === ')') { depth--; if (depth === 0) break; }
          else if (t[m].type === 'name' && t[m].value === 'getURL' && t[m + 1]?.value === '(' && literal(t[m + 2]) !== null) { found = literal(t[m + 2]); break; }
        }
        if (found !== null) dynamicImports.push({ specifier: found, runtimeUrl: true });
        else unresolvedDynamic++;
        continue;
      }
      if (next.type === 'punct' && next.value === '.') continue; // import.meta
      if (next.type === 'string') { staticImports.push(next.value); continue; }
      const from = fromClause(k + 1);
      if (from !== null) staticImports.push(from);
    } else if (next.type === 'punct' && (next.value === '{' || next.value === '*')) {
      const from = fromClause(k + 1);
      if (from !== null) staticImports.push(from);
    }
  }
  return { staticImports, dynamicImports, unresolvedDynamic };
}

/**
 * Split a built extension into what its content scripts load eagerly and what they load later.
 * The files listed in the manifest's content_scripts are classic scripts; an import() they make
 * runs as soon as they run (the crxjs loader imports the real entry that way), so it counts as
 * eager. From there on, static imports are eager and import() calls are lazy.
 * @param {string} root the extension folder (with manifest.json)
 */
export function contentScriptBytes(root) {
  const manifest = JSON.parse(readFileSync(join(root, 'manifest.json'), 'utf8'));
  const cache = new Map();
  const fileInfo = (abs) => {
    let info = cache.get(abs);
    if (!info) {
      const buf = readFileSync(abs);
      info = { path: relative(root, abs), raw: buf.length, gzip: gzipSync(buf, { level: 9 }).length, imports: abs.endsWith('.js') ? findImports(buf.toString('utf8')) : null };
      cache.set(abs, info);
    }
    return info;
  };
  const resolveSpec = (fromAbs, spec, runtimeUrl) => {
    if (/^[a-z-]+:/i.test(spec)) return null;
    const abs = runtimeUrl || spec.startsWith('/') ? join(root, spec.replace(/^\//, '')) : resolve(dirname(fromAbs), spec);
    return existsSync(abs) ? abs : null;
  };
  const problems = [];
  /** Static closure of some entry files, skipping what `exclude` already holds. */
  const closure = (entries, exclude = new Set()) => {
    const seen = new Set();
    const dynamic = [];
    const stack = [...entries];
    while (stack.length) {
      const abs = stack.pop();
      if (seen.has(abs) || exclude.has(abs)) continue;
      seen.add(abs);
      const info = fileInfo(abs);
      if (!info.imports) continue;
      for (const spec of info.imports.staticImports) {
        const dep = resolveSpec(abs, spec, false);
        if (dep) stack.push(dep);
        else problems.push(`${info.path}: cannot resolve static import ${spec}`);
      }
      for (const { specifier, runtimeUrl } of info.imports.dynamicImports) {
        const dep = resolveSpec(abs, specifier, runtimeUrl);
        if (dep) dynamic.push({ from: abs, file: dep });
        else problems.push(`${info.path}: cannot resolve import(${specifier})`);
      }
      if (info.imports.unresolvedDynamic) problems.push(`${info.path}: ${info.imports.unresolvedDynamic} import() with a computed specifier (not followed)`);
    }
    return { files: seen, dynamic };
  };

  const scripts = (manifest.content_scripts ?? []).flatMap((cs) => [...(cs.js ?? []), ...(cs.css ?? [])]);
  const loaders = [...new Set(scripts)].map((p) => join(root, p));
  // The loaders' own import() calls run at once: their targets are eager entries.
  const loaderTargets = loaders.flatMap((abs) => {
    const info = fileInfo(abs);
    return (info.imports?.dynamicImports ?? []).map(({ specifier, runtimeUrl }) => resolveSpec(abs, specifier, runtimeUrl)).filter(Boolean);
  });
  const eagerClosure = closure([...loaders, ...loaderTargets]);
  const eager = eagerClosure.files;

  // Lazy entries: import() from eager modules (not the loaders' own), then what each pulls in.
  // Each lazy entry's size is what it needs beyond the eager files (shared chunks count in each).
  const lazy = [];
  const depthOf = new Map([...eager].map((f) => [f, 0]));
  const queue = eagerClosure.dynamic.filter((d) => !eager.has(d.file));
  for (let q = 0; q < queue.length; q++) {
    const { from, file } = queue[q];
    if (depthOf.has(file)) continue;
    const c = closure([file], eager);
    const depth = (depthOf.get(from) ?? 1) + 1;
    for (const f of c.files) if (!depthOf.has(f)) depthOf.set(f, depth);
    lazy.push({ entry: fileInfo(file), from: fileInfo(from).path, files: [...c.files].map(fileInfo).sort((a, b) => b.gzip - a.gzip), depth });
    queue.push(...c.dynamic);
  }
  const eagerFiles = [...eager].map(fileInfo).sort((a, b) => b.gzip - a.gzip);

  // The first panel open: the panel entry's static graph plus the English UI strings and letters,
  // which are fetched at once (import.meta.glob of locales/*/ui.json and letters.json, in the panel's
  // files or the eager ones: found by their keys; in the static graph when imported statically).
  // The panel entry is the "panel" chunk of scripts/first-open-chunk.ts (open-panel before it).
  let firstOpen = null;
  const panelEntry = lazy.find((l) => l.depth === 1 && /(^|\/)(open-panel|panel)-[\w-]+\.js$/.test(l.entry.path));
  if (panelEntry) {
    const panelFiles = closure([join(root, panelEntry.entry.path)], eager).files;
    const english = (file) => [...panelFiles, ...eager].flatMap((abs) => {
      const src = abs.endsWith('.js') ? readFileSync(abs, 'utf8') : '';
      return globTargets(src).filter((g) => g.key.endsWith(`locales/en/${file}`)).map((g) => resolveSpec(abs, g.specifier, g.runtimeUrl)).filter(Boolean);
    });
    const letters = [...new Set([...english('ui.json'), ...english('letters.json')])];
    if (!english('letters.json').length) problems.push('first open: the English letters chunk was not found in the panel graph');
    const files = [...closure([...panelFiles, ...letters], eager).files].map(fileInfo).sort((a, b) => b.gzip - a.gzip);
    firstOpen = { entry: panelEntry.entry, letters: letters.map((abs) => fileInfo(abs).path), files, raw: sum(files, 'raw'), gzip: sum(files, 'gzip') };
  }
  return {
    eager: { files: eagerFiles, raw: sum(eagerFiles, 'raw'), gzip: sum(eagerFiles, 'gzip') },
    lazy: lazy.map((l) => ({ ...l, raw: sum(l.files, 'raw'), gzip: sum(l.files, 'gzip') })),
    firstOpen,
    problems: [...new Set(problems)],
  };
}

/**
 * The entries of import.meta.glob maps in a built file: a string key ("../../locales/en/letters.json")
 * followed, within its arrow function, by import("./chunk.js") (possibly inside the preload helper).
 * @param {string} src
 * @returns {{ key: string, specifier: string, runtimeUrl: boolean }[]}
 */
export function globTargets(src) {
  const t = tokenize(src);
  const out = [];
  const literal = (tok) => tok && (tok.type === 'string' || tok.type === 'template') ? tok.value : null;
  for (let k = 0; k + 1 < t.length; k++) {
    const key = literal(t[k]);
    if (key === null || !/\.[a-z]+$/i.test(key) || t[k + 1].value !== ':') continue;
    for (let m = k + 2; m < Math.min(t.length, k + 24); m++) {
      if (literal(t[m]) !== null && t[m + 1]?.value === ':') break; // the next key: no import here
      if (t[m].type === 'name' && t[m].value === 'import' && t[m + 1]?.value === '(') {
        const direct = literal(t[m + 2]);
        if (direct !== null) out.push({ key, specifier: direct, runtimeUrl: false });
        else if (t[m + 2]?.value === 'chrome' || t[m + 4]?.value === 'runtime') {
          const at = t.slice(m, m + 12).findIndex((tok) => tok.value === 'getURL');
          const spec = at >= 0 ? literal(t[m + at + 2]) : null;
          if (spec !== null) out.push({ key, specifier: spec, runtimeUrl: true });
        }
        break;
      }
    }
  }
  return out;
}

function sum(list, key) {
  return list.reduce((total, item) => total + item[key], 0);
}
