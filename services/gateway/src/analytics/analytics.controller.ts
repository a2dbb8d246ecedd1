import { ANALYTICS_READER_ROLES, CANDIDACY_FOLLOWERS, CANDIDACY_STATS_ROLES } from '@certhub/contracts';
import { WORKBOOK } from '../http/media-types';
import { streamedFilesController } from '../http/streamed-files';

/**
 * Every analytics report (the catalogue's JSON routes) as one Excel workbook ("Télécharger
 * l'ensemble des statistiques", docs/domain/statistics.md#excel-export) for the same filters,
 * rendered by the analytics service next to its read models and streamed from its internal route
 * (files never travel over NATS). The analytics service holds the same role rule and applies the
 * tenant scope.
 */
export const AnalyticsController = streamedFilesController('AnalyticsController', 'api/v1/analytics', {
  export: {
    path: 'export',
    roles: ANALYTICS_READER_ROLES,
    doc: {
      operationId: 'analytics.export.download',
      summary: 'Every analytics report as one Excel workbook, for the same filters as the JSON reports',
      tag: 'analytics',
      parameters: [
        { name: 'cbId', in: 'query', description: 'One certification body (platform staff)' },
        { name: 'schemeId', in: 'query', description: 'One scheme' },
        { name: 'from', in: 'query', description: 'First day of the period (YYYY-MM-DD, UTC)' },
        { name: 'to', in: 'query', description: 'Last day of the period (YYYY-MM-DD, UTC)' },
        {
          name: 'report',
          in: 'query',
          description:
            'One report alone beside the dashboard sheet: dossiers-by-status, lead-times, findings-by-requirement, overdue-findings or audits-per-month',
        },
      ],
      ok: WORKBOOK,
    },
    service: 'analytics',
    internal: () => '/internal/analytics/export.xlsx',
    passQuery: true,
  },
});

const PERIMETER_PARAMETERS = [
  { name: 'establishmentId', in: 'query', description: 'One establishment of your perimeter' },
  { name: 'trainingOrganisationId', in: 'query', description: 'One training organisation of your perimeter' },
  { name: 'networkId', in: 'query', description: 'One network (certifier and platform staff)' },
] as const;

/**
 * The individuals' line's Excel exports ("Télécharger l'ensemble des statistiques", "Export des
 * dossiers abandonnés sur 30 jours"), rendered by the analytics service next to its candidacy read
 * model (docs/domain/individuals-certification.md#statistics), which applies the perimeter again.
 */
export const CandidacyStatsController = streamedFilesController(
  'CandidacyStatsController',
  'api/v1/candidacy-stats',
  {
    export: {
      path: 'export',
      roles: CANDIDACY_STATS_ROLES,
      doc: {
        operationId: 'analytics.candidacy-stats.download',
        summary: 'The general figures and one row per candidacy of your perimeter, as an Excel workbook',
        tag: 'candidacy statistics',
        parameters: [...PERIMETER_PARAMETERS],
        ok: WORKBOOK,
      },
      service: 'analytics',
      internal: () => '/internal/analytics/candidacy-stats.xlsx',
      passQuery: true,
    },
    exportAbandoned: {
      path: 'abandoned/export',
      roles: CANDIDACY_FOLLOWERS,
      doc: {
        operationId: 'analytics.candidacy-abandoned.download',
        summary: 'The candidacies abandoned in the last days (30 by default), as an Excel workbook',
        tag: 'candidacy statistics',
        parameters: [
          ...PERIMETER_PARAMETERS,
          { name: 'days', in: 'query', description: 'How many days back (1–366, default 30)' },
        ],
        ok: WORKBOOK,
      },
      service: 'analytics',
      internal: () => '/internal/analytics/candidacy-abandoned.xlsx',
      passQuery: true,
    },
  },
);
