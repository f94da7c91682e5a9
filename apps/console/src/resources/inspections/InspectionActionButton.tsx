import { useDataProvider } from 'react-admin';
import SendIcon from '@mui/icons-material/Send';
import TaskAltIcon from '@mui/icons-material/TaskAlt';
import UndoIcon from '@mui/icons-material/Undo';
import EditNoteIcon from '@mui/icons-material/EditNote';
import type { AppDataProvider, InspectionAction } from '../../dataProvider';
import { WorkflowButton, type WorkflowStep } from '../../components/WorkflowButton';

// draft → submitted → approved (or back to draft with a note); an approved record is corrected by a
// new version. 审核通过 / 退回 go to whoever holds `approve`; the server adds the two-person rule and
// answers 403 with its reason, shown as the notification.
const STEPS: Record<InspectionAction, WorkflowStep> = {
  submit: { from: 'draft', grant: 'update', Icon: SendIcon, color: 'primary' },
  approve: { from: 'submitted', grant: 'approve', Icon: TaskAltIcon, color: 'success' },
  return: { from: 'submitted', grant: 'approve', Icon: UndoIcon, color: 'warning', text: { key: 'note', field: 'reviewNote' } },
  correct: { from: 'approved', grant: 'update', Icon: EditNoteIcon, color: 'primary', text: { key: 'reason', field: 'correctionReason' }, opensNewVersion: true },
};

export const InspectionActionButton = ({ action }: { action: InspectionAction }) => {
  const dataProvider = useDataProvider<AppDataProvider>();
  return (
    <WorkflowButton resource="inspections" action={action} step={STEPS[action]} nameField="entityName"
      run={(id, body) => dataProvider.inspectionAction(id, action, body)} />
  );
};
