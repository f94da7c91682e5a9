import { Create } from 'react-admin';
import { ConflictForm } from './ConflictForm';

export const ConflictCreate = () => (
  <Create
    redirect="show"
    transform={(data: { inspectorId?: unknown; entityId?: unknown; reason?: string }) => ({
      inspectorId: Number(data.inspectorId),
      entityId: Number(data.entityId),
      reason: (data.reason ?? '').trim(),
    })}
  >
    <ConflictForm create />
  </Create>
);
