import { launchChromium } from './browser/chromium.js';
const ctx = await launchChromium();
for (const [name, path] of process.argv.slice(2).map((a) => a.split('='))) {
  const p = await ctx.newPage();
  await p.goto('file://' + path);
  await p.evaluate(() => document.fonts.ready);
  await p.screenshot({ path: `/tmp/wa-report-${name}.png`, fullPage: true });
}
await ctx.close();
