// The presentation caption on a projector: at most about 12 % of the height at 1280x720 and
// 1920x1080, a title line and a one-line note, the whole note on demand (#12).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { openPage, useBrowser } from './harness';
import { expectAccessible } from './axe';

useBrowser();

const SIZES = [
  { width: 1280, height: 720 },
  { width: 1920, height: 1080 },
];

describe('the presentation caption', () => {
  for (const size of SIZES) {
    it(`takes at most 12 % of the height at ${size.width}x${size.height}`, async () => {
      const page = await openPage('', size);
      await page.getByRole('button', { name: 'Present', exact: true }).click();
      const caption = page.getByTestId('presentation');
      await caption.waitFor();
      const band = (await caption.boundingBox())!;
      const share = band.height / size.height;
      console.log(
        `caption at ${size.width}x${size.height}: ${band.height.toFixed(1)} px, ${(share * 100).toFixed(1)} %`,
      );
      assert.ok(share <= 0.12, `the caption takes ${(share * 100).toFixed(1)} % of the height`);
      // The canvas ends where the caption starts.
      const canvas = (await page.getByTestId('graph').boundingBox())!;
      assert.ok(canvas.y + canvas.height <= band.y + 1, 'the caption does not cover the canvas');
      // Title and note each one line, inside the band.
      for (const id of ['present-title', 'present-note']) {
        const b = (await page.getByTestId(id).boundingBox())!;
        assert.ok(b.y >= band.y && b.y + b.height <= band.y + band.height + 0.5, `${id} inside`);
        const lines = await page.getByTestId(id).evaluate((el) => {
          const lh = parseFloat(getComputedStyle(el).lineHeight);
          return Math.round(el.getBoundingClientRect().height / lh);
        });
        assert.equal(lines, 1, `${id} is one line`);
      }
      // The first slide's title is whole; its long note is cut and unfolds with m or More.
      assert.equal(
        await page.getByTestId('present-title').evaluate((el) => el.scrollWidth <= el.clientWidth),
        true,
        'the title is not cut',
      );
      const note = (await page.getByTestId('present-note').textContent()) ?? '';
      await page.keyboard.press('m');
      const full = page.getByTestId('present-note-full');
      assert.equal(await full.textContent(), note);
      assert.deepEqual(
        (await caption.boundingBox())!.height,
        band.height,
        'unfolding keeps the band',
      );
      await expectAccessible(page, '[data-testid="presentation"]');
      await page.getByRole('button', { name: 'Less' }).click();
      await full.waitFor({ state: 'detached' });
      // The next slide starts folded.
      await page.getByRole('button', { name: 'More' }).click();
      await full.waitFor();
      await page.keyboard.press('ArrowRight');
      await page.getByTestId('present-count').getByText('2 /').waitFor();
      assert.equal(await full.count(), 0);
    });
  }
});
