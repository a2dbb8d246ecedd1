import { EVENT_TYPES, EventCatalog, PARTNER_EVENT_TYPES, asyncApiDocument } from '@certhub/contracts';
import { Parser } from '@asyncapi/parser';

describe('AsyncAPI document generated from the contracts', () => {
  it('passes the official AsyncAPI parser with no error or warning, one channel per event subject', async () => {
    const { document, diagnostics } = await new Parser().parse(JSON.stringify(asyncApiDocument()));
    // 0 = error, 1 = warning; information and hints (e.g. "3.1 exists") are not problems.
    expect(
      diagnostics.filter((d) => d.severity <= 1).map((d) => `${d.code}: ${d.message} at ${d.path.join('.')}`),
    ).toEqual([]);
    if (!document) throw new Error('the parser produced no document');
    expect(document.version()).toBe('3.0.0');

    const addresses = document
      .channels()
      .all()
      .map((c) => c.address());
    for (const type of EVENT_TYPES) expect(addresses).toContain(EventCatalog[type].subject);

    const webhook = document
      .operations()
      .all()
      .find((o) => o.id() === 'deliverWebhook');
    expect(webhook?.action()).toBe('send');
    expect(webhook?.bindings().get('http')?.value()).toMatchObject({ method: 'POST' });
    expect(webhook?.security().map((s) => s.all().map((r) => r.scheme().type()))).toEqual([['httpApiKey']]);
    expect(
      webhook
        ?.messages()
        .all()
        .map((m) => m.name()),
    ).toEqual(PARTNER_EVENT_TYPES);

    const issued = document
      .messages()
      .all()
      .find((m) => m.name() === 'certhub.certificate.issued.v1');
    const payload = issued?.payload()?.json() as { allOf: { properties?: Record<string, unknown> }[] };
    // The envelope, then the CloudEvent type and the payload's own schema.
    expect(payload.allOf[0]).toMatchObject({
      required: expect.arrayContaining(['specversion', 'id', 'source', 'type']),
    });
    expect(payload.allOf[1]?.properties?.['data']).toMatchObject({
      properties: { holder: expect.objectContaining({ type: 'object' }) },
    });
  });
});
