import type { ReactNode } from 'react';
import { useTranslate } from 'react-admin';
import { Box, Typography } from '@mui/material';

/** A titled block of a create/edit form, two columns on wide screens; `className="wide"` spans both. */
export const FormGroup = ({ title, children, columns = 2 }: { title: string; children: ReactNode; columns?: number }) => {
  const translate = useTranslate();
  return (
    <Box sx={{ width: '100%', mb: 1 }}>
      <Typography variant="subtitle1" sx={{ fontWeight: 700, color: 'primary.main', mt: 1, mb: 1 }}>{translate(title)}</Typography>
      <Box sx={{ display: 'grid', columnGap: 2, gridTemplateColumns: { xs: '1fr', md: `repeat(${columns}, minmax(0, 1fr))` }, '& .wide': { gridColumn: '1 / -1' } }}>
        {children}
      </Box>
    </Box>
  );
};
