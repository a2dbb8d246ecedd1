import { CreateCandidateRequestSchema } from './candidate.schemas';
import { DecideHabilitationRequestSchema } from './habilitation.schemas';

const FORM = {
  establishmentId: 'est-1',
  civility: 'mrs',
  birthName: 'Martin',
  firstName: 'Claire',
  birthDate: '1990-04-12',
  birthCity: 'Lyon',
  birthPostalCode: '69001',
  registrationStatus: 'job_seeker',
  trainingLevel: 3,
  mainFunder: 'france_travail',
};

const issues = (value: unknown) => {
  const parsed = CreateCandidateRequestSchema.safeParse(value);
  return parsed.success ? [] : parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};

describe('CreateCandidateRequestSchema', () => {
  it('takes a candidate born in France with his postal code', () => {
    expect(issues(FORM)).toEqual([]);
  });

  it('asks a birth abroad for its country and nothing of France', () => {
    expect(issues({ ...FORM, bornAbroad: true })).toEqual([
      'birthCountry: birthCountry is required for a birth abroad',
      'birthPostalCode: birthPostalCode must be left out for a birth abroad',
    ]);
    const { birthPostalCode: _dropped, ...abroad } = FORM;
    expect(issues({ ...abroad, bornAbroad: true, birthCountry: 'MA', birthCity: 'Rabat' })).toEqual([]);
  });

  it('asks a birth in an overseas collectivity for the collectivity', () => {
    expect(issues({ ...FORM, bornInOverseasCollectivity: true })).toEqual([
      'birthCollectivity: birthCollectivity is required for a birth in an overseas collectivity',
    ]);
    expect(
      issues({ ...FORM, bornAbroad: true, bornInOverseasCollectivity: true, birthCountry: 'MA' }),
    ).toContain('bornInOverseasCollectivity: born abroad and in an overseas collectivity at once');
  });

  it('asks an employee for his delegated branch and contextualised base, and nobody else', () => {
    expect(issues({ ...FORM, registrationStatus: 'employee' })).toEqual([
      'delegatedBranch: delegatedBranch is required for an employee',
      'contextualisedBase: contextualisedBase is required for an employee',
    ]);
    expect(
      issues({
        ...FORM,
        registrationStatus: 'employee',
        delegatedBranch: 'Commerce de détail',
        contextualisedBase: false,
      }),
    ).toEqual([]);
    expect(issues({ ...FORM, delegatedBranch: 'Commerce de détail' })).toEqual([
      'delegatedBranch: delegatedBranch must be left out unless the candidate is an employee',
    ]);
  });

  it('refuses an EQF level outside 1–8, a child, an unknown field', () => {
    expect(issues({ ...FORM, trainingLevel: 9 })).toHaveLength(1);
    expect(issues({ ...FORM, birthDate: `${new Date().getUTCFullYear() - 10}-01-01` })).toEqual([
      'birthDate: the candidate must be at least 16',
    ]);
    expect(issues({ ...FORM, nickname: 'x' })).toHaveLength(1);
  });
});

describe('DecideHabilitationRequestSchema', () => {
  const parse = (v: unknown) => DecideHabilitationRequestSchema.safeParse(v).success;
  it('asks a validation for its period in order and a rejection for its reason', () => {
    expect(
      parse({ habilitationId: 'h', decision: 'validated', startsOn: '2026-01-01', endsOn: '2029-01-01' }),
    ).toBe(true);
    expect(
      parse({ habilitationId: 'h', decision: 'validated', startsOn: '2026-01-01', endsOn: '2025-01-01' }),
    ).toBe(false);
    expect(parse({ habilitationId: 'h', decision: 'validated' })).toBe(false);
    expect(parse({ habilitationId: 'h', decision: 'rejected', reason: 'criteria not met' })).toBe(true);
    expect(parse({ habilitationId: 'h', decision: 'rejected' })).toBe(false);
  });
});
