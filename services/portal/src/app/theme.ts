import { createTheme, type CSSVariablesResolver } from '@mantine/core';

/** Calm: one blue, generous spacing, readable sizes, visible focus. */
export const theme = createTheme({
  primaryColor: 'indigo',
  // Shade 7: links and buttons keep AA contrast on white and on the page's light gray.
  primaryShade: { light: 7, dark: 5 },
  defaultRadius: 'md',
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
  focusRing: 'auto',
  headings: { fontWeight: '600' },
});

/** Secondary text and field errors dark enough for WCAG AA contrast (Mantine's default dimmed gray is not). */
export const cssVariables: CSSVariablesResolver = (t) => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': t.colors.gray[7] ?? '#495057',
    '--mantine-color-error': t.colors.red[9] ?? '#c92a2a',
  },
  dark: {},
});
