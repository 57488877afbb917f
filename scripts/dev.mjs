// Development: compiles the server on change and restarts it (:3000), and runs Vite (:5173, proxying /api).
import { spawn, spawnSync } from 'node:child_process';

// the development aids: demo accounts, the SMS outbox, DEV_CAPTCHA_CODE (README, Configuration)
process.env.DEV_AIDS ??= '1';
const build = spawnSync('npx', ['tsc', '-b', 'packages/shared', 'apps/server'], { stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

const children = [
  spawn('npx', ['tsc', '-b', 'packages/shared', 'apps/server', '--watch', '--preserveWatchOutput'], {
    stdio: 'inherit',
  }),
  spawn(process.execPath, ['--watch', 'apps/server/dist/main.js'], { stdio: 'inherit' }),
  spawn('npm', ['run', 'dev', '-w', '@rcpd/web'], { stdio: 'inherit' }),
];
const stop = () => {
  for (const child of children) child.kill('SIGTERM');
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
