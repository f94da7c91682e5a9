import { describe, expect, it } from 'vitest';
import { parseEntityKind, parseRiskTier, parseStatus } from '../src/directory-values.ts';
import { ENTITY_KIND_LABELS, ENTITY_STATUS_LABELS, label, RISK_TIER_LABELS, stratumTitle } from '../src/labels.ts';

describe('labels', () => {
  it('names a value in words, and shows a value without a label as it is', () => {
    expect(label(ENTITY_STATUS_LABELS, 'revoked')).toBe('吊销');
    expect(label(ENTITY_STATUS_LABELS, 'merged')).toBe('merged');
    expect(label(ENTITY_STATUS_LABELS, 'toString')).toBe('toString'); // not an inherited property
  });
  it('names strata as the draw documents do', () => {
    expect(stratumTitle('C')).toBe('C 类（较高风险）');
    expect(stratumTitle('D+')).toBe('异常名录/失信名单');
    expect(stratumTitle('X')).toBe('X');
  });
  it('reads back through the import: an exported directory imports unchanged', () => {
    for (const [code, words] of Object.entries(ENTITY_KIND_LABELS)) expect(parseEntityKind(words)).toBe(code);
    for (const [code, words] of Object.entries(ENTITY_STATUS_LABELS)) expect(parseStatus(words)).toBe(code);
    for (const [code, words] of Object.entries(RISK_TIER_LABELS)) expect(parseRiskTier(words)).toBe(code);
  });
});
