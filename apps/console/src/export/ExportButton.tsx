import { useListContext, useTranslate } from 'react-admin';
import { Button } from '@mui/material';
import FileDownloadIcon from '@mui/icons-material/FileDownload';
import { exportUrl } from '../dataProvider';

/**
 * Downloads GET /api/<resource>/export with the list's current sort and filters as .xlsx. A plain link,
 * so the browser sends the session cookie and streams the file itself.
 */
export const ExportButton = () => {
  const { resource, filterValues, sort, total, isPending } = useListContext();
  const translate = useTranslate();
  const label = translate('app.export.button');
  return (
    <Button
      size="small"
      href={exportUrl(resource, sort, filterValues)}
      download
      startIcon={<FileDownloadIcon />}
      disabled={isPending || total === 0}
      aria-label={label}
      title={translate('app.export.hint')}
      data-testid="export-button"
    >
      {label}
    </Button>
  );
};
