import { Edit, ShowButton, TopToolbar } from 'react-admin';
import { toTaskPayload } from './payload';
import { TaskForm } from './TaskForm';

// Editable until a draw is prepared (the server says so with a 409 otherwise); the lead stays.
export const TaskEdit = () => (
  <Edit
    mutationMode="pessimistic"
    actions={<TopToolbar><ShowButton /></TopToolbar>}
    redirect="show"
    transform={(data: Record<string, unknown>) => toTaskPayload(data, data.departmentId as number, false)}
  >
    <TaskForm />
  </Edit>
);
