// The panel's first open in one round of fetches. Left to itself the bundler splits what the
// panel, the options page, the print page and the background share into several chunks, and the
// content script then waits for rounds in a row (the panel's chunk, then the chunks it imports,
// then theirs) before anything runs: on a slow laptop each round costs tens of milliseconds.
// So the panel's static graph, less what the eager content script already holds, becomes two
// chunks: "panel", and "platform" for what the background also needs (the browser API, storage),
// which must not carry Preact into the service worker. The content script asks for both at once
// (src/content/main.ts); the options and print pages load them for what they share. The bundler's
// own 0.4 KB runtime helper is never offered to groups: it is asked for when "platform" arrives,
// while "panel", the larger, is still on its way.
// What the eager script and the panel share becomes a third chunk, "eager-shared", which the eager
// script loads on every mail page anyway. Left in the eager entry's own chunk, it would make the
// options and print pages, which load "panel", run the content script to reach it.
import { fileURLToPath } from 'node:url';
import type { CodeSplittingGroup } from 'rolldown';

const entry = (path: string) => fileURLToPath(new URL(`../src/${path}`, import.meta.url));
const PANEL_ENTRY = entry('panel/open-panel.tsx');
const EAGER_ENTRY = entry('content/main.ts');
const BACKGROUND_ENTRY = entry('background/main.ts');

type ModuleGraph = { getModuleInfo(id: string): { importedIds: readonly string[] } | null };

function staticGraph(graph: ModuleGraph, from: string): Set<string> {
  const seen = new Set<string>();
  const stack = [from];
  while (stack.length) {
    const id = stack.pop()!;
    if (seen.has(id)) continue;
    seen.add(id);
    stack.push(...(graph.getModuleInfo(id)?.importedIds ?? []));
  }
  return seen;
}

// One answer per chunking pass (the bundler reuses its graph object within a pass).
type Chunk = 'panel' | 'platform' | 'eager-shared';
const passes = new WeakMap<ModuleGraph, (id: string) => Chunk | null>();

function chunkFor(graph: ModuleGraph, id: string): Chunk | null {
  let decide = passes.get(graph);
  if (!decide) {
    const eager = staticGraph(graph, EAGER_ENTRY);
    const background = staticGraph(graph, BACKGROUND_ENTRY);
    const panel = staticGraph(graph, PANEL_ENTRY);
    decide = (module) => {
      if (!panel.has(module)) return null;
      if (eager.has(module)) return 'eager-shared';
      return background.has(module) ? 'platform' : 'panel';
    };
    passes.set(graph, decide);
  }
  return decide(id);
}

export const firstOpenChunks: CodeSplittingGroup = {
  debugName: 'panel first open',
  name: (id, graph) => chunkFor(graph, id),
  includeDependenciesRecursively: false,
};
