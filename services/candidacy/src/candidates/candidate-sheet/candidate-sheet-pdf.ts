import { CANDIDACY_STATUS_LABELS } from '@certhub/contracts';
import PDFDocument from 'pdfkit';
import type { Writable } from 'node:stream';
import { finished } from 'node:stream/promises';
import type { CandidateView } from '../../candidacy/candidate.schema';

const MARGIN = 50;

const REGISTRATION: Record<string, string> = {
  employee: 'Salarié',
  job_seeker: 'Demandeur d’emploi',
  temporary_worker: 'Intérimaire',
  young_in_integration: 'Jeune en insertion',
  other: 'Autre',
};
const PUBLIC_TYPE: Record<string, string> = {
  disabled_worker: 'Travailleur handicapé',
  senior: 'Senior',
  young: 'Jeune',
  detained: 'Personne détenue',
  refugee: 'Réfugié',
  other: 'Autre',
};
const FUNDER: Record<string, string> = {
  individual_initiative: 'Initiative individuelle',
  employer: 'Employeur',
  opco: 'OPCO',
  france_travail: 'France Travail',
  region: 'Région',
  personal_training_account: 'Compte personnel de formation',
  transitions_pro: 'Transitions Pro',
  other: 'Autre',
};
const ORIGIN: Record<string, string> = {
  france_travail: 'France Travail',
  mission_locale: 'Mission locale',
  employer: 'Employeur',
  opco: 'OPCO',
  self: 'Le candidat',
  other: 'Autre',
};

const frenchDate = (day: string): string => day.split('-').reverse().join('/');
const yesNo = (value: boolean | undefined): string => (value ? 'Oui' : 'Non');

/** The sections of the sheet, label and value, only what the candidate's form holds. */
export function candidateSheetLines(c: CandidateView): { title: string; lines: [string, string][] }[] {
  const present = (lines: [string, string | undefined][]): [string, string][] =>
    lines.filter((line): line is [string, string] => Boolean(line[1]));
  const birthPlace = c.bornAbroad
    ? `${c.birthCity} (${c.birthCountry ?? ''})`
    : c.bornInOverseasCollectivity
      ? `${c.birthCity} (${c.birthCollectivity ?? ''})`
      : `${c.birthCity} (${c.birthPostalCode ?? ''})`;
  const address = c.address
    ? [c.address.line1, c.address.line2, `${c.address.postalCode} ${c.address.city}`, c.address.country]
        .filter(Boolean)
        .join(', ')
    : undefined;
  return [
    {
      title: 'Dossier',
      lines: present([
        ['Référence', c.reference],
        ['Établissement', c.establishmentName],
        ['Statut', CANDIDACY_STATUS_LABELS.fr[c.status]],
        ['Actif', yesNo(c.active)],
        ...(c.certificateNumber ? ([['Certificat', c.certificateNumber]] as [string, string][]) : []),
      ]),
    },
    {
      title: 'Identité (telle que sur la pièce d’identité)',
      lines: present([
        ['Civilité', c.civility === 'mrs' ? 'Madame' : 'Monsieur'],
        ['Nom de naissance', c.birthName],
        ['Nom d’usage', c.usageName],
        ['Prénom', c.firstName],
        ['Date de naissance', frenchDate(c.birthDate)],
        ['Lieu de naissance', birthPlace],
        ['Né à l’étranger', yesNo(c.bornAbroad)],
        ['Né dans une collectivité d’outre-mer', yesNo(c.bornInOverseasCollectivity)],
        ['E-mail', c.email],
        ['Téléphone', c.phone],
        ['Adresse postale', address],
      ]),
    },
    {
      title: 'Situation',
      lines: present([
        ['Statut à l’inscription', REGISTRATION[c.registrationStatus] ?? c.registrationStatus],
        ['Branche délégataire', c.delegatedBranch],
        ...(c.contextualisedBase === undefined
          ? []
          : ([['Socle contextualisé', yesNo(c.contextualisedBase)]] as [string, string][])),
        ['Type de public', c.publicType ? (PUBLIC_TYPE[c.publicType] ?? c.publicType) : undefined],
        ['Niveau de formation (CEC)', String(c.trainingLevel)],
        ['Financeur principal', FUNDER[c.mainFunder] ?? c.mainFunder],
        [
          'Origine de la démarche',
          c.approachOrigin ? (ORIGIN[c.approachOrigin] ?? c.approachOrigin) : undefined,
        ],
      ]),
    },
    {
      title: 'Objectifs',
      lines: present([
        ['Objectifs professionnels', c.professionalGoals],
        ['Objectifs extra-professionnels', c.personalGoals],
      ]),
    },
    {
      title: 'Parcours',
      lines: [
        ...(c.evaluations ?? []).map((e): [string, string] => [
          e.kind === 'preliminary' ? 'Évaluation préalable' : 'Évaluation finale',
          `${frenchDate(e.evaluatedOn)}, ${e.status === 'draft' ? 'en cours de création' : e.validated ? 'validée' : 'non validée'} (${e.evaluatorName})`,
        ]),
        ...(c.trainings ?? []).map((t): [string, string] => [
          'Formation',
          `${t.title}, du ${frenchDate(t.startsOn)} au ${frenchDate(t.endsOn)}, ${t.durationHours} h, domaines ${t.domainIds.join(', ')}${t.attendanceCertificateDocumentId ? ', attestation d’assiduité' : ''}`,
        ]),
      ],
    },
  ];
}

/** The candidate sheet ("fiche candidat") as a PDF streamed page by page; standard fonts cover French. */
export async function writeCandidateSheetPdf(out: Writable, c: CandidateView): Promise<void> {
  const title = `Fiche candidat ${c.reference}`;
  const pdf = new PDFDocument({ size: 'A4', margin: MARGIN, info: { Title: title } });
  pdf.pipe(out);
  const width = pdf.page.width - 2 * MARGIN;
  pdf.font('Helvetica-Bold').fontSize(16).text(title, { width });
  for (const section of candidateSheetLines(c)) {
    if (!section.lines.length) continue;
    pdf.moveDown(0.8);
    pdf.font('Helvetica-Bold').fontSize(12).text(section.title, { width });
    pdf.moveDown(0.2);
    for (const [label, value] of section.lines) {
      pdf.font('Helvetica-Bold').fontSize(10).text(`${label} : `, { width, continued: true });
      pdf.font('Helvetica').text(value);
    }
  }
  pdf.end();
  await finished(out);
}
