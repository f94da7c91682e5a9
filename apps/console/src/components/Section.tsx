import type { ReactNode } from 'react';
import { useTranslate } from 'react-admin';
import { Box, Divider, Typography } from '@mui/material';

/** A titled block of a show page, its fields laid out in a responsive grid. */
export const Section = ({ title, children, columns = 3 }: { title: string; children: ReactNode; columns?: number }) => {
  const translate = useTranslate();
  return (
    <Box sx={{ mb: 3 }}>
      <Typography variant="subtitle1" sx={{ fontWeight: 700, color: 'primary.main', mb: 1 }}>{translate(title, { smart_count: 1 })}</Typography>
      <Divider sx={{ mb: 2 }} />
      <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', md: `repeat(${columns}, minmax(0, 1fr))` } }}>
        {children}
      </Box>
    </Box>
  );
};

/** Spans the full width of a Section's grid. */
export const Wide = ({ children }: { children: ReactNode }) => <Box sx={{ gridColumn: '1 / -1' }}>{children}</Box>;
