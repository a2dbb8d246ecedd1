import { Button, DEFAULT_THEME, defaultVariantColorsResolver, mergeMantineTheme } from '@mantine/core';
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Providers } from './App';
import { theme } from './theme';

const full = mergeMantineTheme(DEFAULT_THEME, theme);
const resolve = (variant: string, color?: string) =>
  full.variantColorResolver({ color, variant, theme: full });

/** WCAG 2 contrast ratio of two `#rrggbb` colours. */
function contrast(a: string, b: string): number {
  const luminance = (hex: string) => {
    const [r, g, bl] = (hex.slice(1).match(/../g) ?? []).map((x) => {
      const v = parseInt(x, 16) / 255;
      return v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
    }) as [number, number, number];
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/** The hex value behind `var(--mantine-color-<name>-<shade>)`. */
function shadeOf(cssColor: string | undefined): string {
  const match = /^var\(--mantine-color-([a-z]+)-(\d)\)$/.exec(cssColor ?? '');
  if (!match) throw new Error(`not a theme shade: ${cssColor}`);
  return full.colors[match[1] as string]?.[Number(match[2])] as string;
}

// Cards are white, the page behind them gray 0: a text must read on both.
const BACKGROUNDS = ['#ffffff', full.colors.gray[0]];

describe('the theme’s variant colours', () => {
  it('writes a subtle button’s text in the shade asked for, not a paler one', () => {
    expect(resolve('subtle', 'red.9')).toMatchObject({
      background: 'transparent',
      color: 'var(--mantine-color-red-9)',
      hover: 'var(--mantine-color-red-0)',
      hoverColor: 'var(--mantine-color-red-9)',
    });
    expect(resolve('subtle', 'gray.8').color).toBe('var(--mantine-color-gray-8)');
  });

  it('keeps AA contrast for a subtle text in any shade that has it on the page’s backgrounds', () => {
    const checked: string[] = [];
    for (const [name, shades] of Object.entries(full.colors)) {
      shades.forEach((hex, shade) => {
        if (BACKGROUNDS.some((bg) => contrast(hex, bg) < 4.5)) return;
        const text = shadeOf(resolve('subtle', `${name}.${shade}`).color);
        for (const bg of BACKGROUNDS)
          expect(contrast(text, bg), `${name}.${shade} on ${bg}`).toBeGreaterThanOrEqual(4.5);
        checked.push(`${name}.${shade}`);
      });
    }
    // The shades the portal asks for (a red action, a gray one) are among them.
    expect(checked).toEqual(expect.arrayContaining(['red.9', 'gray.8', 'indigo.9']));
  });

  it('keeps AA contrast for a hovered subtle button wherever its text has it at rest', () => {
    const checked: string[] = [];
    for (const [name, shades] of Object.entries(full.colors)) {
      for (const shade of [undefined, ...shades.keys()]) {
        const color = shade === undefined ? name : `${name}.${shade}`;
        const resolved = resolve('subtle', color);
        // Without a shade, Mantine's text is the colour's `light-color`: shade 9.
        const rest = shade === undefined ? (shades[9] as string) : shadeOf(resolved.color);
        if (BACKGROUNDS.some((bg) => contrast(rest, bg) < 4.5)) continue;
        expect(
          contrast(shadeOf(resolved.hoverColor), shadeOf(resolved.hover)),
          `${color} hovered`,
        ).toBeGreaterThanOrEqual(4.5);
        checked.push(color);
      }
    }
    // The portal's subtle buttons: the primary colour's, a red action, a gray one.
    expect(checked).toEqual(expect.arrayContaining(['indigo', 'red.9', 'gray.8']));
  });

  it('leaves a subtle button of a colour without a shade its text as Mantine paints it (the colour’s dark text)', () => {
    const input = { color: 'red', variant: 'subtle', theme: full };
    expect(resolve('subtle', 'red').color).toBe(defaultVariantColorsResolver(input).color);
  });

  it('puts a light component’s chosen shade on the text, over the colour’s light background', () => {
    expect(resolve('light', 'red.9')).toMatchObject({
      background: 'var(--mantine-color-red-light)',
      hover: 'var(--mantine-color-red-light-hover)',
      color: 'var(--mantine-color-red-9)',
    });
  });

  it('is the theme the app’s buttons are painted with', () => {
    render(
      <Providers env="test">
        <Button variant="subtle" color="red.9">
          Désactiver
        </Button>
      </Providers>,
    );
    expect(screen.getByRole('button', { name: 'Désactiver' }).getAttribute('style')).toContain(
      '--button-color: var(--mantine-color-red-9)',
    );
  });
});
