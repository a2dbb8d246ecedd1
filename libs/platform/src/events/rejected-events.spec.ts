import { Logger } from '@nestjs/common';
import type { CloudEvent } from '@certhub/contracts';
import { Metrics } from '../metrics/metrics';
import { rejectedEvents } from './rejected-events';

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
