import { ApiError } from '../api/client';
import type { z } from 'zod';

const isEmpty = (value: unknown) =>
  value === undefined || value === null || (typeof value === 'string' && value.trim() === '');

/**
 * A contract's zod schema as a form validator: one message per field path (the form shows it beside
 * the input); an empty required field says so in the user's language rather than zod's words.
 */
export function zodFormErrors(
  schema: z.ZodType,
  values: Record<string, unknown>,
  requiredMessage: string,
  /** The form's own wording for a field's rule (zod's messages are English). */
  messages: Record<string, string> = {},
): Record<string, string> {
  const result = schema.safeParse(values);
  if (result.success) return {};
  const errors: Record<string, string> = {};
  for (const issue of result.error.issues) {
    const field = issue.path.join('.');
    if (!field || errors[field]) continue;
    // The value the issue names, nested ones included (a contact's e-mail left blank is missing, not invalid).
    const value = issue.path.reduce<unknown>(
      (at, key) =>
        at && typeof at === 'object' ? (at as Record<PropertyKey, unknown>)[key as PropertyKey] : undefined,
      values,
    );
    errors[field] = isEmpty(value) ? requiredMessage : (messages[field] ?? issue.message);
  }
  return errors;
}

/** Empty optional fields left out, as the API expects them absent rather than blank. */
export function withoutBlanks<T extends Record<string, unknown>>(values: T): Partial<T> {
  return Object.fromEntries(Object.entries(values).filter(([, v]) => !isEmpty(v))) as Partial<T>;
}

interface FormTarget {
  setErrors: (errors: Record<string, string>) => void;
  getInputNode: (path: string) => HTMLElement | null;
}

/** Whether a failed call named fields of the form (then its errors stand beside them). */
export const hasFieldErrors = (error: unknown): boolean =>
  error instanceof ApiError && Object.keys(error.fieldErrors()).length > 0;

/**
 * A failed call's field errors onto the form's inputs, and the focus onto the first of them.
 * `renamed` gives the form's name of a field the API names otherwise (its first segment: the API's
 * `attendanceCertificateDocumentId` is the form's `attendance`).
 */
export function placeFieldErrors(
  error: unknown,
  form: FormTarget,
  renamed: Record<string, string> = {},
): void {
  if (!(error instanceof ApiError)) return;
  const errors = Object.fromEntries(
    Object.entries(error.fieldErrors()).map(([path, message]) => {
      const [root = path, ...rest] = path.split('.');
      return [[renamed[root] ?? root, ...rest].join('.'), message];
    }),
  );
  form.setErrors(errors);
  const first = Object.keys(errors)[0];
  if (first) form.getInputNode(first)?.focus();
}
