import { useEffect, useState } from 'react';
import { useDataProvider, useGetMany, type RaRecord } from 'react-admin';
import type { AppDataProvider, StoredForm } from '../../dataProvider';
import type { Answers } from '../../forms/types';

/** A section of a record as the API stores it: pinned to a form id and version. */
export interface StoredSection { itemId: number; formId: number; formVersion: number; answers: Answers }
export interface SectionForm { itemId: number; itemName: string; form: StoredForm | null }

/**
 * One section per item of the record's task, each with the form it is (or will be) filled against:
 * the form a saved section is pinned to, else the item's plugin form, else the platform's default
 * form (`platform/default-inspection`) — the same choice the server makes.
 */
export function useSectionForms(record: RaRecord | undefined) {
  const dataProvider = useDataProvider<AppDataProvider>();
  const itemIds: number[] = record?.itemIds ?? [];
  const sections: StoredSection[] = record?.sections ?? [];
  const { data: items } = useGetMany('items', { ids: itemIds }, { enabled: itemIds.length > 0 });
  const [forms, setForms] = useState<Record<number, StoredForm | null> | null>(null);
  const [error, setError] = useState<string | null>(null);
  const key = JSON.stringify([itemIds, sections.map((s) => [s.itemId, s.formId])]);

  useEffect(() => {
    if (!record) return;
    let alive = true;
    (async () => {
      const cache = new Map<number, Promise<StoredForm>>();
      const out: Record<number, StoredForm | null> = {};
      for (const itemId of itemIds) {
        const formId = sections.find((s) => s.itemId === itemId)?.formId ?? (await dataProvider.formForItem(itemId));
        if (formId == null) { out[itemId] = null; continue; }
        if (!cache.has(formId)) cache.set(formId, dataProvider.getForm(formId));
        out[itemId] = await cache.get(formId)!;
      }
      if (alive) setForms(out);
    })().catch((e) => alive && setError((e as Error).message));
    return () => { alive = false; };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [dataProvider, key, !!record]);

  const list: SectionForm[] | null = forms && itemIds.map((itemId) => ({
    itemId,
    itemName: items?.find((i) => i.id === itemId)?.name ?? `#${itemId}`,
    form: forms[itemId] ?? null,
  }));
  return { sections: list, error };
}
