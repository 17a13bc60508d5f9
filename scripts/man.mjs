// Writes man/summarize.1 from the built option tables: run by `npm run build`.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { manPage } from '../dist/args/man.js';

const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
mkdirSync(new URL('../man/', import.meta.url), { recursive: true });
writeFileSync(new URL('../man/summarize.1', import.meta.url), manPage(version));
