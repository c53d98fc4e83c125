// A zip archive of files stored as they are (no compression: a chart's files are a few
// kilobytes), as every unzip tool and operating system reads it.

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

/** The CRC-32 (IEEE 802.3) of `bytes`, as zip records it for each file. */
export function crc32(bytes: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of bytes) crc = CRC_TABLE[(crc ^ byte) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

/** A file of an archive: its name (UTF-8, `/` between folders) and its contents. */
export type ZipFile = { name: string; data: string | Uint8Array };

/** A zip archive of `files`, each stored uncompressed and dated `modified` (UTC). */
export function zipFiles(files: ZipFile[], modified: Date): Uint8Array<ArrayBuffer> {
  const encoder = new TextEncoder();
  const time =
    (modified.getUTCHours() << 11) |
    (modified.getUTCMinutes() << 5) |
    Math.floor(modified.getUTCSeconds() / 2);
  const date =
    ((Math.max(1980, modified.getUTCFullYear()) - 1980) << 9) |
    ((modified.getUTCMonth() + 1) << 5) |
    modified.getUTCDate();
  const entries = files.map((file) => {
    const name = encoder.encode(file.name);
    const data = typeof file.data === 'string' ? encoder.encode(file.data) : file.data;
    return { name, data, crc: crc32(data) };
  });
  const localSize = entries.reduce(
    (sum, { name, data }) => sum + 30 + name.length + data.length,
    0,
  );
  const centralSize = entries.reduce((sum, { name }) => sum + 46 + name.length, 0);
  const bytes = new Uint8Array(localSize + centralSize + 22);
  const view = new DataView(bytes.buffer);
  let at = 0;
  const u16 = (value: number) => (view.setUint16(at, value, true), (at += 2));
  const u32 = (value: number) => (view.setUint32(at, value, true), (at += 4));
  const put = (part: Uint8Array) => (bytes.set(part, at), (at += part.length));
  // Bit 11: names are UTF-8. Version 2.0 is what stored files need.
  const common = (entry: (typeof entries)[number]) => {
    u16(20);
    u16(0x0800);
    u16(0);
    u16(time);
    u16(date);
    u32(entry.crc);
    u32(entry.data.length);
    u32(entry.data.length);
    u16(entry.name.length);
    u16(0);
  };
  const offsets: number[] = [];
  for (const entry of entries) {
    offsets.push(at);
    u32(0x04034b50);
    common(entry);
    put(entry.name);
    put(entry.data);
  }
  const central = at;
  entries.forEach((entry, index) => {
    u32(0x02014b50);
    u16(20);
    common(entry);
    u16(0);
    u16(0);
    u16(0);
    u32(0);
    u32(offsets[index]);
    put(entry.name);
  });
  const centralLength = at - central;
  u32(0x06054b50);
  u16(0);
  u16(0);
  u16(entries.length);
  u16(entries.length);
  u32(centralLength);
  u32(central);
  u16(0);
  return bytes;
}
