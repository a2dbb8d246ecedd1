import { SITES_IMPORT_TEMPLATE } from '@certhub/contracts';
import { GatewayClient, TestStack } from '@certhub/testing';
import ExcelJS from 'exceljs';
import { DEMO_ORGANISATION } from '../src/demo/demo-data';
import { headquartersOf, takeCompany } from './support/companies';

/** The demo organisation's second establishment in the offline dataset (Grenoble). */
const GRENOBLE = '90123456700021';
/** Of the demo organisation's SIREN, valid (Luhn), but no establishment the registry knows. */
const UNKNOWN = '90123456700039';
const organisationId = DEMO_ORGANISATION.id;
const sites = `/organisations/${organisationId}/sites`;

/** A workbook as a user fills the template: its header row, then one line per site. */
async function workbook(rows: string[][], header: readonly string[] = SITES_IMPORT_TEMPLATE.columns) {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet(SITES_IMPORT_TEMPLATE.sheet);
  sheet.addRow([...header]);
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await book.xlsx.writeBuffer());
}

/**
 * The sites spreadsheet import through the gateway (identity, document): the template from the
 * document service, uploads checked against it, every rejected row listed and nothing imported
 * then, everything imported at once otherwise; only the organisation's administrators.
 */
describe('sites imported from a spreadsheet', () => {
  let stack: TestStack;
  let gw: GatewayClient;
  let contextId: string;

  beforeAll(async () => {
    stack = await TestStack.start(['identity', 'document', 'gateway'], { RATE_LIMIT_PER_MINUTE: '100000' });
    gw = await GatewayClient.signIn(stack.service('gateway').url, ['org.admin', 'org.member', 'cb.admin']);
    const upload = await gw.ok('org.admin', 'POST', `${sites}/import-upload`, {});
    expect(upload).toEqual({
      contextId: `organisation:${organisationId}:sites-import`,
      templateDocumentId: SITES_IMPORT_TEMPLATE.documentId,
      columns: [...SITES_IMPORT_TEMPLATE.columns],
      maxRows: 1000,
      maxBytes: 2 * 1024 ** 2,
    });
    contextId = upload.contextId;
  }, 180_000);
  afterAll(() => stack?.stop());

  const siretsDeclared = async () =>
    ((await gw.ok('org.admin', 'GET', sites)).items as { siret: string }[]).map((s) => s.siret).sort();

  it('serves the template: one sheet, the columns the import reads', async () => {
    const res = await gw.download('org.admin', `/documents/${SITES_IMPORT_TEMPLATE.documentId}/content`);
    expect(res.status).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(await res.arrayBuffer());
    expect(book.worksheets.map((s) => s.name)).toEqual([SITES_IMPORT_TEMPLATE.sheet]);
    expect((book.worksheets[0]?.getRow(1).values as unknown[]).slice(1)).toEqual([
      ...SITES_IMPORT_TEMPLATE.columns,
    ]);
  });

  it('refuses an upload that changed the template’s header row', async () => {
    await expect(
      gw.upload('org.admin', contextId, 'sites.xlsx', await workbook([[GRENOBLE]], ['Numéro', 'Nom'])),
    ).rejects.toThrow(/422.*column A: header \\"Numéro\\" where the template has \\"SIRET\\"/);
  });

  it('lists every rejected row on its cell and imports nothing', async () => {
    const other = headquartersOf(takeCompany()).siret;
    const file = await workbook([
      [GRENOBLE, 'Agence de Grenoble'],
      [DEMO_ORGANISATION.siret],
      ['90123456700014'],
      ['', 'Sans SIRET'],
      [other],
      [GRENOBLE],
      ['901 234 567 00021 x'],
    ]);
    const documentId = await gw.upload('org.admin', contextId, 'sites.xlsx', file);
    const res = await gw.api('org.admin', 'POST', `${sites}/import`, { documentId });
    expect(res.status).toBe(422);
    expect(res.body.detail).toBe('6 row(s) rejected: no site was imported');
    expect(res.body.errors).toEqual([
      {
        field: 'rows.3.siret',
        message: `row 3: the site with SIRET ${DEMO_ORGANISATION.siret} is already declared`,
      },
      { field: 'rows.4.siret', message: 'row 4: 90123456700014: SIRET check digit is wrong (Luhn)' },
      { field: 'rows.5.siret', message: 'row 5: the SIRET is missing' },
      {
        field: 'rows.6.siret',
        message: `row 6: SIRET ${other} is not an establishment of this organisation (SIREN ${DEMO_ORGANISATION.siren})`,
      },
      { field: 'rows.7.siret', message: `row 7: SIRET ${GRENOBLE} is already on row 2` },
      { field: 'rows.8.siret', message: 'row 8: 901 234 567 00021 x: SIRET must contain digits only' },
    ]);
    expect(await siretsDeclared()).toEqual([DEMO_ORGANISATION.siret]);
  });

  it('rejects a SIRET the registry does not know, and a file without rows', async () => {
    const withUnknown = await gw.upload(
      'org.admin',
      contextId,
      'inconnu.xlsx',
      await workbook([[GRENOBLE], [UNKNOWN]]),
    );
    const res = await gw.api('org.admin', 'POST', `${sites}/import`, { documentId: withUnknown });
    expect(res.status).toBe(422);
    expect(res.body.errors).toEqual([
      expect.objectContaining({
        field: 'rows.3.siret',
        message: expect.stringContaining('company registry'),
      }),
    ]);
    const empty = await gw.upload('org.admin', contextId, 'vide.xlsx', await workbook([]));
    expect((await gw.api('org.admin', 'POST', `${sites}/import`, { documentId: empty })).body.errors).toEqual(
      [{ field: 'documentId', message: 'the spreadsheet lists no site' }],
    );
    expect(await siretsDeclared()).toEqual([DEMO_ORGANISATION.siret]);
  });

  it('imports every row of a valid file at once, the name from the file', async () => {
    const documentId = await gw.upload(
      'org.admin',
      contextId,
      'sites-ok.xlsx',
      await workbook([[GRENOBLE, 'Agence de Grenoble']]),
    );
    const imported = await gw.ok('org.admin', 'POST', `${sites}/import`, { documentId });
    expect(imported).toMatchObject({
      imported: 1,
      sites: [
        { siret: GRENOBLE, name: 'Agence de Grenoble', address: { city: 'Grenoble' }, headquarters: false },
      ],
    });
    expect(await siretsDeclared()).toEqual([DEMO_ORGANISATION.siret, GRENOBLE].sort());
    // The same file again: every row is now a declared site.
    const again = await gw.api('org.admin', 'POST', `${sites}/import`, { documentId });
    expect(again.body.errors).toEqual([
      { field: 'rows.2.siret', message: `row 2: the site with SIRET ${GRENOBLE} is already declared` },
    ]);
  });

  it('lets only the organisation’s administrators import, a document of its import context only', async () => {
    expect((await gw.api('org.member', 'POST', `${sites}/import-upload`, {})).status).toBe(403);
    expect((await gw.api('org.member', 'POST', `${sites}/import`, { documentId: 'x' })).status).toBe(403);
    expect((await gw.api('cb.admin', 'POST', `${sites}/import`, { documentId: 'x' })).status).toBe(403);
    const elsewhere = await gw.api('org.admin', 'POST', `${sites}/import`, {
      documentId: SITES_IMPORT_TEMPLATE.documentId,
    });
    expect(elsewhere.status).toBe(422);
    expect(elsewhere.body.errors).toEqual([
      { field: 'documentId', message: expect.stringContaining(`does not exist in ${contextId}`) },
    ]);
  });
});
