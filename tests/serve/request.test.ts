// How a failed summary becomes an HTTP status.
import { expect, it } from 'vitest';
import { statusOf } from '../../src/serve/request.js';

it('answers an input too large for a worker, like one too large to take, with 413', () => {
  expect(statusOf({ code: 'ENOMEM', message: 'm' })).toBe(413);
  expect(statusOf({ code: 'EFBIG', message: 'm' })).toBe(413);
  expect(statusOf({ code: 'ETIMEDOUT', message: 'm' })).toBe(504);
  expect(statusOf({ code: 'ENOARTICLE', message: 'm' })).toBe(422);
});
