/**
 * Which text encoding a file is in, from its first bytes. The encodings are those users of
 * this dashboard really have: UTF-8 (with or without BOM), UTF-16 from Excel's "Unicode
 * text", GBK/GB18030 from Chinese Windows and Windows-1252/Latin-1 from SIPRI and French
 * Windows. Labels are WHATWG names, so `new TextDecoder(label)` decodes them.
 */
export const encodings = ['utf-8', 'utf-16le', 'utf-16be', 'gb18030', 'windows-1252'] as const;
export type Encoding = (typeof encodings)[number];

export type EncodingGuess = { encoding: Encoding; bom: boolean };

/** Guesses the encoding of `bytes`, the start of a text file. */
export function detectEncoding(bytes: Uint8Array): EncodingGuess {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { encoding: 'utf-8', bom: true };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', bom: true };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', bom: true };
  const utf16 = utf16WithoutBom(bytes);
  if (utf16) return { encoding: utf16, bom: false };
  if (isUtf8(bytes)) return { encoding: 'utf-8', bom: false };
  return { encoding: looksLikeGbk(bytes) ? 'gb18030' : 'windows-1252', bom: false };
}

/** UTF-16 without a BOM shows as ASCII text with every other byte zero. */
function utf16WithoutBom(bytes: Uint8Array): Encoding | undefined {
  const length = Math.min(bytes.length, 4096) & ~1;
  if (length < 4) return undefined;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let index = 0; index < length; index += 2) {
    if (bytes[index] === 0) evenZeros++;
    if (bytes[index + 1] === 0) oddZeros++;
  }
  const pairs = length / 2;
  if (oddZeros > pairs * 0.3 && evenZeros < pairs * 0.05) return 'utf-16le';
  if (evenZeros > pairs * 0.3 && oddZeros < pairs * 0.05) return 'utf-16be';
  return undefined;
}

function isUtf8(bytes: Uint8Array): boolean {
  try {
    // `stream: true` lets a character cut by the end of the sample pass.
    new TextDecoder('utf-8', { fatal: true }).decode(bytes, { stream: true });
    return true;
  } catch {
    return false;
  }
}

/**
 * GBK writes every Chinese character as two bytes of 0x81 or more, so its runs of high bytes
 * have even lengths; Latin-1 text has single accented letters between ASCII ones.
 */
function looksLikeGbk(bytes: Uint8Array): boolean {
  let runs = 0;
  let evenRuns = 0;
  let run = 0;
  const end = () => {
    if (run > 0) {
      runs++;
      if (run % 2 === 0) evenRuns++;
    }
    run = 0;
  };
  for (const byte of bytes) {
    if (byte >= 0x81) run++;
    else end();
  }
  end();
  return runs > 0 && evenRuns / runs >= 0.8;
}

/** Decodes the start of a file; a character cut by the end of the sample is left out. */
export function decodeSample(bytes: Uint8Array, encoding: Encoding): string {
  return new TextDecoder(encoding).decode(bytes, { stream: true });
}
