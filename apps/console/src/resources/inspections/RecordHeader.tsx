import { Link, useTranslate, type RaRecord } from 'react-admin';
import { Alert, Box, Card, CardContent, Chip, Typography } from '@mui/material';
import { InspectionStatusField } from './InspectionStatusField';

/** Whose record this is, plus why it is read-only, returned or being corrected. */
export const RecordHeader = ({ record, editable }: { record: RaRecord; editable: boolean }) => {
  const translate = useTranslate();
  return (
    <>
      <Card sx={{ mb: 2 }}>
        <CardContent sx={{ p: { xs: 1.5, sm: 2 } }}>
          <Typography variant="h6" component="h1" sx={{ fontSize: { xs: 18, sm: 20 } }} data-testid="inspection-entity">{record.entityName}</Typography>
          <Typography variant="body2" color="text.secondary" sx={{ fontFamily: 'monospace' }}>{record.uscc}</Typography>
          <Box sx={{ display: 'flex', gap: 1, alignItems: 'center', flexWrap: 'wrap', mt: 1 }}>
            <InspectionStatusField record={record} />
            <Chip size="small" variant="outlined" label={translate('app.items.version', { version: record.version })} />
            <Typography variant="body2" color="text.secondary">{record.taskName}</Typography>
          </Box>
        </CardContent>
      </Card>
      {!editable && (
        <Alert severity="info" sx={{ mb: 2 }} action={<Link to={`/inspections/${record.id}/show`}>{translate('ra.action.show')}</Link>}>
          {translate('app.inspections.notDraft')}
        </Alert>
      )}
      {record.reviewNote && editable && <Alert severity="warning" sx={{ mb: 2 }} data-testid="inspection-review-note">{translate('app.inspections.reviewNote', { note: record.reviewNote })}</Alert>}
      {record.correctionReason && <Alert severity="info" sx={{ mb: 2 }}>{translate('app.inspections.correctionReason', { reason: record.correctionReason })}</Alert>}
    </>
  );
};
