import CampaignIcon from '@mui/icons-material/Campaign';
import { PublicationList } from './List';

// 结果公示: the deadline board (read-only; the job publishes, the platform admin may run it now).
export default {
  name: 'publications',
  list: PublicationList,
  icon: CampaignIcon,
  recordRepresentation: 'entityName',
};
