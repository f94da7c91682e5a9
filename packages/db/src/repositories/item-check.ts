import { AppError } from '@sxgk/core/errors';
import type { Db } from '../client.ts';

// Plans and tasks may only list published items of the departments they belong to: an
// unpublished item has no public legal basis yet, so nothing may be inspected under it.
export async function assertPublishedItems(db: Db, itemIds: readonly number[], departmentIds: readonly number[], what: string): Promise<void> {
  const ids = [...new Set(itemIds)];
  if (ids.length === 0) return;
  const rows = await db.selectFrom('items').select(['id', 'name', 'status', 'departmentId']).where('id', 'in', ids).execute();
  const byId = new Map(rows.map((r) => [r.id, r]));
  for (const id of ids) {
    const item = byId.get(id);
    if (!item) throw new AppError('VALIDATION', `抽查事项 #${id} 不存在`, { field: 'itemIds', itemId: id });
    if (item.status !== 'published') {
      throw new AppError('VALIDATION', `抽查事项“${item.name}”（#${id}）未发布，不能列入${what}`, { field: 'itemIds', itemId: id });
    }
    if (!departmentIds.includes(item.departmentId)) {
      throw new AppError('VALIDATION', `抽查事项“${item.name}”（#${id}）不属于${what}的参与部门`, { field: 'itemIds', itemId: id });
    }
  }
}
