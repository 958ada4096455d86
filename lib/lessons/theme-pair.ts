// Both code themes from one tokenization. Shiki's `themes: { light, dark }`
// runs the grammar once per theme and then aligns the tokens: two thirds of a
// highlight's time. Our two GitHub themes share every rule's scopes and font
// style and differ only in colours, so one theme with those rules, whose
// colours stand for (light, dark) pairs, matches every token exactly as the two
// do; its colours are then read back as the pair.
import type { ThemeRegistration, ThemeRegistrationRaw } from 'shiki/core';

export interface ThemePair {
  /** The theme to tokenize with; its colours are placeholders. */
  theme: ThemeRegistration;
  /** Placeholder colour (lower case) → the light and the dark theme's colour. */
  colours: Map<string, readonly [light: string, dark: string]>;
}

type Rule = NonNullable<ThemeRegistrationRaw['tokenColors']>[number];

export function pairThemes(name: string, light: ThemeRegistrationRaw, dark: ThemeRegistrationRaw): ThemePair {
  const lightRules = light.tokenColors ?? [];
  const darkRules = dark.tokenColors ?? [];
  const shape = (rules: Rule[]) => JSON.stringify(rules.map(({ scope, settings }) => [scope, settings.fontStyle, !settings.foreground, !settings.background]));
  if (shape(lightRules) !== shape(darkRules)) {
    throw new Error(`The code themes ${light.name} and ${dark.name} no longer share their rules, so one tokenization cannot serve both.`);
  }
  const colours = new Map<string, readonly [string, string]>();
  const placeholders = new Map<string, string>();
  const pair = (lightColour: string | undefined, darkColour: string | undefined) => {
    if (!lightColour || !darkColour) return undefined;
    const key = `${lightColour}\0${darkColour}`;
    let placeholder = placeholders.get(key);
    if (!placeholder) {
      placeholder = `#${(placeholders.size + 1).toString(16).padStart(6, '0')}`;
      placeholders.set(key, placeholder);
      colours.set(placeholder, [lightColour, darkColour]);
    }
    return placeholder;
  };
  const tokenColors = lightRules.map((rule, i) => {
    const other = darkRules[i]!.settings;
    const settings = { ...rule.settings, foreground: pair(rule.settings.foreground, other.foreground), background: pair(rule.settings.background, other.background) };
    return { ...rule, settings };
  });
  const editor = (key: string) => pair(light.colors?.[key], dark.colors?.[key]);
  return {
    theme: { name, type: light.type, colors: { 'editor.foreground': editor('editor.foreground')!, 'editor.background': editor('editor.background')! }, tokenColors },
    colours,
  };
}
