import { WORKBOOK } from '../http/media-types';
import { streamedFilesController } from '../http/streamed-files';

/**
 * The complaints and appeals register as one Excel workbook, for the same filters as its figures
 * (docs/domain/complaints-and-appeals.md#register-and-figures), rendered by the complaints
 * service and streamed from its internal route (files never travel over NATS).
 */
export const ComplaintsRegisterController = streamedFilesController(
  'ComplaintsRegisterController',
  'api/v1/complaint-statistics',
  {
    export: {
      path: 'export',
      roles: ['cb_admin', 'platform_admin'],
      doc: {
        operationId: 'complaints.register.download',
        summary: 'The complaints and appeals register as an Excel workbook (figures, complaints, appeals)',
        tag: 'complaints',
        parameters: [
          { name: 'cbId', in: 'query', description: 'One certification body (platform staff)' },
          { name: 'from', in: 'query', description: 'Lodged on or after this day (YYYY-MM-DD, UTC)' },
          { name: 'to', in: 'query', description: 'Lodged on or before this day (YYYY-MM-DD, UTC)' },
        ],
        ok: WORKBOOK,
      },
      service: 'complaints',
      internal: () => '/internal/complaints/register.xlsx',
      passQuery: true,
    },
  },
);
