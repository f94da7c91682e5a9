import { Create } from 'react-admin';
import { useMe } from '../../permissions';
import { toTaskPayload } from './payload';
import { TaskForm } from './TaskForm';

export const TaskCreate = () => {
  const me = useMe();
  return (
    <Create redirect="show" transform={(data: Record<string, unknown>) => toTaskPayload(data, me?.departmentId, true)}>
      <TaskForm create />
    </Create>
  );
};
