// The one place that decides colour, once per stream: flag, FORCE_COLOR, NO_COLOR, TERM=dumb, TTY.
import type { ChalkInstance } from 'chalk';
import type { Style } from '../format/text.js';

export type ColorLevel = 0 | 1 | 2 | 3;
type Env = Readonly<Record<string, string | undefined>>;

/**
 * `--color=always|never` win; with `auto`, FORCE_COLOR (0 or false turns colour off, 1-3 pick a
 * level), then NO_COLOR (any non-empty value), then TERM=dumb, then whether the stream is a terminal.
 */
export const colorLevel = (isTTY: boolean, env: Env, when: 'auto' | 'always' | 'never'): ColorLevel => {
  const fromTerm = (): ColorLevel =>
    env.COLORTERM === 'truecolor' || env.COLORTERM === '24bit' ? 3 : /256/.test(env.TERM ?? '') ? 2 : 1;
  if (when === 'never') return 0;
  if (when === 'always') return fromTerm();
  const force = env.FORCE_COLOR;
  if (force !== undefined) {
    if (force === '0' || force === 'false') return 0;
    if (force === '1' || force === '2' || force === '3') return Number(force) as ColorLevel;
    return fromTerm();
  }
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return 0;
  if (env.TERM === 'dumb') return 0;
  return isTTY ? fromTerm() : 0;
};

/** The style of a colour level; chalk is loaded only here, so output without colour never loads it. */
export const styleFor = async (level: ColorLevel): Promise<Style> => {
  const { Chalk } = await import('chalk');
  const c: ChalkInstance = new Chalk({ level });
  return {
    heading: (s) => c.bold.yellow(s),
    title: (s) => c.bold(s),
    bullet: (s) => c.cyan(s),
    dim: (s) => c.dim(s),
    mark: (s) => c.bold.yellow(s),
    colored: level > 0,
  };
};
