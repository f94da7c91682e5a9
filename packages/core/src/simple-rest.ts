import { AppError } from './errors.ts';

// react-admin's ra-data-simple-rest query conventions, parsed once for every resource.
export interface ListQuery {
  sort: { field: string; order: 'ASC' | 'DESC' };
  range: { start: number; end: number };
  filter: Record<string, unknown>;
}

const MAX_PAGE = 1000;

function parseJson(raw: string | undefined, name: string): unknown {
  if (raw === undefined || raw === '') return undefined;
  try {
    return JSON.parse(raw);
  } catch {
    throw new AppError('BAD_REQUEST', `参数 ${name} 不是有效的 JSON`);
  }
}

export function parseListQuery(
  q: { sort?: string; range?: string; filter?: string },
  defaultSort = 'id',
): ListQuery {
  const sort = parseJson(q.sort, 'sort') ?? [defaultSort, 'ASC'];
  const range = parseJson(q.range, 'range') ?? [0, 24];
  const filter = parseJson(q.filter, 'filter') ?? {};
  if (!Array.isArray(sort) || typeof sort[0] !== 'string' || !['ASC', 'DESC'].includes(String(sort[1]).toUpperCase())) {
    throw new AppError('BAD_REQUEST', '参数 sort 应为 ["字段","ASC"|"DESC"]');
  }
  if (!Array.isArray(range) || !Number.isInteger(range[0]) || !Number.isInteger(range[1]) || range[0] < 0 || range[1] < range[0]) {
    throw new AppError('BAD_REQUEST', '参数 range 应为 [起始, 结束]');
  }
  if (range[1] - range[0] + 1 > MAX_PAGE) throw new AppError('BAD_REQUEST', `每页最多 ${MAX_PAGE} 条`);
  if (typeof filter !== 'object' || filter === null || Array.isArray(filter)) {
    throw new AppError('BAD_REQUEST', '参数 filter 应为对象');
  }
  return {
    sort: { field: sort[0], order: String(sort[1]).toUpperCase() as 'ASC' | 'DESC' },
    range: { start: range[0], end: range[1] },
    filter: filter as Record<string, unknown>,
  };
}

export function contentRange(resource: string, start: number, count: number, total: number): string {
  const end = count === 0 ? start : start + count - 1;
  return `${resource} ${start}-${end}/${total}`;
}

/** Record ids are PostgreSQL integers: a number beyond them names no record (and must not reach SQL). */
export const MAX_RECORD_ID = 2_147_483_647;
export const isRecordId = (n: number) => Number.isInteger(n) && n > 0 && n <= MAX_RECORD_ID;
