import { describe, expect, it } from 'vitest';
import { decodeSample, detectEncoding } from '$lib/upload/encoding';
import { gbkBytes } from '../../files';

const utf16le = (text: string) =>
  new Uint8Array(new Uint16Array([...text].map((c) => c.charCodeAt(0))).buffer);

describe('detectEncoding', () => {
  it('reads byte order marks', () => {
    expect(detectEncoding(new Uint8Array([0xef, 0xbb, 0xbf, 0x61]))).toEqual({
      encoding: 'utf-8',
      bom: true,
    });
    expect(detectEncoding(new Uint8Array([0xff, 0xfe, 0x61, 0]))).toEqual({
      encoding: 'utf-16le',
      bom: true,
    });
    expect(detectEncoding(new Uint8Array([0xfe, 0xff, 0, 0x61]))).toEqual({
      encoding: 'utf-16be',
      bom: true,
    });
  });

  it('finds UTF-16 without a BOM from its zero bytes', () => {
    expect(detectEncoding(utf16le('country,value\nFrance,3\n')).encoding).toBe('utf-16le');
  });

  it('takes valid UTF-8 (Chinese and French) as UTF-8, even when the sample cuts a character', () => {
    const bytes = new TextEncoder().encode('国家,pays\n中国,Côte d’Ivoire\n');
    expect(detectEncoding(bytes).encoding).toBe('utf-8');
    expect(detectEncoding(bytes.slice(0, bytes.length - 5)).encoding).toBe('utf-8');
  });

  it('tells GBK Chinese from Windows-1252 French', () => {
    const gbk = gbkBytes('国家,年份,数值\n中国,2020,12\n法国,2021,7\n');
    expect(detectEncoding(gbk).encoding).toBe('gb18030');
    expect(decodeSample(gbk, 'gb18030')).toContain('国家,年份,数值');
    const latin1 = Uint8Array.from("Pays,Région\nCôte d'Ivoire,Afrique de l'Ouest\n", (c) =>
      c.charCodeAt(0),
    );
    expect(detectEncoding(latin1).encoding).toBe('windows-1252');
    expect(decodeSample(latin1, 'windows-1252')).toContain("Côte d'Ivoire");
  });
});
