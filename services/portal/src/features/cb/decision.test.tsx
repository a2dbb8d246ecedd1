import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderApp, type Routes } from '../../test/render-app';
import { confirmWithReason, expectSent } from '../../test/steps';
import { certificateActions, decisionKind, hasAudited, offeredOutcomes } from './decision-rules';
import { cbDossier, cbRoutes } from './fixtures.test-data';

const DECIDER = ['decision_maker'] as const;

const certificate = (status: string) => ({
  certificateId: 'c-1',
  number: 'CH-2026-0001',
  validFrom: '2026-03-01',
  validUntil: '2029-02-28',
  status,
  issuedAt: '2026-03-01T10:00:00Z',
});
const options = { initial: ['grant', 'refuse'] as const, surveillance: ['maintain', 'suspend'] as const };

describe('decision rules', () => {
  it('decides initially, in surveillance once certified, like an initial one at renewal', () => {
    const base = { status: 'decision_pending' as const, cycle: {} };
    expect(decisionKind(base)).toBe('initial');
    expect(decisionKind({ ...base, certificate: certificate('valid') as never })).toBe('surveillance');
    expect(
      decisionKind({ ...base, certificate: certificate('valid') as never, cycle: { renewal: {} } }),
    ).toBe('renewal');
    expect(offeredOutcomes({ ...options } as never, 'renewal')).toEqual(['grant', 'refuse']);
    expect(offeredOutcomes({ ...options } as never, 'surveillance')).toEqual(['maintain', 'suspend']);
  });

  it('knows who audited', () => {
    expect(hasAudited([{ auditorIds: ['u-a', 'u-b'] }], 'u-b')).toBe(true);
    expect(hasAudited([{ auditorIds: ['u-a'] }], 'u-b')).toBe(false);
    expect(hasAudited([{ auditorIds: ['u-a'] }], undefined)).toBe(false);
  });

  it('offers suspend on a valid certificate, reinstate on a suspended one, withdraw on both', () => {
    const cycle = {};
    expect(
      certificateActions({ status: 'certified', certificate: certificate('valid') as never, cycle }, DECIDER),
    ).toEqual({
      suspend: true,
      withdraw: true,
      reinstate: false,
    });
    expect(
      certificateActions(
        { status: 'suspended', certificate: certificate('suspended') as never, cycle },
        DECIDER,
      ),
    ).toEqual({ suspend: false, withdraw: true, reinstate: true });
    expect(
      certificateActions(
        { status: 'withdrawn', certificate: certificate('withdrawn') as never, cycle },
        DECIDER,
      ),
    ).toEqual({
      suspend: false,
      withdraw: false,
      reinstate: false,
    });
  });

  it('offers the certificate actions to the roles of their table rows only', () => {
    const dossier = { status: 'certified' as const, certificate: certificate('valid') as never, cycle: {} };
    expect(certificateActions(dossier, ['analyst', 'cb_admin'])).toEqual({
      suspend: false,
      withdraw: false,
      reinstate: false,
    });
  });
});

const scheme = {
  schemeId: 'label-engagement',
  version: '1',
  title: 'Label Engagement',
  levels: [],
  decisionOptions: {
    initial: ['grant', 'complementary_documentary_audit', 'refuse'],
    surveillance: ['maintain', 'suspend', 'withdraw'],
  },
  questionnaire: { title: 'Q', sections: [] },
};

const routes = (dossier: Record<string, unknown>, auditors: string[], extra: Routes = {}): Routes => ({
  ...cbRoutes(['decision_maker'], 'u-dec'),
  'GET /api/v1/dossiers/d-1': { body: cbDossier(dossier) },
  'GET /api/v1/schemes/label-engagement': { body: scheme },
  'GET /api/v1/audits': {
    body: { items: [{ id: 'a-1', auditorIds: auditors }], page: 1, pageSize: 100, total: 1 },
  },
  'GET /api/v1/dossiers/d-1/decisions': { body: { items: [] } },
  ...extra,
});

describe('decision screen', () => {
  it('offers the initial options and records the one chosen with its reason, once confirmed', async () => {
    const user = userEvent.setup();
    const { calls } = renderApp(
      '/cb/dossiers/d-1/decision',
      routes({ status: 'decision_pending' }, ['u-aud'], {
        'POST /api/v1/dossiers/d-1/decisions': { status: 201, body: { decision: {}, dossier: cbDossier() } },
      }),
    );
    const group = await screen.findByRole('radiogroup', { name: 'Décision' });
    expect(
      within(group)
        .getAllByRole('radio')
        .map((r) => r.getAttribute('value')),
    ).toEqual(['grant', 'complementary_documentary_audit', 'refuse']);
    expect(screen.getByText('Décision initiale')).toBeInTheDocument();
    const record = screen.getByRole('button', { name: 'Enregistrer la décision' });
    expect(record).toBeDisabled();
    await user.click(within(group).getByRole('radio', { name: 'Accorder la certification' }));
    await user.click(record);
    const dialog = await screen.findByRole('dialog', { name: 'Confirmer la décision sur DEMO-2026-000001' });
    expect(within(dialog).getByText(/« Accorder la certification »/)).toBeInTheDocument();
    await user.type(within(dialog).getByRole('textbox', { name: /Motif de la décision/ }), 'Écarts levés');
    await user.click(within(dialog).getByRole('button', { name: 'Confirmer et enregistrer' }));
    await waitFor(() =>
      expect(calls.find((c) => c.method === 'POST')?.body).toEqual({
        outcome: 'grant',
        reason: 'Écarts levés',
      }),
    );
  });

  it('tells an auditor of the dossier that another must decide, before the API refuses', async () => {
    renderApp('/cb/dossiers/d-1/decision', routes({ status: 'decision_pending' }, ['u-dec']));
    expect(await screen.findByRole('alert')).toHaveTextContent('Vous avez audité ce dossier');
    const group = screen.getByRole('radiogroup', { name: 'Décision' });
    for (const radio of within(group).getAllByRole('radio')) expect(radio).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Enregistrer la décision' })).toBeDisabled();
  });

  it('suspends a valid certificate with a reason and confirmation', async () => {
    const user = userEvent.setup();
    const { calls } = renderApp(
      '/cb/dossiers/d-1/decision',
      routes({ status: 'certified', certificate: certificate('valid') }, ['u-aud'], {
        'POST /api/v1/dossiers/d-1/certificate/suspension': { body: cbDossier({ status: 'suspended' }) },
      }),
    );
    expect(await screen.findByText(/Aucune décision n’est attendue/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Rétablir' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Suspendre' }));
    const dialog = await screen.findByRole('dialog', { name: 'Suspendre le certificat CH-2026-0001 ?' });
    await confirmWithReason(user, dialog, 'Plainte fondée');
    await expectSent(calls, '/suspension', { reason: 'Plainte fondée' });
  });

  it('offers to withdraw a suspended certificate, and reinstates it once confirmed with its reason', async () => {
    const user = userEvent.setup();
    const { calls } = renderApp(
      '/cb/dossiers/d-1/decision',
      routes({ status: 'suspended', certificate: certificate('suspended') }, ['u-aud'], {
        'POST /api/v1/dossiers/d-1/certificate/reinstatement': { body: cbDossier({ status: 'certified' }) },
      }),
    );
    expect(await screen.findByRole('button', { name: 'Retirer' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Suspendre' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Rétablir' }));
    const dialog = await screen.findByRole('dialog', { name: 'Rétablir le certificat CH-2026-0001 ?' });
    await confirmWithReason(user, dialog, 'Action corrective vérifiée');
    await expectSent(calls, '/reinstatement', { reason: 'Action corrective vérifiée' });
  });

  it('has an analyst decide what a declared change of scope takes, with a reason', async () => {
    const user = userEvent.setup();
    const scopeChange = {
      status: 'pending',
      description: 'Un second site ouvre à Lyon',
      requestedAt: '2026-04-01T09:00:00Z',
    };
    const { calls } = renderApp(
      '/cb/dossiers/d-1/decision',
      routes({ status: 'certified', certificate: certificate('valid'), scopeChange }, ['u-aud'], {
        'GET /api/v1/me': {
          body: { userId: 'u-ana', tenantType: 'cb', tenantId: 'cb-demo', roles: ['analyst'] },
        },
        'POST /api/v1/dossiers/d-1/scope-changes/decision': { body: cbDossier({ status: 'certified' }) },
      }),
    );
    const card = await screen.findByRole('region', { name: 'Modification du périmètre' });
    expect(within(card).getByText(/Un second site ouvre à Lyon/)).toBeInTheDocument();
    const decide = within(card).getByRole('button', { name: 'Décider de la suite' });
    expect(decide).toBeDisabled();
    // Not a decision-maker: no certificate action is offered to him.
    expect(screen.queryByRole('button', { name: 'Suspendre' })).not.toBeInTheDocument();
    await user.click(within(card).getByRole('combobox', { name: 'Suite donnée' }));
    await user.click(await screen.findByRole('option', { name: 'Audit supplémentaire' }));
    await user.click(decide);
    const dialog = await screen.findByRole('dialog', {
      name: 'Décider de la suite à la modification du périmètre ?',
    });
    expect(within(dialog).getByText(/« Audit supplémentaire »/)).toBeInTheDocument();
    await confirmWithReason(user, dialog, 'Nouveau site à auditer');
    await expectSent(calls, '/scope-changes/decision', {
      outcome: 'extra_audit',
      reason: 'Nouveau site à auditer',
    });
  });

  it('tells a decision-maker that an analyst decides a change of scope', async () => {
    const scopeChange = {
      status: 'pending',
      description: 'Nouveau site',
      requestedAt: '2026-04-01T09:00:00Z',
    };
    renderApp(
      '/cb/dossiers/d-1/decision',
      routes({ status: 'certified', certificate: certificate('valid'), scopeChange }, ['u-aud']),
    );
    const card = await screen.findByRole('region', { name: 'Modification du périmètre' });
    expect(
      within(card).getByText('La suite à donner est décidée par un chargé de dossier.'),
    ).toBeInTheDocument();
    expect(within(card).queryByRole('button')).not.toBeInTheDocument();
  });
});
