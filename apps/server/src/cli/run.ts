import { ConfigError } from '../config.js';

/**
 * Runs a command-line tool: its exit code is what `run` returns; a configuration error is printed as its message
 * (the variables to fix), anything else as it is, and exits 2 (the tool could not do its work).
 */
export function runCli(run: () => Promise<number>): void {
  run().then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error(error instanceof ConfigError ? error.message : error);
      process.exit(2);
    },
  );
}
