import { Logger } from '@nestjs/common';
import { newCloudEvent, type CloudEvent } from '@certhub/contracts';
import { Metrics } from '../metrics/metrics';
import { EventRejected, catalogPayload, rejectedEvents } from './rejected-events';

describe(rejectedEvents.name, () => {
  it('counts each rejected event in the named metric, shared by every consumer that names it, and logs its id', async () => {
    const metrics = new Metrics('test');
    const logger = new Logger('test');
    const error = jest.spyOn(logger, 'error').mockImplementation(() => undefined);
    const event = { id: 'evt-1', type: 'certhub.certificate.issued.v1' } as CloudEvent;

    rejectedEvents(metrics, 'certhub_test_events_rejected_total', logger)(event, 'number: required');
    rejectedEvents(metrics, 'certhub_test_events_rejected_total', logger)(event, 'holder: required');

    const counted = await metrics.registry.getSingleMetric('certhub_test_events_rejected_total')!.get();
    expect(counted.values[0]?.value).toBe(2);
    expect(error).toHaveBeenCalledWith('certhub.certificate.issued.v1 evt-1 rejected: number: required');
  });
});

describe(catalogPayload.name, () => {
  const created = (data: unknown) =>
    newCloudEvent('certhub.dossier.created.v1', data, { source: 'certhub/test', tenantId: 'cb-1' });

  it('answers the payload its catalogue schema lets through', () => {
    const data = { dossierId: 'd1', organisationId: 'org-1', schemeId: 'amarc', reference: 'D-1' };
    expect(catalogPayload(created(data), 'certhub.dossier.created.v1')).toEqual(data);
  });

  it('throws EventRejected, naming what is wrong, for a payload that breaks it', () => {
    const sut = () => catalogPayload(created({ dossierId: 'd1' }), 'certhub.dossier.created.v1');
    expect(sut).toThrow(EventRejected);
    expect(sut).toThrow(/organisationId/);
  });
});
