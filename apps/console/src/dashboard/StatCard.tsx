import { Link, useGetList, useTranslate } from 'react-admin';
import { Box, Card, CardActionArea, Skeleton, Typography } from '@mui/material';

interface Props {
  resource: string;
  filter?: Record<string, unknown>;
  label: string;
  color?: string;
}

/** One figure of the overview: the total of a filtered list, linking to that list. */
export const StatCard = ({ resource, filter = {}, label, color = '#1f4e9c' }: Props) => {
  const translate = useTranslate();
  const { total, isPending, error } = useGetList(resource, { pagination: { page: 1, perPage: 1 }, sort: { field: 'id', order: 'ASC' }, filter });
  const to = `/${resource}?filter=${encodeURIComponent(JSON.stringify(filter))}`;
  return (
    <Card sx={{ borderTop: `3px solid ${color}` }}>
      <CardActionArea component={Link} to={to} sx={{ p: 2 }}>
        <Typography variant="body2" color="text.secondary">{translate(label)}</Typography>
        <Box sx={{ mt: 1, minHeight: 40 }}>
          {isPending ? <Skeleton width={60} height={40} /> : (
            <Typography variant="h4" component="div" sx={{ fontWeight: 700, color }}>{error ? '—' : (total ?? 0).toLocaleString('zh-CN')}</Typography>
          )}
        </Box>
      </CardActionArea>
    </Card>
  );
};
