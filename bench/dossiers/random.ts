import { luhnValid } from '@certhub/contracts';

/** A small seeded generator (mulberry32): the same --seed gives the same data set. */
export class Random {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0 || 0x9e3779b9;
  }

  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)] as T;
  }

  /** One of `entries` with probability proportional to its weight. */
  weighted<T>(entries: readonly (readonly [T, number])[]): T {
    const total = entries.reduce((sum, [, w]) => sum + w, 0);
    let roll = this.next() * total;
    for (const [value, weight] of entries) {
      roll -= weight;
      if (roll < 0) return value;
    }
    return (entries[entries.length - 1] as readonly [T, number])[0];
  }

  hex(length: number): string {
    let out = '';
    while (out.length < length)
      out += Math.floor(this.next() * 0x100000000)
        .toString(16)
        .padStart(8, '0');
    return out.slice(0, length);
  }

  /** A v4-shaped id from the seeded stream (reproducible, unlike randomUUID). */
  uuid(): string {
    const h = this.hex(32);
    return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
  }

  digits(n: number): string {
    let out = '';
    for (let i = 0; i < n; i++) out += String(this.int(0, 9));
    return out;
  }

  /** A Luhn-valid SIREN (never La Poste's, which has its own rule). */
  siren(): string {
    for (;;) {
      const value = withCheckDigit(`${this.int(1, 9)}${this.digits(7)}`);
      if (!value.startsWith('356000000')) return value;
    }
  }

  /** A Luhn-valid SIRET of `siren` (or a new one). */
  siret(siren = this.siren()): string {
    return withCheckDigit(`${siren}${this.digits(4)}`);
  }

  words(count: number): string {
    const out: string[] = [];
    for (let i = 0; i < count; i++) out.push(this.pick(WORDS));
    const text = out.join(' ');
    return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
  }

  /** Prose of about `chars` characters, in sentences. */
  prose(chars: number): string {
    const parts: string[] = [];
    let length = 0;
    while (length < chars) {
      const sentence = this.words(this.int(6, 16));
      parts.push(sentence);
      length += sentence.length + 1;
    }
    return parts.join(' ').slice(0, Math.max(chars, 1));
  }
}

function withCheckDigit(digits: string): string {
  for (let c = 0; c <= 9; c++) if (luhnValid(`${digits}${c}`)) return `${digits}${c}`;
  throw new Error('unreachable: one Luhn check digit always exists');
}

const WORDS = [
  'formation',
  'stagiaire',
  'procédure',
  'référentiel',
  'qualité',
  'audit',
  'accueil',
  'handicap',
  'satisfaction',
  'réclamation',
  'client',
  'indicateur',
  'suivi',
  'évaluation',
  'formateur',
  'programme',
  'objectif',
  'compétence',
  'document',
  'dossier',
  'site',
  'service',
  'amélioration',
  'continue',
  'annuelle',
  'mensuelle',
  'responsable',
  'direction',
  'équipe',
  'pédagogique',
  'entretien',
  'contrat',
  'sous-traitant',
  'registre',
  'traçabilité',
  'délai',
  'réponse',
  'mesure',
  'corrective',
  'preuve',
  'revue',
  'de',
  'la',
  'le',
  'des',
  'et',
  'pour',
  'avec',
  'chaque',
  'les',
];
