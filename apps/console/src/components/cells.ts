import type { SxProps } from '@mui/material';

/** Cell styles of DataTable columns (cellSx), so headers keep the table's own font. */
export const MONO = (): SxProps => ({ fontFamily: 'monospace', whiteSpace: 'nowrap' });
export const NOWRAP = (): SxProps => ({ whiteSpace: 'nowrap' });
