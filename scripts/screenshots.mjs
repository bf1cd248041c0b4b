// Screenshots of every story for a visual review (issue 16): each story at 1280 and 390 px wide in the light,
// dark and high-contrast themes and under forced colours, written to screenshots/ (gitignored) as
// `<story id>--<width>--<theme>.png`. It builds nothing: it serves the built Storybook (`npm run build-storybook`
// first; STORYBOOK_DIR to point elsewhere) and drives Debian's Chromium (or $CHROME_PATH) with playwright-core.
//
//   npm run screenshots                                   every story
//   npm run screenshots -- choice-board session-timer     stories whose id contains any of the words
//   OTKIT_SHOTS_WIDTHS=390 OTKIT_SHOTS_THEMES=dark npm run screenshots -- goal-stack
//
// Prints one line per story, one per story wider than the screen at a width, and ends with
// `screenshots: N written, N stories failed, N wider than the screen`.
import { mkdirSync } from 'node:fs';
import { openBuiltStorybook } from './built-storybook.mjs';

const OUT = process.env.OTKIT_SHOTS_DIR ?? 'screenshots';
const TIMEOUT = 30_000;
const WIDTHS = (process.env.OTKIT_SHOTS_WIDTHS ?? '1280,390').split(',').map(Number);
/** Each theme as the story's wrapper chooses it, or as the device forces it. */
const ALL_THEMES = [
  { name: 'light', theme: 'light', forcedColors: 'none' },
  { name: 'dark', theme: 'dark', forcedColors: 'none' },
  { name: 'high-contrast', theme: 'high-contrast', forcedColors: 'none' },
  { name: 'forced-colors', theme: 'light', forcedColors: 'active' },
];
const wanted = process.env.OTKIT_SHOTS_THEMES?.split(',');
const THEMES = wanted ? ALL_THEMES.filter((t) => wanted.includes(t.name)) : ALL_THEMES;
// A phone is about 844 px tall; a desktop window about 800. Full-page shots show what is below the fold too.
const HEIGHT = { 390: 844 };
const filters = process.argv.slice(2);

const storybook = await openBuiltStorybook();
const stories = storybook.entries.filter(
  (e) => e.type === 'story' && (filters.length === 0 || filters.some((f) => e.id.includes(f))),
);
mkdirSync(OUT, { recursive: true });

let written = 0;
let failed = 0;
const overflowing = [];

/** Opens one story on `page` and photographs it at every width in every theme. */
async function shoot(page, story) {
  const started = Date.now();
  try {
    await page.setViewportSize({ width: WIDTHS[0], height: HEIGHT[WIDTHS[0]] ?? 800 });
    await page.emulateMedia({ forcedColors: 'none' });
    await page.goto(storybook.pageOf(story), {
      timeout: TIMEOUT,
    });
    await page.waitForFunction(
      () => ['sb-show-main', 'sb-show-errordisplay'].some((c) => document.body.classList.contains(c)),
      undefined,
      { timeout: TIMEOUT },
    );
    // Store loads, first updates and fonts.
    await page.waitForTimeout(300);
    for (const width of WIDTHS) {
      // Resizing the page, not reloading it: elements that measure themselves see the resize like a rotated phone.
      await page.setViewportSize({ width, height: HEIGHT[width] ?? 800 });
      await page.waitForTimeout(100);
      // A page wider than the screen scrolls sideways on a phone: say so (a board that scrolls on purpose
      // scrolls inside itself and does not count).
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      if (overflow > 0) overflowing.push(`${story.id} at ${width} px: ${overflow} px too wide`);
      for (const { name, theme, forcedColors } of THEMES) {
        await page.emulateMedia({ forcedColors });
        await page.evaluate((chosen) => {
          for (const el of [document.body, document.querySelector('.otkit-story-globals')])
            if (el) el.dataset.otTheme = chosen;
        }, theme);
        await page.waitForTimeout(30);
        await page.screenshot({ path: `${OUT}/${story.id}--${width}--${name}.png`, fullPage: true });
        written++;
      }
    }
    console.log(`ok   ${story.title} / ${story.name} (${Date.now() - started} ms)`);
  } catch (error) {
    failed++;
    console.log(`FAIL ${story.title} / ${story.name}: ${String(error?.message ?? error).split('\n')[0]}`);
  }
}

// Two stories at a time: the machine has two cores, and much of a shot is waiting for the page.
const queue = [...stories];
// One browser context, so the Storybook bundle is fetched once; a fresh page per story, so no state carries over.
const context = await storybook.browser.newContext({ reducedMotion: 'reduce' });
const workers = Array.from({ length: Number(process.env.OTKIT_SHOTS_CONCURRENCY ?? 2) }, async () => {
  for (let story = queue.shift(); story; story = queue.shift()) {
    const page = await context.newPage();
    await shoot(page, story);
    await page.close();
  }
});
await Promise.all(workers);

await context.close();
await storybook.close();
for (const line of overflowing) console.log(`wide ${line}`);
console.log(
  `screenshots: ${written} written to ${OUT}/, ${failed} stories failed, ${overflowing.length} wider than the screen`,
);
process.exit(failed ? 1 : 0);
