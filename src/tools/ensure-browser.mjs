// Makes sure a Chromium exists for the browser tests. Where none is found it installs Debian's
// package when it can (root with apt-get), and otherwise stops with one sentence on what to do.
// It never lets the browser tests be skipped silently.
import { spawnSync } from 'node:child_process';
import { accessSync, constants } from 'node:fs';

const path = process.env.CHROME_PATH ?? '/usr/bin/chromium';

function executable(file) {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function run(cmd, args) {
  const r = spawnSync(cmd, args, { stdio: ['ignore', 'inherit', 'inherit'] });
  return r.status === 0;
}

if (!executable(path)) {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const hasApt = spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;
  if (process.env.CHROME_PATH || !isRoot || !hasApt) {
    console.error(
      `No Chromium at ${path}: install Debian's chromium package (sudo apt-get install chromium) or set CHROME_PATH to a Chromium binary, then run npm test again.`,
    );
    process.exit(1);
  }
  console.log(`No Chromium at ${path}; installing Debian's chromium package...`);
  const ok =
    run('apt-get', ['update', '-qq']) &&
    run('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'chromium']);
  if (!ok || !executable(path)) {
    console.error(
      `Installing chromium with apt-get failed: install it by hand (apt-get install chromium) or set CHROME_PATH, then run npm test again.`,
    );
    process.exit(1);
  }
}
