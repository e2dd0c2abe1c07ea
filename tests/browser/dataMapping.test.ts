// The import preview's choices in the browser: a Windows-1257 CSV whose headers are not
// recognised shows its first rows and a column mapping; mapping it reads it, choosing another
// encoding reads it again; after Confirm the network gets a sensible title and can be renamed.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { expectAccessible } from './axe';
import { openPage, useBrowser } from './harness';
import { openDataTab, write } from './dataFiles';

useBrowser();

/** "Kas;Su kuo;Metai" (who; with whom; year) and two rows, as Lithuanian Excel saves them. */
function lithuanianCsv(): Uint8Array {
  const table = new Map<string, number>();
  const page = new TextDecoder('windows-1257').decode(
    Uint8Array.from({ length: 256 }, (_, i) => i),
  );
  [...page].forEach((ch, i) => table.set(ch, i));
  const text =
    'Kas;Su kuo;Metai\r\nŠiaulių klasteris;Žalgirio optika;2019\r\nŽalgirio optika;Kauno universitetas;2021\r\n';
  return Uint8Array.from([...text].map((ch) => table.get(ch) ?? 0x3f));
}

const FILE = write('šiaulių-ryšiai.csv', lithuanianCsv());

describe('the import preview asks which column is which', () => {
  it('maps an unrecognised table, rereads it in another encoding, and renames the network', async () => {
    const page = await openPage();
    await openDataTab(page);
    await page.getByTestId('import-input').setInputFiles([FILE]);
    const preview = page.getByTestId('import-preview');
    await preview.waitFor();
    // Not recognised: an error that points to the mapping, the first rows, the mapping form.
    assert.match(
      (await page.getByTestId('import-errors').textContent()) ?? '',
      /say which column is which/,
    );
    assert.match(
      (await page.getByTestId('import-verdict').textContent()) ?? '',
      /Say which column is which below/,
    );
    const sample = page.getByTestId('import-sample');
    assert.match((await sample.textContent()) ?? '', /Šiaulių klasteris/);
    const mapping = page.getByTestId('import-mapping');
    assert.equal(await mapping.getByLabel('Kas').inputValue(), 'source');
    assert.equal(await mapping.getByLabel('Su kuo').inputValue(), 'target');
    await mapping.getByLabel('Metai').selectOption('since');
    await expectAccessible(page, '[data-testid="import-preview"]');
    await mapping.getByRole('button', { name: 'Read with these columns' }).click();
    await page.getByTestId('import-organisations').filter({ hasText: '3' }).waitFor();
    assert.equal(await page.getByTestId('import-links').textContent(), '2');
    assert.equal(await page.getByTestId('import-errors').count(), 0);
    // Read as Windows-1252 instead: the letters change, the mapping stays.
    await page.getByTestId('import-encoding').selectOption('windows-1252');
    await page.getByTestId('import-sample').filter({ hasText: 'Ðiauliø' }).waitFor();
    await page.getByTestId('import-encoding').selectOption('auto');
    await page.getByTestId('import-sample').filter({ hasText: 'Šiaulių' }).waitFor();
    await page.getByRole('button', { name: 'Confirm import' }).click();
    await preview.waitFor({ state: 'detached' });
    // The title comes from the file name without its role; rename it.
    const title = page.getByTestId('dataset-title');
    assert.equal(await title.inputValue(), 'šiaulių');
    await title.fill('Šiaulių partneriai');
    await page.getByRole('button', { name: 'Rename' }).click();
    await page.waitForFunction(
      () =>
        (document.querySelector('[data-testid="dataset-title"]') as HTMLInputElement | null)
          ?.value === 'Šiaulių partneriai',
    );
    assert.match((await page.locator('header').textContent()) ?? '', /Šiaulių partneriai/);
  });
});
