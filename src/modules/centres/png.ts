import { crc32, deflateSync } from 'node:zlib';

/**
 * A small real PNG drawn in code (8-bit RGB, no library): a background colour with a band across the middle. The
 * demo's info-screen slides and the tests' uploads use it, so no binary file is committed.
 */
export function drawPng(width: number, height: number, background: [number, number, number], band: [number, number, number] = background): Buffer {
  const row = 1 + width * 3;
  const raw = Buffer.alloc(row * height);
  for (let y = 0; y < height; y++) {
    const colour = y > height / 3 && y < (2 * height) / 3 ? band : background;
    for (let x = 0; x < width; x++) raw.set(colour, y * row + 1 + x * 3);
  }
  const chunk = (type: string, data: Buffer) => {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body) >>> 0);
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8);
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', header), chunk('IDAT', deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]);
}
