import { Injectable } from '@nestjs/common';
import { mongoSort, type RpcHandler, toPage } from '@certhub/platform';
import type { FilterQuery } from 'mongoose';
import { ownLinesOnly, requireCbStaff } from '../qualification-access';
import { toQualificationResponse } from '../qualification.mapper';
import { QualificationRepository, overlapping } from '../qualification.repository';
import type { QualificationDoc } from '../qualification.schema';

@Injectable()
export class SearchQualifications {
  constructor(private readonly repository: QualificationRepository) {}

  readonly execute: RpcHandler<'dossier.qualifications.search'> = async (principal, query) => {
    const cbId = requireCbStaff(principal);
    const and: FilterQuery<QualificationDoc>[] = [];
    if (ownLinesOnly(principal)) and.push({ auditorId: principal.userId });
    if (query.auditorId) and.push({ auditorId: query.auditorId });
    if (query.schemeId) and.push({ schemeId: query.schemeId });
    if (query.validOn) and.push(overlapping(query.validOn, query.validOn));
    const { items, total } = await this.repository.search(
      cbId,
      and.length ? { $and: and } : {},
      mongoSort(query.sort, 'validFrom'),
      query,
    );
    return toPage(items.map(toQualificationResponse), total, query);
  };
}
