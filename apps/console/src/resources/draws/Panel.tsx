import type { ReactNode } from 'react';
import { useTranslate } from 'react-admin';
import { Card, CardContent, Typography } from '@mui/material';

/** A titled card of the ceremony and public screens. */
export const Panel = ({ title, children, testId, accent = false }: { title: string; children: ReactNode; testId?: string; accent?: boolean }) => {
  const translate = useTranslate();
  return (
    <Card data-testid={testId} sx={accent ? { borderTop: '3px solid', borderTopColor: 'primary.main' } : undefined}>
      <CardContent>
        <Typography variant="subtitle1" sx={{ fontWeight: 700, color: 'primary.main', mb: 1.5 }}>{translate(title)}</Typography>
        {children}
      </CardContent>
    </Card>
  );
};
