// Draws images/icon.png (128x128): containers stacked on a ship's hull, on a rounded blue square.
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');

const SIZE = 128;
const SAMPLES = 4;

const shapes = [
  { color: [18, 52, 86], inside: (x, y) => roundedSquare(x, y, 4, 124, 22) },
  { color: [255, 255, 255], inside: (x, y) => y >= 78 && y <= 96 && x >= 18 + (y - 78) * 0.9 && x <= 110 - (y - 78) * 0.9 },
  { color: [239, 131, 45], inside: (x, y) => box(x, y, 26, 56, 48, 76) },
  { color: [52, 170, 160], inside: (x, y) => box(x, y, 52, 56, 74, 76) },
  { color: [230, 200, 60], inside: (x, y) => box(x, y, 78, 56, 100, 76) },
  { color: [52, 170, 160], inside: (x, y) => box(x, y, 39, 34, 61, 54) },
  { color: [239, 131, 45], inside: (x, y) => box(x, y, 65, 34, 87, 54) }
];

function box(x, y, left, top, right, bottom) {
  return x >= left && x <= right && y >= top && y <= bottom;
}

function roundedSquare(x, y, from, to, radius) {
  const cx = Math.min(Math.max(x, from + radius), to - radius);
  const cy = Math.min(Math.max(y, from + radius), to - radius);
  return (x - cx) ** 2 + (y - cy) ** 2 <= radius ** 2;
}

/** The colour and coverage of one pixel, averaged over SAMPLES x SAMPLES points. */
function pixel(px, py) {
  const sum = [0, 0, 0, 0];
  for (let i = 0; i < SAMPLES * SAMPLES; i++) {
    const x = px + ((i % SAMPLES) + 0.5) / SAMPLES;
    const y = py + (Math.floor(i / SAMPLES) + 0.5) / SAMPLES;
    const top = shapes.filter((shape) => shape.inside(x, y)).pop();
    if (top) {
      top.color.forEach((channel, c) => (sum[c] += channel));
      sum[3] += 255;
    }
  }
  const covered = sum[3] / 255;
  return covered ? [...sum.slice(0, 3).map((channel) => Math.round(channel / covered)), Math.round(sum[3] / SAMPLES / SAMPLES)] : [0, 0, 0, 0];
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(zlib.crc32(body));
  return Buffer.concat([length, body, crc]);
}

const rows = [];
for (let y = 0; y < SIZE; y++) {
  rows.push(Buffer.from([0, ...Array.from({ length: SIZE }, (_, x) => pixel(x, y)).flat()]));
}
const header = Buffer.alloc(13);
header.writeUInt32BE(SIZE, 0);
header.writeUInt32BE(SIZE, 4);
header.set([8, 6, 0, 0, 0], 8);
const png = Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', header),
  chunk('IDAT', zlib.deflateSync(Buffer.concat(rows))), chunk('IEND', Buffer.alloc(0))]);
fs.writeFileSync(path.join(__dirname, '..', 'images', 'icon.png'), png);
