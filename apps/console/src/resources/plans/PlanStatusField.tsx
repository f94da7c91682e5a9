import type { FieldProps } from 'react-admin';
import { EnumChipField } from '../../components/EnumChipField';
import { PLAN_STATUS_COLOR } from '../../labels';

/** 草稿 / 已提交 / 已审批 / 已发布 / 已调整（被替代）. */
export const PlanStatusField = (props: Omit<FieldProps, 'source'> & { source?: string }) => (
  <EnumChipField {...props} name="planStatus" colors={PLAN_STATUS_COLOR} />
);
