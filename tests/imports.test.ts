// The code's shape: modules import one way. No import loop, type-only imports included (a loop of
// types still ties two rooms together), and nothing in src/core reaches out to the shells around it.
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';

const SRC = resolve(dirname(fileURLToPath(import.meta.url)), '../src');

const modules = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? modules(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );

/** Each module's relative imports, as module paths. */
const graph = (): Map<string, string[]> => {
  const files = modules(SRC);
  const known = new Set(files);
  return new Map(
    files.map((file) => {
      const text = readFileSync(file, 'utf8');
      const targets = [...text.matchAll(/(?:^|\n)\s*(?:import|export)\b[^'"]*?\bfrom\s+['"](\.{1,2}\/[^'"]+)['"]/g)]
        .map((m) => resolve(dirname(file), m[1]!.replace(/\.js$/, '.ts')))
        .filter((t) => known.has(t));
      return [file, targets];
    }),
  );
};

/** Every import loop, as a path of module names. */
const loops = (edges: Map<string, string[]>): string[] => {
  const found: string[] = [];
  const state = new Map<string, 'open' | 'done'>();
  const path: string[] = [];
  const visit = (m: string): void => {
    state.set(m, 'open');
    path.push(m);
    for (const next of edges.get(m) ?? []) {
      if (state.get(next) === 'open') found.push([...path.slice(path.indexOf(next)), next].map((p) => relative(SRC, p)).join(' → '));
      else if (!state.has(next)) visit(next);
    }
    path.pop();
    state.set(m, 'done');
  };
  for (const m of edges.keys()) if (!state.has(m)) visit(m);
  return found;
};

it('finds a loop where there is one (the check itself)', () => {
  const a = '/x/a.ts';
  const b = '/x/b.ts';
  expect(loops(new Map([[a, [b]], [b, [a]]]))).toHaveLength(1);
  expect(loops(new Map([[a, [b]], [b, []]]))).toEqual([]);
});

it('has no import loop in src, type-only imports included', () => {
  expect(loops(graph())).toEqual([]);
});

it('keeps src/core to itself: it imports no shell (args, read, extract, format, write, batch, serve), only the defaults', () => {
  const core = join(SRC, 'core');
  const outside = [...graph()].flatMap(([file, targets]) =>
    file.startsWith(core) ? targets.filter((t) => !t.startsWith(core) && t !== join(SRC, 'defaults.ts')).map((t) => `${relative(SRC, file)} → ${relative(SRC, t)}`) : [],
  );
  expect(outside).toEqual([]);
});
