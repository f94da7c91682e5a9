import { NumberInput, SimpleForm, TextInput, maxValue, minValue, regex, required, useTranslate } from 'react-admin';
import { Box, Typography } from '@mui/material';
import { RISK_TIERS } from '../../labels';
import { toPercent, toBasisPoints } from '../../components/display';

const CODE = regex(/^[a-z][a-z0-9-]{1,31}$/, 'app.validation.departmentCode');

export const DepartmentForm = ({ create = false }: { create?: boolean }) => {
  const translate = useTranslate();
  return (
    <SimpleForm defaultValues={create ? { defaultRatios: { A: 100, B: 200, C: 1000, D: 3000 } } : undefined}>
      <Box sx={{ width: '100%', display: 'grid', columnGap: 2, gridTemplateColumns: { xs: '1fr', md: 'repeat(2, minmax(0, 1fr))' } }}>
        <TextInput source="code" validate={[required(), CODE]} readOnly={!create} />
        <TextInput source="name" validate={required()} />
      </Box>
      <Typography variant="subtitle1" sx={{ fontWeight: 700, color: 'primary.main', mt: 2 }}>{translate('resources.departments.fields.defaultRatios')}</Typography>
      <Box sx={{ width: '100%', display: 'grid', columnGap: 2, gridTemplateColumns: { xs: '1fr', md: 'repeat(4, minmax(0, 1fr))' } }}>
        {RISK_TIERS.map((t) => (
          <NumberInput key={t} source={`defaultRatios.${t}`} format={toPercent} parse={toBasisPoints} min={0} max={100} step={0.5} validate={[required(), minValue(0), maxValue(10000)]} />
        ))}
      </Box>
    </SimpleForm>
  );
};
