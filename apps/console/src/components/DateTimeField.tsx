import { DateField, type DateFieldProps } from 'react-admin';

const DATE_TIME: Intl.DateTimeFormatOptions = { year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hour12: false };

/** 2026-03-01 14:05 style, whatever the browser's locale. */
export const DateTimeField = (props: DateFieldProps) => (
  <DateField showTime locales="zh-CN" options={DATE_TIME} emptyText="—" {...props} />
);
