import { useTranslate } from 'react-admin';
import { Alert, Box, Button, Typography } from '@mui/material';
import FileDownloadIcon from '@mui/icons-material/FileDownload';
import { rejectionsUrl, type ImportJob } from '../dataProvider';

const Count = ({ name, value, color }: { name: string; value: number; color: string }) => {
  const translate = useTranslate();
  return (
    <Box data-testid={`import-count-${name}`} sx={{ border: '1px solid #e3e8f0', borderRadius: 1, p: 1.5, textAlign: 'center' }}>
      <Typography variant="h5" component="div" sx={{ fontWeight: 700, color }}>{value.toLocaleString('zh-CN')}</Typography>
      <Typography variant="body2" color="text.secondary">{translate(`app.import.${name}`)}</Typography>
    </Box>
  );
};

/** The counts of a completed import (新增 / 更新 / 未变化 / 未通过) and, when rows were rejected, the error report. */
export const ImportResult = ({ job }: { job: ImportJob }) => {
  const translate = useTranslate();
  const r = job.result ?? {};
  const rejected = r.rejected ?? 0;
  const counts = [
    { name: 'inserted', value: r.inserted ?? 0, color: '#2e7d32' },
    ...(r.updated !== undefined ? [{ name: 'updated', value: r.updated, color: '#1f4e9c' }] : []),
    { name: 'unchanged', value: r.unchanged ?? 0, color: '#5b6b86' },
    { name: 'rejected', value: rejected, color: rejected > 0 ? '#c62828' : '#5b6b86' },
  ];
  return (
    <Box data-testid="import-result" sx={{ mt: 2 }}>
      <Alert severity={rejected > 0 ? 'warning' : 'success'} sx={{ mb: 2 }}>
        {translate('app.import.completed')}
        {r.total !== undefined && `，${translate('app.import.total', { total: r.total.toLocaleString('zh-CN') })}`}
      </Alert>
      <Box sx={{ display: 'grid', gap: 1.5, gridTemplateColumns: `repeat(${counts.length}, minmax(0, 1fr))` }}>
        {counts.map((c) => <Count key={c.name} {...c} />)}
      </Box>
      {rejected > 0 && (
        <Box sx={{ mt: 2, display: 'flex', alignItems: 'center', gap: 2, flexWrap: 'wrap' }}>
          <Typography variant="body2" color="error">{translate('app.import.rejectionsHint', { smart_count: rejected })}</Typography>
          <Button size="small" variant="outlined" color="error" href={rejectionsUrl(job.id)} download startIcon={<FileDownloadIcon />} data-testid="import-rejections">
            {translate('app.import.rejections')}
          </Button>
        </Box>
      )}
    </Box>
  );
};
