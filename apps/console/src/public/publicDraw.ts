import type { PublicDrawRecord } from '@sxgk/core/draw/index';
import { API } from '../dataProvider';

/** GET /api/public/draws/:id: the published record, fetched without the session so it is what anyone sees. */
export type PublicRecord = Omit<Partial<PublicDrawRecord>, 'strata'> & {
  spec: string;
  commitment: string;
  populationDigest: string;
  inspectorDigest: string;
  drawId: number;
  taskId: number;
  status: string;
  beaconSource: string;
  witnesses: string[];
  preparedAt: string;
  executedAt: string | null;
  supersededBy: number | null;
  redrawReason: string | null;
  strata: { key: string; ratioBp: number; populationSize?: number; population?: string[]; selected?: string[] }[];
};

export async function fetchPublicDraw(id: string | number): Promise<PublicRecord> {
  const res = await fetch(`${API}/public/draws/${encodeURIComponent(String(id))}`, { credentials: 'omit', headers: { Accept: 'application/json' } });
  if (!res.ok) {
    const body = (await res.json().catch(() => ({}))) as { error?: { message?: string } };
    throw Object.assign(new Error(body.error?.message || `HTTP ${res.status}`), { status: res.status });
  }
  return (await res.json()) as PublicRecord;
}
