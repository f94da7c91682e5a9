import { useGetOne, useTranslate } from 'react-admin';

/** A label naming a department (“市场监督管理局 每个对象派出人数”). */
export const DepartmentName = ({ id, label }: { id: number; label: string }) => {
  const translate = useTranslate();
  const { data } = useGetOne('departments', { id });
  return <>{translate(label, { name: data?.name ?? `#${id}` })}</>;
};
