import { useEffect } from 'react';
import { DataTable, Link, List, SearchInput, SelectInput, TextField, useListContext, useTranslate } from 'react-admin';
import { Box, Button, LinearProgress, Typography } from '@mui/material';
import FileDownloadIcon from '@mui/icons-material/FileDownload';
import { NOWRAP } from '../../components/cells';
import { DateTimeField } from '../../components/DateTimeField';
import { DepartmentField } from '../../components/DepartmentField';
import { DepartmentInput } from '../../components/DepartmentInput';
import { EnumChipField } from '../../components/EnumChipField';
import { ListActions } from '../../components/ListActions';
import { exportFileUrl, rejectionsUrl } from '../../dataProvider';
import { choices, JOB_STATE_COLOR } from '../../labels';
import { seesAllDepartments, useMe } from '../../permissions';

const RUNNING = new Set(['queued', 'active']);
const REFRESH_MS = 2000;
type Translate = ReturnType<typeof useTranslate>;
/** A row of GET /api/jobs; `result` and `params` differ by kind. */
type JobRow = Record<string, any>;

/** While a job on the page still runs, the page reloads itself: the progress moves without a click. */
const RefreshWhileRunning = () => {
  const { data, refetch } = useListContext();
  const running = !!data?.some((j) => RUNNING.has(j.state));
  useEffect(() => {
    if (!running) return;
    const timer = window.setInterval(() => void refetch(), REFRESH_MS);
    return () => window.clearInterval(timer);
  }, [running, refetch]);
  return null;
};

/** `import:entities` → 导入检查对象; `draw` → 执行抽取. */
function jobKindLabel(translate: Translate, kind: string): string {
  const [category, what] = kind.split(':');
  const name = what ? translate(`resources.${what}.name`, { smart_count: 1, _: what }) : '';
  return translate(`app.jobs.kind.${category}`, { name, _: kind });
}

/** What a finished job did, in a clerk's words; a running one shows its progress bar. */
const Outcome = ({ job }: { job: JobRow }) => {
  const translate = useTranslate();
  if (RUNNING.has(job.state)) {
    return (
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, minWidth: 160 }}>
        <LinearProgress variant="determinate" value={job.progress} sx={{ flex: 1 }} />
        <Typography variant="caption">{job.progress}%</Typography>
      </Box>
    );
  }
  if (job.state === 'failed') return <Typography variant="body2" color="error">{job.error}</Typography>;
  const r = job.result ?? {};
  const n = (v: number | undefined) => (v ?? 0).toLocaleString('zh-CN');
  const text = job.kind.startsWith('import:')
    ? (['inserted', 'updated', 'unchanged', 'rejected'] as const).filter((k) => r[k] !== undefined)
      .map((k) => `${translate(`app.import.${k}`)} ${n(r[k])}`).join('，')
    : job.kind.startsWith('export:')
      ? translate(r.expired ? 'app.jobs.expired' : 'app.jobs.exported', { rows: n(r.rows) })
      : job.kind === 'draw' ? translate('app.jobs.drawn', { targets: n(r.targets), assignments: n(r.assignments) }) : '';
  return <Typography variant="body2">{text}</Typography>;
};

/** The file an export wrote, an import's error report, a draw's ceremony page. */
const Actions = ({ job }: { job: JobRow }) => {
  const translate = useTranslate();
  if (job.state !== 'completed') return null;
  const r = job.result ?? {};
  if (job.kind.startsWith('export:') && !r.expired) {
    return <Button size="small" href={exportFileUrl(String(job.id))} download startIcon={<FileDownloadIcon />} data-testid="job-download">{translate('app.jobs.download')}</Button>;
  }
  if (job.kind.startsWith('import:') && r.rejected > 0) {
    return <Button size="small" color="error" href={rejectionsUrl(String(job.id))} download startIcon={<FileDownloadIcon />}>{translate('app.import.rejections')}</Button>;
  }
  if (job.kind === 'draw' && job.params?.drawId) return <Link to={`/draws/${job.params.drawId}/show`}>{translate('app.jobs.viewDraw')}</Link>;
  return null;
};

export const JobList = () => {
  const me = useMe();
  const translate = useTranslate();
  const allDepartments = seesAllDepartments(me);
  const filters = [
    <SearchInput key="q" source="q" alwaysOn placeholder={translate('app.jobs.searchPlaceholder')} />,
    <SelectInput key="category" source="category" choices={choices('jobCategory')} alwaysOn />,
    <SelectInput key="state" source="state" choices={choices('jobState')} alwaysOn />,
    <SelectInput key="createdBy" source="createdBy" choices={me ? [{ id: me.id, name: translate('app.jobs.mine') }] : []} alwaysOn />,
    ...(allDepartments ? [<DepartmentInput key="departmentId" alwaysOn />] : []),
  ];
  return (
    <List filters={filters} actions={<ListActions creatable={false} />} sort={{ field: 'createdAt', order: 'DESC' }} perPage={25} empty={false}>
      <RefreshWhileRunning />
      <DataTable rowClick={false} bulkActionButtons={false}>
        <DataTable.Col source="kind" render={(r) => jobKindLabel(translate, r.kind)} cellSx={NOWRAP} />
        <DataTable.Col source="filename" disableSort render={(r) => r.filename ?? '—'} />
        <DataTable.Col source="state"><EnumChipField name="jobState" source="state" colors={JOB_STATE_COLOR} /></DataTable.Col>
        <DataTable.Col source="result" disableSort render={(r) => <Outcome job={r} />} />
        <DataTable.Col source="createdByName" disableSort><TextField source="createdByName" emptyText="—" /></DataTable.Col>
        {allDepartments && <DataTable.Col source="departmentId"><DepartmentField /></DataTable.Col>}
        <DataTable.Col source="createdAt" field={DateTimeField} cellSx={NOWRAP} />
        <DataTable.Col source="finishedAt" field={DateTimeField} cellSx={NOWRAP} />
        <DataTable.Col label="app.jobs.actions" disableSort render={(r) => <Actions job={r} />} />
      </DataTable>
    </List>
  );
};
