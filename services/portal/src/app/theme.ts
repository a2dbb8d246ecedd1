import {
  createTheme,
  defaultVariantColorsResolver,
  parseThemeColor,
  type CSSVariablesResolver,
  type VariantColorsResolver,
} from '@mantine/core';

/**
 * `color="red.9"` on a light component (an Alert's default) means "dark red on the light red
 * background": Mantine paints the background in that shade instead, filled, so the text and links
 * in it lost their contrast. The light background of the colour, the chosen shade for the text.
 * A subtle button (no background) takes its text from the colour's shade 6 at most, whatever shade
 * is asked: `red.9` gives red 6, 3.3:1 on white, below AA. The shade asked for, there too. Its
 * hover background (the shade at 12 %, or shade 2 without a shade) took the text below 4.5:1 for
 * red 9 or the primary colour: the colour's palest shade instead, under a text one shade darker.
 */
const variantColorResolver: VariantColorsResolver = (input) => {
  const resolved = defaultVariantColorsResolver(input);
  if ((input.variant !== 'light' && input.variant !== 'subtle') || !input.color) return resolved;
  const parsed = parseThemeColor({ color: input.color, theme: input.theme });
  if (!parsed.isThemeColor) return resolved;
  const shade = (n: number) => `var(--mantine-color-${parsed.color}-${n})`;
  if (input.variant === 'subtle') {
    // Without a shade, Mantine's text is the colour's shade 9 (its `light-color`).
    const text = parsed.shade ?? 9;
    return {
      ...resolved,
      ...(parsed.shade === undefined ? {} : { color: shade(parsed.shade) }),
      hover: shade(0),
      hoverColor: shade(Math.min(text + 1, 9)),
    };
  }
  if (parsed.shade === undefined) return resolved;
  return {
    ...resolved,
    background: `var(--mantine-color-${parsed.color}-light)`,
    hover: `var(--mantine-color-${parsed.color}-light-hover)`,
    color: shade(parsed.shade),
  };
};

/** Calm: one blue, generous spacing, readable sizes, visible focus. */
export const theme = createTheme({
  primaryColor: 'indigo',
  // Shade 7: links and buttons keep AA contrast on white and on the page's light gray.
  primaryShade: { light: 7, dark: 5 },
  defaultRadius: 'md',
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
  focusRing: 'auto',
  headings: { fontWeight: '600' },
  variantColorResolver,
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
