// `npm run zip`: store-ready packages in artifacts/ — Chrome Web Store, addons.mozilla.org, and
// the source archive AMO asks for (the files git tracks, which rebuild the same add-on).
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { zipSync } from 'fflate';

const root = fileURLToPath(new URL('..', import.meta.url));
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const out = join(root, 'artifacts');
mkdirSync(out, { recursive: true });

function filesUnder(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

// A fixed timestamp keeps the archives byte-identical from one build to the next.
const mtime = new Date('2025-01-01T00:00:00Z');

function zip(name, base, files) {
  const entries = Object.fromEntries(files.map((file) => [relative(base, file), [readFileSync(file), { mtime }]]));
  const path = join(out, name);
  writeFileSync(path, zipSync(entries, { level: 9 }));
  console.log(`${relative(root, path)}  ${files.length} files, ${(statSync(path).size / 1024).toFixed(1)} KB`);
}

for (const target of ['chrome', 'firefox']) {
  const dir = join(root, 'dist', target);
  zip(`tactful-${target}-${version}.zip`, dir, filesUnder(dir));
}
const tracked = execFileSync('git', ['ls-files'], { cwd: root, encoding: 'utf8' }).split('\n').filter(Boolean);
zip(`tactful-source-${version}.zip`, root, tracked.map((file) => join(root, file)));
