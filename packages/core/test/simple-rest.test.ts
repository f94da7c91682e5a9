import { describe, expect, it } from 'vitest';
import { contentRange, isRecordId, MAX_RECORD_ID, parseListQuery } from '../src/simple-rest.ts';

describe('simple-rest query', () => {
  it('parses react-admin parameters', () => {
    expect(parseListQuery({ sort: '["name","DESC"]', range: '[10,19]', filter: '{"q":"x","id":[1,2]}' })).toEqual({
      sort: { field: 'name', order: 'DESC' }, range: { start: 10, end: 19 }, filter: { q: 'x', id: [1, 2] },
    });
  });
  it('has defaults', () => {
    expect(parseListQuery({})).toEqual({ sort: { field: 'id', order: 'ASC' }, range: { start: 0, end: 24 }, filter: {} });
  });
  it('rejects malformed input with a Chinese message', () => {
    expect(() => parseListQuery({ sort: 'nope' })).toThrow(/sort/);
    expect(() => parseListQuery({ range: '[5,1]' })).toThrow(/range/);
    expect(() => parseListQuery({ range: '[0,5000]' })).toThrow(/每页最多/);
    expect(() => parseListQuery({ filter: '[1]' })).toThrow(/filter/);
  });
  it('formats Content-Range', () => {
    expect(contentRange('items', 0, 25, 388)).toBe('items 0-24/388');
    expect(contentRange('items', 0, 0, 0)).toBe('items 0-0/0');
  });
});

describe('record ids', () => {
  it('are positive integers PostgreSQL can hold', () => {
    expect([1, 42, MAX_RECORD_ID].map(isRecordId)).toEqual([true, true, true]);
    expect([0, -1, 1.5, MAX_RECORD_ID + 1, Number.NaN, Infinity].map(isRecordId)).toEqual([false, false, false, false, false, false]);
  });
});
