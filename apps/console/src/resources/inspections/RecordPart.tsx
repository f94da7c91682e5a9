import type { ReactNode } from 'react';
import { useTranslate } from 'react-admin';
import { Card, CardContent, Typography } from '@mui/material';

/** A titled card of the record form; on a phone the cards stack at full width. */
export const RecordPart = ({ title, children, testId }: { title: string; children: ReactNode; testId?: string }) => {
  const translate = useTranslate();
  return (
    <Card sx={{ mb: 2 }} data-testid={testId}>
      <CardContent sx={{ p: { xs: 1.5, sm: 2 } }}>
        <Typography variant="subtitle1" sx={{ fontWeight: 700, color: 'primary.main', mb: 1 }}>{translate(title)}</Typography>
        {children}
      </CardContent>
    </Card>
  );
};
