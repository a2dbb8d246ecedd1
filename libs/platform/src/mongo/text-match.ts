/**
 * What a person typed into a list's search box, matched as a case-insensitive substring: regex
 * characters in it are matched literally, so "S.A." finds "S.A." and never throws.
 */
export const containingText = (text: string): RegExp =>
  new RegExp(text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'i');
