import { parseRangeRef, type MergeRange } from './merge-fill.ts';
import { readEntry, streamEntry, type ZipEntry } from './zip-index.ts';

// exceljs' streaming reader ignores <mergeCells>, which the xlsx format puts after all rows,
// so the sheet XML is decompressed once up front just to collect them (cheap next to the
// XML parse), and the first sheet is located the way Excel orders its tabs.

export interface SheetInfo {
  path: string; // e.g. xl/worksheets/sheet1.xml
  name: string;
  merges: MergeRange[];
}

const attrs = (tag: string): Record<string, string> => {
  const out: Record<string, string> = {};
  for (const m of tag.matchAll(/([\w:]+)\s*=\s*"([^"]*)"/g)) out[m[1]!] = m[2]!;
  return out;
};

/** The first visible worksheet in tab order (the first one at all if every sheet is hidden). */
export function locateFirstSheet(buf: Buffer, entries: Map<string, ZipEntry>): { path: string; name: string } | null {
  const wb = entries.get('xl/workbook.xml');
  const rels = entries.get('xl/_rels/workbook.xml.rels');
  if (!wb || !rels) return null;
  const sheets = [...readEntry(buf, wb).toString('utf8').matchAll(/<(?:\w+:)?sheet\b([^>]*)>/g)].map((m) => attrs(m[1]!));
  const targets = new Map<string, string>();
  for (const m of readEntry(buf, rels).toString('utf8').matchAll(/<(?:\w+:)?Relationship\b([^>]*)>/g)) {
    const a = attrs(m[1]!);
    if (a.Id && a.Target) targets.set(a.Id, a.Target);
  }
  const visible = sheets.filter((s) => !s.state || s.state === 'visible');
  const sheet = visible[0] ?? sheets[0];
  if (!sheet) return null;
  const rid = Object.entries(sheet).find(([k]) => k.endsWith(':id'))?.[1];
  const target = rid ? targets.get(rid) : undefined;
  if (!target) return null;
  const path = target.startsWith('/') ? target.slice(1) : `xl/${target.replace(/^\.\//, '')}`;
  return { path, name: decodeXml(sheet.name ?? '') };
}

export async function collectMerges(buf: Buffer, entry: ZipEntry): Promise<MergeRange[]> {
  const merges: MergeRange[] = [];
  let carry = '';
  for await (const chunk of streamEntry(buf, entry)) {
    let text = carry + (chunk as Buffer).toString('latin1');
    // Keep an unfinished tag for the next chunk.
    const lt = text.lastIndexOf('<');
    if (lt >= 0 && text.indexOf('>', lt) === -1) {
      carry = text.slice(lt);
      text = text.slice(0, lt);
    } else {
      carry = '';
    }
    if (!text.includes('mergeCell')) continue;
    for (const m of text.matchAll(/<(?:\w+:)?mergeCell\b[^>]*\bref="([^"]+)"/g)) {
      const range = parseRangeRef(m[1]!);
      if (range) merges.push(range);
    }
  }
  return merges;
}

function decodeXml(s: string): string {
  return s.replace(/&(lt|gt|amp|quot|apos);/g, (_, e: string) => ({ lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" })[e]!);
}
