import { defaultLightTheme, type RaThemeOptions } from 'react-admin';

// react-admin's light theme in government blue, with CJK fonts and denser, quieter tables.
export const GOV_BLUE = '#1f4e9c';
const FONT = ['"PingFang SC"', '"Microsoft YaHei"', '"Noto Sans CJK SC"', '"Source Han Sans SC"', '"WenQuanYi Micro Hei"', 'Roboto', 'Helvetica', 'Arial', 'sans-serif'].join(',');

export const theme: RaThemeOptions = {
  ...defaultLightTheme,
  palette: {
    ...defaultLightTheme.palette,
    primary: { main: GOV_BLUE, dark: '#153a77', light: '#4a72b8', contrastText: '#fff' },
    secondary: { main: '#153a77', dark: '#0d2752', light: '#3f64a6', contrastText: '#fff' },
    background: { default: '#f3f5f9', paper: '#ffffff' },
  },
  typography: { ...defaultLightTheme.typography, fontFamily: FONT, h6: { fontWeight: 600 } },
  shape: { borderRadius: 6 },
  sidebar: { width: 224, closedWidth: 56 },
  components: {
    ...defaultLightTheme.components,
    MuiButton: { defaultProps: { disableElevation: true } },
    MuiPaper: { styleOverrides: { elevation1: { boxShadow: '0 1px 3px rgba(16, 42, 90, 0.08)', border: '1px solid #e3e8f0' } } },
    MuiAppBar: { styleOverrides: { root: { backgroundColor: GOV_BLUE, backgroundImage: 'none' } } },
    RaMenuItemLink: {
      styleOverrides: {
        root: {
          borderLeft: '3px solid transparent',
          '&.RaMenuItemLink-active': { borderLeftColor: GOV_BLUE, color: GOV_BLUE, fontWeight: 600, backgroundColor: 'rgba(31, 78, 156, 0.08)' },
          '&.RaMenuItemLink-active .MuiListItemIcon-root': { color: GOV_BLUE },
        },
      },
    },
    RaDataTable: {
      styleOverrides: {
        root: {
          '& .RaDataTable-headerCell': { backgroundColor: '#eef2f8', fontWeight: 600, color: '#2b3a55', whiteSpace: 'nowrap' },
          '& .RaDataTable-rowCell': { paddingTop: 6, paddingBottom: 6 },
          '& .RaDataTable-tableWrapper': { overflowX: 'auto' },
        },
      },
    },
    // a wide table scrolls inside its card instead of pushing the page sideways
    RaLayout: { styleOverrides: { root: { '& .RaLayout-content': { minWidth: 0 } } } },
    RaToolbar: { styleOverrides: { root: { backgroundColor: '#eef2f8' } } },
    RaLabeled: { styleOverrides: { root: { '& .RaLabeled-label': { color: '#5b6b86' } } } },
  },
};
