import { describe, expect, it } from 'vitest';
import { oneOfParam } from './search';

describe('oneOfParam', () => {
  const flags = ['true', 'false'] as const;

  it('takes a value of the set, as the app writes it or as a person types it', () => {
    expect(oneOfParam(flags, 'true')).toBe('true');
    // `?active=true` typed in the address bar reaches the route as a boolean.
    expect(oneOfParam(flags, true)).toBe('true');
    expect(oneOfParam(flags, false)).toBe('false');
    expect(oneOfParam(['10', '20'] as const, 20)).toBe('20');
  });

  it('drops anything else', () => {
    expect(oneOfParam(flags, 'yes')).toBeUndefined();
    expect(oneOfParam(flags, undefined)).toBeUndefined();
    expect(oneOfParam(flags, { active: true })).toBeUndefined();
  });
});
