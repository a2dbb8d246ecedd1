import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import type { CertificateData, CloudEvent } from '@certhub/contracts';
import { pushEvents } from '@certhub/platform';
import type { Model } from 'mongoose';
import type { CertificateReader } from '../certificates/certificate-access';
import { CertificatePdfs, type PdfVersion, type RenderState } from './certificate-pdfs.schema';

const DUPLICATE_KEY = 11000;

/** The PDFs of each certificate. Written by the render consumer only; read by tenant or by hash. */
@Injectable()
export class CertificatePdfsRepository {
  constructor(@InjectModel(CertificatePdfs.name) private readonly model: Model<CertificatePdfs>) {}

  /** The certificate's PDFs, created empty (pending) on its first print. */
  async open(data: CertificateData): Promise<CertificatePdfs> {
    const filter = { _id: data.certificateId, tenantId: data.cbId };
    const existing = await this.model.findOne(filter).lean<CertificatePdfs>();
    if (existing) return normalise(existing);
    try {
      const created = await this.model.create({
        _id: data.certificateId,
        tenantId: [data.organisationId, data.cbId],
        cbId: data.cbId,
        render: { status: 'pending', attempts: 0 },
        versions: [],
      });
      return normalise(created.toObject<CertificatePdfs>());
    } catch (error) {
      // Two events of one certificate printed at once: the other created it.
      if ((error as { code?: unknown }).code !== DUPLICATE_KEY) throw error;
      return normalise((await this.model.findOne(filter).lean<CertificatePdfs>()) as CertificatePdfs);
    }
  }

  /**
   * Records a printed version and queues its `rendered` event in the same write. Refused (false)
   * when that version number or that event's print is already recorded.
   */
  async addVersion(pdfs: CertificatePdfs, version: PdfVersion, rendered: CloudEvent): Promise<boolean> {
    const result = await this.model.updateOne(
      {
        _id: pdfs._id,
        tenantId: pdfs.cbId,
        'versions.version': { $ne: version.version },
        'versions.eventId': { $ne: version.eventId },
      },
      {
        // One $push for both arrays: spreading pushEvents() beside another $push would replace it.
        $push: { versions: version, ...pushEvents(rendered).$push },
        $set: { render: { status: 'rendered', attempts: 0 } },
      },
    );
    return result.modifiedCount === 1;
  }

  async setRenderState(pdfs: Pick<CertificatePdfs, '_id' | 'cbId'>, render: RenderState): Promise<void> {
    await this.model.updateOne({ _id: pdfs._id, tenantId: pdfs.cbId }, { $set: { render } });
  }

  async findForReader(reader: CertificateReader, certificateId: string): Promise<CertificatePdfs | null> {
    const doc = await this.model
      .findOne({ _id: certificateId, tenantId: reader.tenantId })
      .lean<CertificatePdfs>();
    return doc ? normalise(doc) : null;
  }

  /** Which of these certificates have a printed PDF. */
  async printedAmong(reader: CertificateReader, certificateIds: string[]): Promise<Set<string>> {
    const docs = await this.model
      .find({ _id: { $in: certificateIds }, tenantId: reader.tenantId }, { 'versions.version': 1 })
      .lean<Pick<CertificatePdfs, '_id' | 'versions'>[]>();
    return new Set(docs.filter((doc) => doc.versions?.length).map((doc) => doc._id));
  }

  /** The certificate that a file with this hash is a printed version of, if any. */
  async certificateIdOfHash(sha256: string): Promise<string | undefined> {
    const doc = await this.model
      .findOne({ 'versions.sha256': sha256 }, { _id: 1 })
      .setOptions({ crossTenant: 'public verification answers anyone about any printed file, by design' })
      .lean<{ _id: string }>();
    return doc?._id;
  }
}

/** FerretDB v1 may leave out an empty array: read a missing list as empty. */
function normalise(doc: CertificatePdfs): CertificatePdfs {
  return { ...doc, versions: doc.versions ?? [] };
}
