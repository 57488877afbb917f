/**
 * Runs once before the server tests: starts s3rver on a free port in a temporary folder and provides its
 * endpoint (`inject('s3Endpoint')`); each test file makes its own bucket there.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { startS3 } from './s3.js';

declare module 'vitest' {
  export interface ProvidedContext {
    s3Endpoint: string;
  }
}

export default async function setup(project: TestProject) {
  const directory = mkdtempSync(path.join(os.tmpdir(), 'rcpd-s3rver-'));
  const s3 = await startS3(directory);
  project.provide('s3Endpoint', s3.endpoint);
  return async () => {
    await s3.stop();
    rmSync(directory, { recursive: true, force: true });
  };
}
