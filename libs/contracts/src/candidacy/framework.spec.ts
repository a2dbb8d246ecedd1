import { CLEA_FRAMEWORKS, CURRENT_CLEA_FRAMEWORK, evaluationValidated, subDomainIds } from './framework';

describe('CLEA_FRAMEWORKS', () => {
  it('has 7 domains and 28 sub-domains with ids <domain>.<n>, once each', () => {
    for (const framework of CLEA_FRAMEWORKS) {
      expect(framework.domains.map((d) => d.subDomains.length)).toEqual([5, 5, 4, 4, 3, 3, 4]);
      const ids = subDomainIds(framework);
      expect(ids).toHaveLength(28);
      expect(new Set(ids).size).toBe(28);
      expect(ids.slice(0, 6)).toEqual(['1.1', '1.2', '1.3', '1.4', '1.5', '2.1']);
    }
  });

  it('keeps versions unique, the current one last', () => {
    const versions = CLEA_FRAMEWORKS.map((f) => f.version);
    expect(new Set(versions).size).toBe(versions.length);
    expect(CURRENT_CLEA_FRAMEWORK.version).toBe(versions.at(-1));
  });
});

describe(evaluationValidated.name, () => {
  const all = subDomainIds(CURRENT_CLEA_FRAMEWORK);
  it('validates only when all 28 sub-domains are acquired', () => {
    expect(evaluationValidated(CURRENT_CLEA_FRAMEWORK, new Set(all))).toBe(true);
    expect(evaluationValidated(CURRENT_CLEA_FRAMEWORK, new Set(all.filter((id) => id !== '7.4')))).toBe(
      false,
    );
    expect(evaluationValidated(CURRENT_CLEA_FRAMEWORK, new Set())).toBe(false);
  });
});
