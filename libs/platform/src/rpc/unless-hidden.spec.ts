import { DomainError } from '../errors/domain-error';
import { unlessHidden } from './unless-hidden';

describe(unlessHidden.name, () => {
  it('answers what the lookup found', async () => {
    await expect(unlessHidden(Promise.resolve({ id: 'u1' }))).resolves.toEqual({ id: 'u1' });
  });

  it.each(['not_found', 'forbidden'] as const)('answers undefined when the callee says %s', async (code) => {
    await expect(unlessHidden(Promise.reject(new DomainError(code, 'no')))).resolves.toBeUndefined();
  });

  it('lets any other failure through', async () => {
    const down = new DomainError('dependency_unavailable', 'identity is unavailable');
    await expect(unlessHidden(Promise.reject(down))).rejects.toBe(down);
  });
});
