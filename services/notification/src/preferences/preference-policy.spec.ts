import { PreferencePolicy } from './preference-policy';

describe('PreferencePolicy', () => {
  it('treats a category as mandatory only when every notification in it is', () => {
    expect(PreferencePolicy.isMandatoryCategory('decision')).toBe(true);
    expect(PreferencePolicy.isMandatoryCategory('undelivered_mail')).toBe(true);
    // finding_raised is mandatory, finding_closed is not.
    expect(PreferencePolicy.isMandatoryCategory('findings')).toBe(false);
    expect(PreferencePolicy.isMandatoryCategory('submission')).toBe(false);
    // A change of certifier, like the jury's decisions, reaches everyone.
    expect(PreferencePolicy.isMandatoryCategory('change_of_certifier')).toBe(true);
    expect(PreferencePolicy.isMandatoryCategory('jury_decision')).toBe(true);
  });

  it('silences an optional notification by its category or its own type, never a mandatory one', () => {
    const offFindings = { disabledCategories: ['findings'], disabledEventTypes: [] };
    expect(PreferencePolicy.receives(offFindings, 'certhub.dossier.finding_closed.v1')).toBe(false);
    expect(PreferencePolicy.receives(offFindings, 'certhub.dossier.finding_raised.v1')).toBe(true);
    const offType = { disabledCategories: [], disabledEventTypes: ['certhub.dossier.submitted.v1'] };
    expect(PreferencePolicy.receives(offType, 'certhub.dossier.submitted.v1')).toBe(false);
    expect(PreferencePolicy.receives(offType, 'certhub.dossier.created.v1')).toBe(true);
    expect(PreferencePolicy.receives(undefined, 'certhub.dossier.submitted.v1')).toBe(true);
  });

  it('shows what the user receives: everything by default, mandatory ones whatever is stored', () => {
    const view = PreferencePolicy.view({
      disabledCategories: ['decision', 'submission'],
      disabledEventTypes: [],
    });
    expect(view.categories).toContainEqual({ category: 'decision', mandatory: true, enabled: true });
    expect(view.categories).toContainEqual({ category: 'submission', mandatory: false, enabled: false });
    expect(view.eventTypes).toContainEqual({
      type: 'certhub.dossier.submitted.v1',
      category: 'submission',
      mandatory: false,
      enabled: false,
    });
    expect(PreferencePolicy.view(undefined).eventTypes.every((t) => t.enabled)).toBe(true);
  });
});
