import type { ProblemCode } from './problems';

/** Binary formats users mistake for CSV, by their first bytes. */
export function notTextSignature(bytes: Uint8Array): ProblemCode | undefined {
  const starts = (...signature: number[]) =>
    signature.every((byte, index) => bytes[index] === byte);
  if (starts(0x50, 0x4b, 0x03, 0x04)) return 'xlsx';
  if (starts(0xd0, 0xcf, 0x11, 0xe0)) return 'xls';
  if (starts(0x1f, 0x8b)) return 'gzip';
  if (starts(0x25, 0x50, 0x44, 0x46)) return 'pdf';
  return undefined;
}
