#!/usr/bin/env node
// Generates the offline company registry (src/companies/data/companies.json) used when
// COMPANY_REGISTRY=offline: fictional companies with plausible names, real French cities and their
// postal codes, real NAF codes, and SIREN/SIRET numbers that pass the same checks as production
// (Luhn, and La Poste's digit-sum rule). Deterministic: a seeded PRNG, so re-running it yields the
// same file and a diff only shows intended changes.
//   node services/identity/scripts/generate-companies.mjs
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const OUT = join(dirname(fileURLToPath(import.meta.url)), '../src/companies/data/companies.json');
const SEED = 20260401;
const COMPANY_COUNT = 320;

/** mulberry32: small, fast, good enough for test data, and identical on every machine. */
function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const random = prng(SEED);
const int = (min, max) => min + Math.floor(random() * (max - min + 1));
const pick = (list) => list[Math.floor(random() * list.length)];
const digits = (n) => Array.from({ length: n }, () => int(0, 9)).join('');

/** The Luhn check digit that makes `body + digit` valid. */
function luhnDigit(body) {
  for (let d = 0; d <= 9; d += 1) if (luhnValid(`${body}${d}`)) return String(d);
  throw new Error(`no Luhn digit for ${body}`);
}
function luhnValid(value) {
  let sum = 0;
  for (let i = 0; i < value.length; i += 1) {
    let d = Number(value[value.length - 1 - i]);
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

const LA_POSTE_SIREN = '356000000';
/** La Poste numbers its establishments so that the SIRET's digit sum is a multiple of 5. */
function laPosteSiret() {
  const body = `${LA_POSTE_SIREN}${digits(4)}`;
  const sum = [...body].reduce((acc, c) => acc + Number(c), 0);
  return `${body}${(5 - (sum % 5)) % 5}`;
}

const usedSirens = new Set([LA_POSTE_SIREN]);
function newSiren() {
  for (;;) {
    // A leading 3–9 like most SIRENs in use; never 356000000 (La Poste's own rule applies there).
    const body = `${int(3, 9)}${digits(7)}`;
    const siren = `${body}${luhnDigit(body)}`;
    if (!usedSirens.has(siren)) {
      usedSirens.add(siren);
      return siren;
    }
  }
}
function newSiret(siren, usedNics) {
  for (;;) {
    const body = `${siren}${String(int(1, 999)).padStart(4, '0')}`;
    const siret = `${body}${luhnDigit(body)}`;
    if (!usedNics.has(siret)) {
      usedNics.add(siret);
      return siret;
    }
  }
}

/** A comma-separated list written as text, so the data stays compact under the formatter. */
const table = (text) =>
  text
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);

// Real communes with one of their real postal codes.
const CITIES = table(`
  Paris 75002, Paris 75008, Paris 75009, Paris 75011, Paris 75012, Paris 75015, Paris 75017,
  Marseille 13001, Marseille 13002, Marseille 13008, Lyon 69002, Lyon 69003, Lyon 69007,
  Toulouse 31000, Nice 06000, Nantes 44000, Montpellier 34000, Strasbourg 67000, Bordeaux 33000,
  Lille 59000, Rennes 35000, Reims 51100, Saint-Étienne 42000, Le Havre 76600, Toulon 83000,
  Grenoble 38000, Dijon 21000, Angers 49000, Nîmes 30000, Villeurbanne 69100, Clermont-Ferrand 63000,
  Le Mans 72000, Aix-en-Provence 13100, Brest 29200, Tours 37000, Amiens 80000, Limoges 87000,
  Annecy 74000, Perpignan 66000, Boulogne-Billancourt 92100, Metz 57000, Besançon 25000,
  Orléans 45000, Rouen 76000, Mulhouse 68100, Caen 14000, Nancy 54000, Argenteuil 95100,
  Saint-Denis 93200, Montreuil 93100, Roubaix 59100, Tourcoing 59200, Avignon 84000, Nanterre 92000,
  Poitiers 86000, Créteil 94000, Versailles 78000, Pau 64000, La Rochelle 17000, Colmar 68000,
  Valence 26000, Quimper 29000, Troyes 10000, Chambéry 73000, Lorient 56100, Vannes 56000,
  Niort 79000, Bayonne 64100, Saint-Malo 35400, Cholet 49300, Laval 53000, Angoulême 16000,
  Ajaccio 20000, Bastia 20200, Calais 62100, Dunkerque 59140, Béziers 34500, Arras 62000,
  Chartres 28000, Beauvais 60000, Évreux 27000, Blois 41000, Bourges 18000, Auxerre 89000,
  Nevers 58000, Mâcon 71000, Saint-Nazaire 44600, Saint-Brieuc 22000, Montauban 82000, Albi 81000,
  Rodez 12000, Agen 47000, Périgueux 24000, Brive-la-Gaillarde 19100, Tarbes 65000,
  Carcassonne 11000, Narbonne 11100, Gap 05000, Épinal 88000, Belfort 90000,
  Charleville-Mézières 08000, Saint-Quentin 02100, Compiègne 60200, Vichy 03200, Aurillac 15000,
  Valenciennes 59300, Douai 59500, Cergy 95000, Massy 91300, Rungis 94150, Ivry-sur-Seine 94200,
  Issy-les-Moulineaux 92130, Levallois-Perret 92300, Courbevoie 92400, Rueil-Malmaison 92500,
  Saint-Priest 69800, Vénissieux 69200, Mérignac 33700, Pessac 33600, Blagnac 31700, Labège 31670,
  Valbonne 06560, Cannes 06400, Antibes 06600, Hyères 83400, La Roche-sur-Yon 85000,
  Les Sables-d’Olonne 85100
`).map((entry) => {
  const [, city, postalCode] = /^(.*) (\d{5})$/.exec(entry);
  return [city, postalCode];
});

const STREETS = table(`
  rue de la République, avenue Jean Jaurès, boulevard Gambetta, rue Victor Hugo, place de la Mairie,
  rue du Général de Gaulle, avenue Foch, rue Pasteur, rue des Lilas, chemin des Vignes,
  route de Lyon, rue de la Gare, allée des Tilleuls, impasse des Artisans, rue Nationale,
  avenue de la Libération, rue du Commerce, boulevard Voltaire, rue Émile Zola, avenue des Champs,
  rue des Écoles, rue Jules Ferry, rue de Verdun, rue du Moulin, avenue du Maréchal Leclerc,
  rue Saint-Jacques, quai des Chartrons, rue de l’Industrie, avenue de l’Europe,
  rue des Frères Lumière, rue Gustave Eiffel, boulevard de Strasbourg, rue Jean Moulin,
  rue de la Paix, chemin du Stade
`);
const BUSINESS_PARKS = table(`
  ZI des Bruyères, ZA du Moulin, Parc d’activités des Portes, ZAC de la Plaine, Technopole,
  Parc technologique, ZI Nord, ZA de la Croix Blanche
`);

const SURNAMES = table(`
  Martin, Bernard, Dubois, Thomas, Robert, Richard, Petit, Durand, Leroy, Moreau, Simon, Laurent,
  Lefebvre, Michel, Garcia, David, Bertrand, Roux, Vincent, Fournier, Morel, Girard, André, Lefèvre,
  Mercier, Dupont, Lambert, Bonnet, François, Martinez, Legrand, Garnier, Faure, Rousseau, Blanc,
  Guerin, Muller, Henry, Roussel, Nicolas, Perrin, Morin, Mathieu, Clement, Gauthier, Dumont, Lopez,
  Fontaine, Chevalier, Robin, Masson, Sanchez, Gérard, Nguyen, Boyer, Denis, Lemaire, Duval, Joly,
  Gautier, Roger, Roche, Roy, Noel, Meyer, Lucas, Meunier, Jean, Perez, Marchand
`);
const REGIONS = table(`
  Bretagne, Normandie, Occitanie, Provence, Alsace, Lorraine, Savoie, Jura, Vendée, Touraine,
  Auvergne, Bourgogne, Picardie, Gascogne, Anjou, Berry, Limousin, Artois, Val de Loire, Atlantique,
  Méditerranée, Rhône-Alpes, Champagne, Périgord
`);
const WORDS = table(`
  Horizon, Azur, Alpha, Atlas, Boréal, Cèdre, Delta, Éole, Genèse, Iris, Kappa, Lumen, Nova, Orion,
  Pégase, Quartz, Sirius, Véga, Zénith, Opale, Odyssée, Hélios
`);
const FORMS = ['SAS', 'SARL', 'SA', 'SASU', 'EURL', 'SCOP'];

// Real NAF rev. 2 codes with name patterns that fit the activity.
const ACTIVITIES = `
  62.01Z: {word} Informatique | {surname} Développement | {word} Solutions Numériques
  70.22Z: Cabinet {surname} | {word} Conseil | {surname} & Associés Conseil
  25.62B: Mécanique de Précision {region} | Usinage {surname} | Ateliers {surname}
  10.71C: Boulangerie {surname} | Au Pain de {city} | Fournil {surname}
  41.20A: Maisons {region} | Construction {surname} | {surname} Bâtiment
  43.21A: Électricité {surname} | {word} Élec | Installations Électriques {region}
  49.41A: Transports {surname} | {surname} Logistique | Fret {region}
  52.10B: Entrepôts {region} | {word} Stockage | Plateforme Logistique {city}
  56.10A: Restaurant Chez {surname} | La Table de {city} | Brasserie {word}
  55.10Z: Hôtel {word} | Grand Hôtel de {city} | Hôtel {surname}
  87.10A: Résidence {word} | EHPAD Les Jardins de {city} | Maison de Retraite {surname}
  85.59A: {word} Formation | Institut {surname} | Centre de Formation {region}
  81.21Z: Propreté {region} | {word} Nettoyage | Services {surname} Propreté
  80.10Z: {word} Sécurité | Gardiennage {region} | Protection {surname}
  46.90Z: Distribution {region} | {surname} Négoce | Comptoir {word}
  33.12Z: Maintenance Industrielle {region} | {surname} Services Industriels
  22.22Z: Plastiques {region} | Emballages {surname} | {word} Packaging
  16.23Z: Charpentes {surname} | Bois et Structures {region}
  01.21Z: Domaine {surname} | Vignobles {surname} | Château {word}
  66.22Z: Assurances {surname} | {word} Courtage
  68.31Z: Immobilier {surname} | Agence {word} | {city} Immobilier
  71.12B: {word} Ingénierie | Bureau d’Études {surname} | Ingénierie {region}
  73.11Z: Agence {word} | {surname} Communication
  82.20Z: {word} Relation Client | Centre d’Appels {region} | {surname} Contact
  45.20A: Garage {surname} | Auto Services {city} | {word} Automobiles
  38.11Z: Collecte {region} Environnement | {word} Recyclage
  96.02A: Salon {surname} | Coiffure {word}
  47.11D: Supermarché {surname} | Marché de {city}
  86.90D: Cabinet Infirmier {surname} | Soins {word}
  88.10A: Aide à Domicile {region} | {word} Services à la Personne
`
  .trim()
  .split('\n')
  .map((line) => {
    const [code, patterns] = line.trim().split(': ');
    return [code, patterns.split(' | ')];
  });

function address(city, postalCode) {
  const inPark = random() < 0.15;
  return {
    line1: `${int(1, 180)}${random() < 0.08 ? ' bis' : ''} ${pick(STREETS)}`,
    ...(inPark ? { line2: pick(BUSINESS_PARKS) } : {}),
    postalCode,
    city,
    country: 'FR',
  };
}

function companyName(patterns, city) {
  const name = pick(patterns)
    .replace('{surname}', pick(SURNAMES))
    .replace('{region}', pick(REGIONS))
    .replace('{word}', pick(WORDS))
    .replace('{city}', city);
  return `${name} ${pick(FORMS)}`;
}

const names = new Set();
function company() {
  const [nafCode, patterns] = pick(ACTIVITIES);
  const [city, postalCode] = pick(CITIES);
  let name = companyName(patterns, city);
  while (names.has(name)) name = companyName(patterns, city);
  names.add(name);
  const siren = newSiren();
  const used = new Set();
  // About one company in five has several establishments
  // (docs/domain/roles-and-tenancy.md#multi-site-organisations).
  const extra = random() < 0.2 ? int(1, 4) : 0;
  const establishments = [
    { siret: newSiret(siren, used), headquarters: true, address: address(city, postalCode) },
  ];
  for (let i = 0; i < extra; i += 1) {
    const [c, pc] = pick(CITIES);
    establishments.push({ siret: newSiret(siren, used), headquarters: false, address: address(c, pc) });
  }
  return { siren, name, nafCode, establishments };
}

/** The demo organisation `org-demo` of the realm's demo users; its numbers are fixed for the seed. */
const DEMO = {
  siren: '901234567',
  name: 'Ateliers Démo CertHub SAS',
  nafCode: '25.62B',
  establishments: [
    {
      siret: '90123456700013',
      headquarters: true,
      address: { line1: '12 rue des Frères Lumière', postalCode: '69008', city: 'Lyon', country: 'FR' },
    },
    {
      siret: '90123456700021',
      headquarters: false,
      address: {
        line1: '4 impasse des Artisans',
        line2: 'ZI des Bruyères',
        postalCode: '38000',
        city: 'Grenoble',
        country: 'FR',
      },
    },
  ],
};

const LA_POSTE = {
  siren: LA_POSTE_SIREN,
  name: 'La Poste SA',
  nafCode: '53.10Z',
  establishments: [
    {
      siret: laPosteSiret(),
      headquarters: true,
      address: { line1: '9 rue du Colonel Pierre Avia', postalCode: '75015', city: 'Paris', country: 'FR' },
    },
    ...['Lyon', 'Bordeaux', 'Lille', 'Rennes', 'Toulouse'].map((city) => {
      const [, postalCode] = CITIES.find(([c]) => c === city);
      return { siret: laPosteSiret(), headquarters: false, address: address(city, postalCode) };
    }),
  ],
};

for (const fixed of [DEMO]) {
  if (!luhnValid(fixed.siren) || fixed.establishments.some((e) => !luhnValid(e.siret)))
    throw new Error(`${fixed.name}: fixed numbers are not Luhn-valid`);
  usedSirens.add(fixed.siren);
}

const companies = [DEMO, LA_POSTE];
while (companies.length < COMPANY_COUNT) companies.push(company());

const dataset = {
  description:
    'Offline company registry for COMPANY_REGISTRY=offline. Fictional companies, real French cities ' +
    'and NAF codes; every SIREN/SIRET passes the production checks. Generated by ' +
    'services/identity/scripts/generate-companies.mjs — edit the script, not this file.',
  companies,
};
writeFileSync(OUT, `${JSON.stringify(dataset, null, 2)}\n`);
const sites = companies.reduce((n, c) => n + c.establishments.length, 0);
process.stdout.write(`wrote ${companies.length} companies, ${sites} establishments to ${OUT}\n`);
