import { NOT_A_TABLE_MESSAGE, TableError } from './table-error.ts';

export type TableFormat = 'xlsx' | 'xls' | 'csv';

// File names lie (系统导出的 “.xls” is often HTML), so the format comes from the bytes.
// Signatures of files people upload by mistake. Two-letter ASCII ones (BMP "BM", EXE "MZ")
// are left to the binary check so that a CSV header starting with those letters survives.
const NOT_TABLES: number[][] = [
  [0x25, 0x50, 0x44, 0x46], // %PDF
  [0x89, 0x50, 0x4e, 0x47], // PNG
  [0xff, 0xd8, 0xff], // JPEG
  [0x47, 0x49, 0x46, 0x38], // GIF8
  [0x49, 0x49, 0x2a, 0x00], // TIFF
  [0x4d, 0x4d, 0x00, 0x2a], // TIFF
  [0x52, 0x49, 0x46, 0x46], // RIFF (WEBP, WAV, AVI)
  [0x37, 0x7a, 0xbc, 0xaf], // 7z
  [0x52, 0x61, 0x72, 0x21], // Rar!
  [0x1f, 0x8b], // gzip
  [0x50, 0x4b, 0x05, 0x06], // empty zip
  [0x7b, 0x5c, 0x72, 0x74, 0x66], // {\rtf
  [0x7f, 0x45, 0x4c, 0x46], // ELF
];

const startsWith = (b: Uint8Array, sig: number[]) => sig.every((x, i) => b[i] === x);

/** Classifies the first bytes; throws for anything that is certainly not a readable table. */
export function sniffFormat(head: Buffer): TableFormat {
  if (startsWith(head, [0x50, 0x4b, 0x03, 0x04])) return 'xlsx';
  if (startsWith(head, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return 'xls';
  if (NOT_TABLES.some((sig) => startsWith(head, sig))) throw notATable();
  if (startsWith(head, [0xff, 0xfe]) || startsWith(head, [0xfe, 0xff])) return 'csv'; // UTF-16 text
  if (looksBinary(head)) throw notATable();
  rejectMarkup(head);
  return 'csv';
}

function notATable() {
  return new TableError('NOT_A_TABLE', NOT_A_TABLE_MESSAGE);
}

// NUL or a run of C0 controls never occurs in CSV text in GBK or UTF-8.
function looksBinary(head: Buffer): boolean {
  const n = Math.min(head.length, 8192);
  let controls = 0;
  for (let i = 0; i < n; i++) {
    const b = head[i]!;
    if (b === 0) return true;
    if (b < 0x09 || (b > 0x0d && b < 0x20 && b !== 0x1b)) controls++;
  }
  return controls > n / 100;
}

// Web pages and SpreadsheetML saved as “.xls” by business systems: say so, Excel converts them.
function rejectMarkup(head: Buffer): void {
  const text = head.subarray(0, 4096).toString('latin1').replace(/^\uFEFF|^\xEF\xBB\xBF/, '').trimStart();
  if (/^mime-version:/i.test(text)) throw unsupportedMarkup();
  if (!text.startsWith('<')) return;
  const lower = text.toLowerCase();
  if (lower.includes('<html') || lower.includes('<table') || lower.includes('urn:schemas-microsoft-com:office:spreadsheet')) {
    throw unsupportedMarkup();
  }
  throw notATable();
}

function unsupportedMarkup() {
  return new TableError(
    'UNSUPPORTED_FORMAT',
    '文件是网页或 XML 格式（常见于业务系统导出的 .xls），请用 Excel 打开后“另存为” .xlsx 再上传',
  );
}
