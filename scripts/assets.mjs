// Copies the server's static files (the widget and the demo page) beside the built code: run by
// `npm run build`.
import { cpSync } from 'node:fs';

cpSync(new URL('../src/serve/assets/', import.meta.url), new URL('../dist/serve/assets/', import.meta.url), { recursive: true });
