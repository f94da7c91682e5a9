import { NumberInput, maxValue, minValue, useGetOne, useTranslate } from 'react-admin';
import { FormGroup } from '../../components/FormGroup';
import { RISK_TIERS } from '../../labels';
import { toPercent, toBasisPoints } from '../../components/display';

// Ratios are basis points on the wire (1000 = 10 %) and % on screen; an empty one takes the lead
// department's default, which the helper text shows.

export const RatiosInputs = ({ lead }: { lead: number | null }) => {
  const translate = useTranslate();
  const { data: department } = useGetOne('departments', { id: lead ?? 0 }, { enabled: !!lead });
  const defaults = (department?.defaultRatios ?? {}) as Partial<Record<string, number>>;
  return (
    <FormGroup title="app.tasks.sections.ratios" columns={4}>
      {RISK_TIERS.map((t) => (
        <NumberInput key={t} source={`ratios.${t}`} format={toPercent} parse={toBasisPoints} min={0} max={100} step={0.5}
          validate={[minValue(0), maxValue(10000)]}
          helperText={defaults[t] == null ? false : translate('app.tasks.ratioDefault', { value: defaults[t]! / 100 })} />
      ))}
    </FormGroup>
  );
};
