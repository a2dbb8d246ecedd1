export const PDF = 'application/pdf';
export const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const VC_JWT = 'application/vc+jwt';
export const SVG = 'image/svg+xml';
