import { defineConfig, devices } from '@playwright/test';

// The system Chromium from Debian; Playwright never downloads a browser here.
// src/tools/ensure-browser.mjs makes sure it exists before the suite starts.
const executablePath = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const args = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
// A port of its own per run, so two runs on one machine do not collide; set here once, the
// workers inherit it through the environment.
process.env.E2E_PORT ??= String(4200 + Math.floor(Math.random() * 800));
const port = Number(process.env.E2E_PORT);

export default defineConfig({
  testDir: './src',
  testMatch: '**/*.e2e.ts',
  outputDir: './test-results/playwright',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  forbidOnly: !!process.env.CI,
  reporter: [['list'], ['json', { outputFile: 'test-results/playwright.json' }]],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    launchOptions: { executablePath, args },
    trace: 'off',
    // The built app installs a service worker, and page.route does not see the requests a worker
    // answers: tests that serve their own bundles need the network as the page sees it. The
    // offline tests (src/app/offline.e2e.ts) allow the worker for themselves.
    serviceWorkers: 'block',
  },
  projects: [
    {
      name: 'mobile',
      use: { ...devices['Desktop Chrome'], viewport: { width: 360, height: 740 } },
      grepInvert: /@desktop-only/,
    },
    {
      name: 'desktop',
      use: { ...devices['Desktop Chrome'], viewport: { width: 1280, height: 800 } },
    },
  ],
  webServer: {
    command: `npx vite preview --host 127.0.0.1 --port ${port} --strictPort`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
