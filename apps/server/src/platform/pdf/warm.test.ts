import { describe, expect, it } from 'vitest';
import { preparePdfRendering } from './warm.js';

describe('PDF rendering prepared at start', () => {
  it('renders its samples of both PDFs without a warning', async () => {
    const info: string[] = [];
    const warnings: unknown[] = [];
    await preparePdfRendering({
      info: (message) => info.push(message),
      warn: (details) => warnings.push(details),
    });
    expect(warnings).toEqual([]);
    expect(info).toEqual([expect.stringMatching(/^PDF rendering prepared in \d+ ms$/)]);
  });
});
