import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import sample from '../../test/fixtures/recherche-entreprises-search.json';
import type { IdentityConfig } from '../config';
import { HttpCompanyRegistry, SearchResponseSchema, toCompany } from './http-company-registry';

/**
 * The sample has the shape of a `GET /search?q=<siret>` answer of recherche-entreprises.api.gouv.fr
 * (fields as the API documents them; this machine has no internet, so it is not a live capture).
 */
const response = SearchResponseSchema.parse(sample);

describe(toCompany.name, () => {
  it('maps a secondary establishment found by its SIRET, with the spelled-out street', () => {
    expect(toCompany(response, '81234567600041')).toEqual({
      siren: '812345676',
      siret: '81234567600041',
      name: 'MAINTENANCE INDUSTRIELLE DU RHONE (MIR)',
      nafCode: '33.12Z',
      address: {
        line1: '3 BIS RUE DES FRERES LUMIERE',
        postalCode: '38000',
        city: 'GRENOBLE',
        country: 'FR',
      },
      headquarters: false,
    });
  });

  it('maps the headquarters from `siege`, moving the address complement to line2', () => {
    expect(toCompany(response, '81234567600025')).toMatchObject({
      siret: '81234567600025',
      headquarters: true,
      address: {
        line1: '14 AVENUE DU GENERAL LECLERC',
        line2: 'ZI DES BRUYERES',
        postalCode: '69800',
        city: 'SAINT-PRIEST',
      },
    });
  });

  it('ignores closed establishments, other companies of the full-text search and unknown SIRETs', () => {
    expect(toCompany(response, '81234567600058')).toBeUndefined();
    expect(toCompany({ results: [response.results[1]!] }, '81234567600041')).toBeUndefined();
    expect(toCompany(response, '81234567600066')).toBeUndefined();
    expect(toCompany({ results: [] }, '81234567600041')).toBeUndefined();
  });
});

describe(HttpCompanyRegistry.name, () => {
  let server: Server;
  let status = 200;
  let lastUrl = '';
  let sut: HttpCompanyRegistry;

  beforeAll(async () => {
    server = createServer((req, res) => {
      lastUrl = req.url ?? '';
      res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(sample));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    sut = new HttpCompanyRegistry({ COMPANY_API_URL: `http://127.0.0.1:${port}/` } as IdentityConfig);
  });

  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('asks GET /search?q=<siret> and maps the answer', async () => {
    status = 200;
    await expect(sut.findBySiret('81234567600041')).resolves.toMatchObject({ siret: '81234567600041' });
    expect(lastUrl).toBe('/search?q=81234567600041');
  });

  it('reports an erring registry as a dependency that is unavailable', async () => {
    status = 502;
    await expect(sut.findBySiret('81234567600041')).rejects.toMatchObject({
      code: 'dependency_unavailable',
      message: 'the company registry is unavailable (HTTP 502)',
    });
  });
});
