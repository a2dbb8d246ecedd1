export const PDF = 'application/pdf';
export const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
/** The answer of an Excel export route, as OpenAPI describes it. */
export const WORKBOOK = { description: 'The workbook', content: { bytes: [XLSX] } };
export const VC_JWT = 'application/vc+jwt';
export const SVG = 'image/svg+xml';
