import { createTheme } from '@mantine/core';

/** Calm: one blue, generous spacing, readable sizes, visible focus. */
export const theme = createTheme({
  primaryColor: 'indigo',
  defaultRadius: 'md',
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
  focusRing: 'auto',
  headings: { fontWeight: '600' },
});
