import { CandidateSchema, type CandidateView } from '../../services/candidacy/src/candidacy/candidate.schema';
import { identityKey, normaliseName } from '../../services/candidacy/src/candidacy/identity-key';
import type { CandidacyStatus } from '@certhub/contracts';
import type mongoose from 'mongoose';
import { Random } from '../dossiers/random';

/** The demo establishment of the realm's establishment.a@ user (services/identity/src/demo/demo-data.ts). */
export const DEMO_PLACE = {
  establishmentId: 'est-demo-a',
  establishmentName: 'Formation Démo Lyon',
  trainingOrganisationId: 'of-demo',
  networkId: 'net-demo',
  certifierId: 'cb-demo',
};
/** The share of all candidates registered in the demo establishment: a large one. */
const DEMO_SHARE = 0.005;

/** Where the candidacies stand, roughly as on a platform a few years old. */
const STATUSES: readonly (readonly [CandidacyStatus, number])[] = [
  ['awaiting_preliminary_evaluation', 22],
  ['awaiting_final_evaluation', 20],
  ['to_send', 5],
  ['awaiting_certification', 3],
  ['awaiting_jury', 4],
  ['complement_requested', 1],
  ['completed', 2],
  ['certified', 33],
  ['not_certified', 3],
  ['abandoned', 7],
];

const SYLLABLES = [
  'ber',
  'mar',
  'tin',
  'du',
  'rand',
  'lef',
  'vre',
  'mo',
  'reau',
  'gi',
  'rard',
  'bo',
  'nnet',
  'ro',
  'ux',
  'fa',
  'bre',
  'ch',
  'eval',
  'lier',
  'ma',
  'thieu',
  'no',
  'el',
  'gar',
  'nier',
  'fon',
  'taine',
  'che',
  'vrier',
  'bla',
  'nc',
  'gue',
  'rin',
  'ha',
  'mon',
  'car',
  'pen',
  'tier',
  'ol',
  'ivier',
  'le',
  'roy',
  'bri',
  'and',
  'va',
  'sseur',
];
const FIRST_NAMES = [
  'Camille',
  'Léa',
  'Manon',
  'Chloé',
  'Emma',
  'Inès',
  'Sarah',
  'Jade',
  'Louise',
  'Zoé',
  'Lucas',
  'Hugo',
  'Louis',
  'Nathan',
  'Gabriel',
  'Arthur',
  'Jules',
  'Adam',
  'Raphaël',
  'Léo',
  'Mohamed',
  'Yasmine',
  'Nicolas',
  'Julien',
  'Sophie',
  'Nathalie',
  'Isabelle',
  'Sylvie',
  'Christophe',
  'Stéphane',
  'Thomas',
  'Céline',
  'Aurélie',
  'Karim',
  'Fatima',
  'Mamadou',
  'Aïcha',
  'Kevin',
  'Jessica',
  'Anthony',
  'Marine',
  'Pauline',
  'Romain',
  'Maxime',
];
const CITIES: readonly (readonly [string, string])[] = [
  ['75011', 'Paris'],
  ['69003', 'Lyon'],
  ['13001', 'Marseille'],
  ['31000', 'Toulouse'],
  ['06000', 'Nice'],
  ['44000', 'Nantes'],
  ['67000', 'Strasbourg'],
  ['34000', 'Montpellier'],
  ['33000', 'Bordeaux'],
  ['59000', 'Lille'],
  ['35000', 'Rennes'],
  ['51100', 'Reims'],
  ['42000', 'Saint-Étienne'],
  ['83000', 'Toulon'],
  ['38000', 'Grenoble'],
  ['21000', 'Dijon'],
  ['49000', 'Angers'],
  ['30000', 'Nîmes'],
  ['97400', 'Saint-Denis'],
  ['97200', 'Fort-de-France'],
];
const ABROAD: readonly (readonly [string, string])[] = [
  ['MA', 'Casablanca'],
  ['DZ', 'Alger'],
  ['TN', 'Tunis'],
  ['PT', 'Porto'],
  ['SN', 'Dakar'],
  ['TR', 'Istanbul'],
];

/** Surnames made of two or three syllables, drawn on a Zipf law: a few very common, a long tail. */
class Surnames {
  private readonly names: string[] = [];
  private readonly cumulative: number[] = [];

  constructor(random: Random, count: number) {
    const seen = new Set<string>();
    while (this.names.length < count) {
      const parts = random.int(2, 3);
      let name = '';
      for (let i = 0; i < parts; i++) name += random.pick(SYLLABLES);
      name = name[0]?.toUpperCase() + name.slice(1);
      if (seen.has(name)) continue;
      seen.add(name);
      this.names.push(name);
    }
    let sum = 0;
    for (let rank = 1; rank <= count; rank++) this.cumulative.push((sum += 1 / rank));
  }

  draw(random: Random): string {
    const total = this.cumulative[this.cumulative.length - 1] as number;
    const roll = random.next() * total;
    let lo = 0;
    let hi = this.cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((this.cumulative[mid] as number) < roll) lo = mid + 1;
      else hi = mid;
    }
    return this.names[lo] as string;
  }
}

export interface Place {
  establishmentId: string;
  establishmentName: string;
  trainingOrganisationId: string;
  networkId: string;
  certifierId: string;
}

/** 5 certifiers (cb-demo first), 5 networks each, 80 organisations each network... down to `count` establishments. */
export function establishments(certifiers: number, count: number): Place[] {
  const places: Place[] = [DEMO_PLACE];
  for (let i = 1; places.length < count; i++) {
    const certifier = i % certifiers;
    const network = i % (certifiers * 5);
    places.push({
      establishmentId: `est-bench-${i}`,
      establishmentName: `Établissement ${i}`,
      trainingOrganisationId: `of-bench-${i % (certifiers * 80)}`,
      networkId: `net-bench-${network}`,
      certifierId: certifier === 0 ? 'cb-demo' : `cb-bench-${certifier + 1}`,
    });
  }
  return places;
}

/** The n-th generated candidate's id: the bench samples people by it. */
export const candidateId = (n: number): string => `cand_bench_${n.toString(36)}`;

const day = (from: Date, random: Random, span: number) =>
  new Date(from.getTime() - random.int(0, span) * 86_400_000);

/** One candidate document, as the service writes it (the write path's own fields included). */
function candidate(random: Random, surnames: Surnames, place: Place, n: number, now: Date): CandidateView {
  const abroad = random.chance(0.06);
  const [postalCode, city] = random.pick(CITIES);
  const [country, abroadCity] = random.pick(ABROAD);
  const born = new Date(Date.UTC(random.int(1958, 2008), random.int(0, 11), random.int(1, 28)));
  const fields = {
    civility: random.chance(0.5) ? ('mrs' as const) : ('mr' as const),
    birthName: surnames.draw(random),
    firstName: random.pick(FIRST_NAMES),
    birthDate: born.toISOString().slice(0, 10),
    bornAbroad: abroad,
    bornInOverseasCollectivity: false,
    ...(abroad
      ? { birthCountry: country, birthCity: abroadCity }
      : { birthPostalCode: postalCode, birthCity: city }),
    registrationStatus: random.pick([
      'job_seeker',
      'temporary_worker',
      'young_in_integration',
      'other',
    ] as const),
    trainingLevel: random.int(1, 4),
    mainFunder: random.pick(['france_travail', 'region', 'opco', 'personal_training_account'] as const),
  };
  const status = random.weighted(STATUSES);
  const createdAt = day(now, random, 5 * 365);
  const updatedAt = new Date(Math.min(now.getTime(), createdAt.getTime() + random.int(0, 400) * 86_400_000));
  return {
    ...fields,
    ...place,
    _id: candidateId(n),
    tenantId: [place.establishmentId, place.trainingOrganisationId, place.networkId, place.certifierId],
    reference: `CL${createdAt.getUTCFullYear()}-B${n.toString(16).toUpperCase().padStart(7, '0')}`,
    identityKey: identityKey(fields),
    nameKey: normaliseName(fields.birthName),
    status,
    active: true,
    deleted: false,
    ...(status === 'abandoned'
      ? {
          abandon: {
            reason: 'no news for months',
            previousStatus: 'awaiting_final_evaluation' as const,
            at: updatedAt,
          },
        }
      : {}),
    recorded: status === 'awaiting_preliminary_evaluation' ? 0 : random.int(1, 4),
    version: random.int(1, 6),
    createdAt,
    updatedAt,
    trail: [
      {
        at: createdAt,
        by: 'bench',
        action: 'create',
        to: 'awaiting_preliminary_evaluation',
        what: `candidate registered in ${place.establishmentName}`,
      },
    ],
    outbox: [],
  } as CandidateView;
}

export interface Generated {
  docs: number;
  seconds: number;
  duplicatesRedrawn: number;
}

/**
 * Writes `count` candidates over the establishments, the service's indexes first (the unique
 * identity key among them), one insertMany of `batch` in flight while the next is built.
 */
export async function generate(
  connection: mongoose.Connection,
  options: { candidates: number; certifiers: number; establishments: number; seed: number },
): Promise<Generated> {
  const random = new Random(options.seed);
  const surnames = new Surnames(random, 20_000);
  const places = establishments(options.certifiers, options.establishments);
  const model = connection.model<CandidateView>(
    'BenchCandidate',
    CandidateSchema.clone().set('collection', 'candidates'),
  );
  await model.createCollection().catch(() => undefined);
  await model.createIndexes();
  const collection = connection.collection('candidates');
  const keys = new Set<string>();
  const now = new Date();
  const batchSize = 2_000;
  let duplicatesRedrawn = 0;
  let inFlight: Promise<unknown> = Promise.resolve();
  const started = Date.now();
  for (let n = 0; n < options.candidates;) {
    const batch: CandidateView[] = [];
    while (batch.length < batchSize && n < options.candidates) {
      const place = random.chance(DEMO_SHARE) ? DEMO_PLACE : (random.pick(places) as Place);
      const doc = candidate(random, surnames, place, n, now);
      // One person once, as the unique index wants: the same draw again is another person.
      if (keys.has(doc.identityKey)) {
        duplicatesRedrawn += 1;
        continue;
      }
      keys.add(doc.identityKey);
      batch.push(doc);
      n += 1;
    }
    if (n === batch.length) {
      // The first document through the service's own schema: the bench writes what the service would.
      const invalid = new model(batch[0]).validateSync();
      if (invalid) throw invalid;
    }
    await inFlight;
    inFlight = collection.insertMany(batch as never[], { ordered: false });
    if (n % 100_000 < batchSize)
      process.stdout.write(`  ${n} candidates (${((Date.now() - started) / 1000).toFixed(0)} s)\n`);
  }
  await inFlight;
  return { docs: options.candidates, seconds: (Date.now() - started) / 1000, duplicatesRedrawn };
}
