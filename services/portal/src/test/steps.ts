import { waitFor, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { expect } from 'vitest';
import type { Call } from './render-app';

/** Types the reason a confirming dialog asks for, then confirms it. */
export async function confirmWithReason(user: UserEvent, dialog: HTMLElement, reason: string) {
  await user.type(within(dialog).getByRole('textbox', { name: /Motif/ }), reason);
  await user.click(within(dialog).getByRole('button', { name: 'Confirmer' }));
}

/** Waits for the request to the path ending so, and checks the body it sent. */
export async function expectSent(calls: Call[], pathEnd: string, body: unknown) {
  await waitFor(() => expect(calls.find((c) => c.path.endsWith(pathEnd))?.body).toEqual(body));
}
