import type { FieldProps } from 'react-admin';
import { EnumChipField } from '../../components/EnumChipField';
import { DRAW_STATUS_COLOR } from '../../labels';

/** 已准备（待抽取） / 抽取中 / 已完成 / 失败 / 已重新抽取（被替代）. */
export const DrawStatusField = (props: Omit<FieldProps, 'source'> & { source?: string }) => (
  <EnumChipField {...props} name="drawStatus" colors={DRAW_STATUS_COLOR} />
);
