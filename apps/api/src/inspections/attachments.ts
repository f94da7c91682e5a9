import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, stat, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { AppError } from '@sxgk/core/errors';

// Evidence files: images (JPEG, PNG, WebP) and PDF, recognised by their first bytes (never by the
// name or the declared type), stored once under ATTACHMENTS_DIR by their SHA-256.
export const attachmentsDir = () => resolve(process.env.ATTACHMENTS_DIR ?? './var/attachments');
export const attachmentMaxBytes = () => Number(process.env.ATTACHMENT_MAX_MB ?? 10) * 1024 * 1024;

export type EvidenceMime = 'image/jpeg' | 'image/png' | 'image/webp' | 'application/pdf';

export function sniffMime(b: Uint8Array): EvidenceMime | null {
  const at = (i: number, bytes: number[]) => bytes.every((x, k) => b[i + k] === x);
  if (at(0, [0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (at(0, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  if (at(0, [0x52, 0x49, 0x46, 0x46]) && at(8, [0x57, 0x45, 0x42, 0x50])) return 'image/webp';
  if (at(0, [0x25, 0x50, 0x44, 0x46, 0x2d])) return 'application/pdf';
  return null;
}

/** Checks and stores the file; answers what the attachment row records. */
export async function storeEvidence(data: Uint8Array, filename: string) {
  const max = attachmentMaxBytes();
  if (data.byteLength === 0) throw new AppError('VALIDATION', '文件为空', { field: 'file' });
  if (data.byteLength > max) throw new AppError('TOO_LARGE', `文件过大：证据材料最大 ${Math.round(max / 1048576)} MB`);
  const mime = sniffMime(data);
  if (!mime) throw new AppError('VALIDATION', '只能上传图片（JPEG、PNG、WebP）或 PDF 文件', { field: 'file' });
  const sha256 = createHash('sha256').update(data).digest('hex');
  const dir = attachmentsDir();
  const path = join(dir, sha256);
  const exists = await stat(path).then(() => true, () => false);
  if (!exists) {
    await mkdir(dir, { recursive: true });
    // write then rename: a reader never sees half a file, and the same content twice is one file
    const tmp = `${path}.${process.pid}.${Date.now()}.tmp`;
    await writeFile(tmp, data);
    await rename(tmp, path);
  }
  const name = filename.replace(/[\\/\r\n"]/g, '_').slice(0, 200) || 'attachment';
  return { sha256, mime, size: data.byteLength, filename: name };
}

export const readEvidence = (sha256: string) => readFile(join(attachmentsDir(), sha256));
