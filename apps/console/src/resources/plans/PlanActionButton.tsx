import { useDataProvider } from 'react-admin';
import SendIcon from '@mui/icons-material/Send';
import TaskAltIcon from '@mui/icons-material/TaskAlt';
import UndoIcon from '@mui/icons-material/Undo';
import PublishIcon from '@mui/icons-material/Publish';
import EditNoteIcon from '@mui/icons-material/EditNote';
import type { AppDataProvider, PlanAction } from '../../dataProvider';
import { WorkflowButton, type WorkflowStep } from '../../components/WorkflowButton';

// Each step of draft → submitted → approved → published, shown in the status it applies to and only
// to whoever the server's matrix grants its action (审批 / 退回: `approve`, i.e. the joint office).
const STEPS: Record<PlanAction, WorkflowStep> = {
  submit: { from: 'draft', grant: 'update', Icon: SendIcon, color: 'primary' },
  approve: { from: 'submitted', grant: 'approve', Icon: TaskAltIcon, color: 'success' },
  reject: { from: 'submitted', grant: 'approve', Icon: UndoIcon, color: 'warning', text: { key: 'note', field: 'reviewNote' } },
  publish: { from: 'approved', grant: 'publish', Icon: PublishIcon, color: 'primary' },
  adjust: { from: 'published', grant: 'update', Icon: EditNoteIcon, color: 'primary', text: { key: 'reason', field: 'adjustmentReason' }, opensNewVersion: true },
};

export const PlanActionButton = ({ action }: { action: PlanAction }) => {
  const dataProvider = useDataProvider<AppDataProvider>();
  return <WorkflowButton resource="plans" action={action} step={STEPS[action]} run={(id, body) => dataProvider.planAction(id, action, body)} />;
};
