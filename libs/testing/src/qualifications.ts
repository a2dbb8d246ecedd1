/** The schemes the dossier service seeds: planning books an auditor only when qualified for the dossier's. */
export const SEEDED_SCHEMES = ['amarc', 'label-engagement'] as const;

/**
 * Qualifies auditors for the seeded schemes, open-ended from 2000, through the gateway as a CB
 * administrator (`token`); a qualification already there (409 overlap) is fine: tests share the demo auditor.
 */
export async function qualifyAuditors(
  gatewayUrl: string,
  token: string,
  auditorIds: readonly string[],
  schemeIds: readonly string[] = SEEDED_SCHEMES,
): Promise<void> {
  for (const auditorId of auditorIds)
    for (const schemeId of schemeIds) {
      const res = await fetch(`${gatewayUrl}/api/v1/auditor-qualifications`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: JSON.stringify({ auditorId, schemeId, validFrom: '2000-01-01' }),
      });
      if (res.status !== 201 && res.status !== 409)
        throw new Error(`qualifying ${auditorId} for ${schemeId} → ${res.status}: ${await res.text()}`);
    }
}
