import { useEffect, useState } from 'react';
import { Button, LinkBase, useDataProvider, useRecordContext } from 'react-admin';
import FactCheckIcon from '@mui/icons-material/FactCheck';
import type { AppDataProvider } from '../../dataProvider';
import { canRead, useMe } from '../../permissions';

/** 检查表单: the plugin form(s) an item was delivered with (GET /api/forms?filter={"itemId"}); nothing when none. */
export const ItemFormsButton = () => {
  const record = useRecordContext();
  const me = useMe();
  const dataProvider = useDataProvider<AppDataProvider>();
  const [forms, setForms] = useState<{ id: number; title: string }[]>([]);
  const allowed = canRead(me, 'plugins');
  useEffect(() => {
    if (record?.id && allowed) dataProvider.formsOfItem(record.id).then(setForms, () => setForms([]));
  }, [dataProvider, record?.id, allowed]);
  return (
    <>
      {forms.map((f) => (
        <Button key={f.id} component={LinkBase} label="app.forms.open" title={f.title} to={`/forms/${f.id}?item=${record?.id}`} data-testid="item-form">
          <FactCheckIcon />
        </Button>
      ))}
    </>
  );
};
