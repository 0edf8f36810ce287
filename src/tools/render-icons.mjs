// `node src/tools/render-icons.mjs`: draws public/icons/icon.svg into the PNGs the web app
// manifest names, with Debian's Chromium (CHROME_PATH, else /usr/bin/chromium), so no image
// library is needed. Run it again after changing the SVG, and commit the PNGs it writes.
//   icon-192.png, icon-512.png   the mark as drawn, rounded corners and all
//   maskable-512.png             the mark shrunk into the safe zone (the middle 80% circle) on a
//                                full-bleed navy square, for launchers that crop icons to a shape
import { readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';

const svg = readFileSync('public/icons/icon.svg', 'utf8');
const svgUrl = `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
const BRAND = '#1d3557';

const icons = [
  { file: 'icon-192.png', size: 192, markShare: 1, background: 'transparent' },
  { file: 'icon-512.png', size: 512, markShare: 1, background: 'transparent' },
  // 0.7 keeps the rounded square's corners inside the 80% circle a mask may cut to.
  { file: 'maskable-512.png', size: 512, markShare: 0.7, background: BRAND },
];

const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
});
try {
  const page = await browser.newPage({ deviceScaleFactor: 1 });
  for (const { file, size, markShare, background } of icons) {
    await page.setViewportSize({ width: size, height: size });
    const mark = Math.round(size * markShare);
    await page.setContent(
      `<body style="margin:0;width:${size}px;height:${size}px;display:grid;place-items:center;background:${background}">` +
        `<img src="${svgUrl}" width="${mark}" height="${mark}" alt=""></body>`,
    );
    await page.screenshot({ path: `public/icons/${file}`, omitBackground: true });
    console.log(`wrote public/icons/${file}`);
  }
} finally {
  await browser.close();
}
