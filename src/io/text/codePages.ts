// Which Windows code page gave real text: letters of the languages each page is made for score.

/** Letters common in the languages written in each code page (beyond ASCII). */
const EXPECTED: Record<string, string> = {
  'windows-1257': 'ąčęėįšųūžĄČĘĖĮŠŲŪŽāēīķļņōŗĀĒĪĶĻŅŌŖõäöüÕÄÖÜ„“”–—',
  'windows-1250': 'ąćęłńóśźżĄĆĘŁŃÓŚŹŻčďěňřšťůžČĎĚŇŘŠŤŮŽáéíóúýÁÉÍÓÚÝőűŐŰäöüÄÖÜßăâîșțşţĂÂÎ„“”–—',
  'windows-1252': 'àâäçèéêëîïôöùûüÿñßæøåáíóúãõìòÀÂÄÇÈÉÊËÎÏÔÖÙÛÜŸÑÆØÅÁÍÓÚÃÕ€“”‘’–—«»°',
};

/** Letters that a code page can produce but that almost only its misreadings do. */
const UNLIKELY = 'ÐðÞþ¹²³¼½¾¤¦¨¸×÷';

/**
 * Score a decoding of non-UTF-8 bytes: +1 per character that the page's languages use, -1 per
 * other non-ASCII character, -2 for the unlikely ones. The highest score wins; Windows-1252, the
 * commonest, gets half a point so that it wins ties (German ä ö ü ß read the same in all three).
 */
export function scoreCodePage(page: string, text: string): number {
  const expected = EXPECTED[page] ?? '';
  let score = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) continue;
    const ch = text[i]!;
    if (expected.includes(ch)) score++;
    else if (UNLIKELY.includes(ch)) score -= 2;
    else score--;
  }
  return page === 'windows-1252' ? score + 0.5 : score;
}
