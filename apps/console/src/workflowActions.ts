import type { RaRecord } from 'react-admin';
import { API, httpClient, post } from './httpClient';

export type ItemAction = 'publish' | 'withdraw' | 'revise';
export type PlanAction = 'submit' | 'approve' | 'reject' | 'publish' | 'adjust';
export type PluginAction = 'enable' | 'disable';
export type InspectionAction = 'submit' | 'approve' | 'return' | 'correct';
export type ReferralAction = 'accept' | 'return' | 'close';

/** The state transitions of items, plans, tasks, draws, plugins, inspections, follow-ups, referrals and accounts:
 *  each a POST to the record's action route, spread into the dataProvider. */
export const workflowActions = {
  /** POST /api/items/:id/{publish|withdraw|revise}; answers the item (for revise: the new draft). */
  itemAction: async (id: RaRecord['id'], action: ItemAction) => {
    const { json } = await httpClient(`${API}/items/${id}/${action}`, { method: 'POST' });
    return { data: json as RaRecord };
  },
  /** POST /api/plans/:id/<action>; reject takes {note}, adjust {reason} and answers the new draft version. */
  planAction: async (id: RaRecord['id'], action: PlanAction, body?: { note?: string; reason?: string }) =>
    ({ data: (await post(`/plans/${id}/${action}`, body)) as RaRecord }),
  addTaskEntity: (taskId: RaRecord['id'], body: { entityId: number; reason: string; note?: string }) => post(`/tasks/${taskId}/additions`, body),
  /** Fixes the candidates and inspectors, publishes the commitment; answers the prepared draw. */
  prepareDraw: async (taskId: RaRecord['id'], beaconSource: string) => (await post(`/tasks/${taskId}/draws`, { beaconSource })) as RaRecord,
  executeDraw: async (drawId: RaRecord['id'], body: { beacon: string; witnesses: string[] }) => (await post(`/draws/${drawId}/execute`, body)) as { jobId: string },
  redraw: async (drawId: RaRecord['id'], reason: string) => (await post(`/draws/${drawId}/redraw`, { reason })) as RaRecord,
  /** enable / disable for a department (platform admins name it; department roles act for their own). */
  pluginAction: (id: string, action: PluginAction, departmentId?: number) => post(`/plugins/${id}/${action}`, departmentId ? { departmentId } : {}),
  /** POST /api/inspections {targetId}: opens the record of a drawn target, or answers the one already open. */
  openInspection: async (targetId: RaRecord['id']) => (await post('/inspections', { targetId: Number(targetId) })) as RaRecord,
  /** submit | approve | return {note} | correct {reason}; answers the record (for correct: the new draft version). */
  inspectionAction: async (id: RaRecord['id'], action: InspectionAction, body?: { note?: string; reason?: string }) =>
    ({ data: (await post(`/inspections/${id}/${action}`, body)) as RaRecord }),
  closeFollowup: async (id: RaRecord['id'], body: { closedOn?: string; result: string }) => ({ data: (await post(`/followups/${id}/close`, body)) as RaRecord }),
  /** accept | return {reason} | close {closedOn, result}. */
  referralAction: async (id: RaRecord['id'], action: ReferralAction, body?: Record<string, string>) =>
    ({ data: (await post(`/referrals/${id}/${action}`, body)) as RaRecord }),
  /** 解除锁定: answers the user, unlocked. */
  unlockUser: async (id: RaRecord['id']) => ({ data: (await post(`/users/${id}/unlock`)) as RaRecord }),
};
