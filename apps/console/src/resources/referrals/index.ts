import ForwardToInboxIcon from '@mui/icons-material/ForwardToInbox';
import { ReferralList } from './List';
import { ReferralShow } from './Show';
import { ReferralCreate } from './Create';

// 移送（通报）: received and sent referrals.
export default {
  name: 'referrals',
  list: ReferralList,
  show: ReferralShow,
  create: ReferralCreate,
  icon: ForwardToInboxIcon,
  recordRepresentation: 'matter',
};
