import { useFieldValue, useTranslate, type FieldProps } from 'react-admin';
import { Chip, type ChipProps } from '@mui/material';
import type { EnumName } from '../labels';

/** A status as a coloured chip with its Chinese label (计划状态, 抽取状态). */
export const EnumChipField = ({ name, colors, source = 'status', ...props }: Omit<FieldProps, 'source'> & {
  source?: string;
  name: EnumName;
  colors: Record<string, ChipProps['color']>;
}) => {
  const value = useFieldValue({ ...props, source }) as string | undefined;
  const translate = useTranslate();
  if (!value) return null;
  return <Chip size="small" sx={{ alignSelf: 'flex-start' }} color={colors[value] ?? 'default'} label={translate(`enums.${name}.${value}`)} data-testid={`status-${value}`} />;
};
