import type { DossierView } from '../dossiers/dossier.schema';
import { LifecycleGuards } from './lifecycle-guards';

describe(LifecycleGuards.name, () => {
  const dossier = {} as DossierView;

  it('fails loudly, naming it, on a guard nobody registered', async () => {
    const sut = new LifecycleGuards();
    sut.register('initial_cycle', () => true);
    await expect(sut.firstFailing(['initial_cycle', 'findings_open'], dossier)).rejects.toMatchObject({
      code: 'internal',
      message: expect.stringContaining('findings_open'),
    });
  });

  it('returns the first guard that does not hold', async () => {
    const sut = new LifecycleGuards();
    sut.register('initial_cycle', () => true);
    sut.register('findings_closed', async () => false);
    sut.register('certificate_valid', () => false);
    expect(await sut.firstFailing(['initial_cycle', 'findings_closed', 'certificate_valid'], dossier)).toBe(
      'findings_closed',
    );
    expect(await sut.firstFailing(['initial_cycle'], dossier)).toBeUndefined();
  });

  it('refuses a second registration of one guard', () => {
    const sut = new LifecycleGuards();
    sut.register('initial_cycle', () => true);
    expect(() => sut.register('initial_cycle', () => false)).toThrow(/twice/);
  });
});
