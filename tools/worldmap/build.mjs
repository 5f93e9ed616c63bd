// Writes the dashboard's world map: one GeoJSON feature per country of Natural Earth 1:110m
// (world-atlas), named by its ISO 3166 alpha-3 code (what events carry in location.country), with
// its English and French names. Run once, by hand, through build.sh; nothing here runs at build
// or run time. Usage: node build.mjs NODE_MODULES_DIR OUTPUT_FILE
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';

const [modules, out] = process.argv.slice(2);
if (!modules || !out) {
  console.error('usage: node build.mjs NODE_MODULES_DIR OUTPUT_FILE');
  process.exit(2);
}
const require = createRequire(path.join(path.resolve(modules), 'x.js'));
const topojson = require('topojson-client');
const countries = require('i18n-iso-countries');
countries.registerLocale(require('i18n-iso-countries/langs/en.json'));
countries.registerLocale(require('i18n-iso-countries/langs/fr.json'));
const world = require('world-atlas/countries-110m.json');
const version = (p) => JSON.parse(fs.readFileSync(path.join(modules, p, 'package.json'), 'utf8')).version;

// Shapes without an ISO numeric id in Natural Earth, and the codes Vigie's dictionaries give them
// (CAMEO uses KSV for Kosovo; the others have ISO codes of their own).
const BY_NAME = { Kosovo: 'KSV', 'N. Cyprus': 'CYP', Somaliland: 'SOM' };
const FRENCH_BY_CODE = { KSV: 'Kosovo' };

const round = (x) => Math.round(x * 100) / 100;
const roundCoords = (c) => (typeof c[0] === 'number' ? [round(c[0]), round(c[1])] : c.map(roundCoords));

const features = [];
const missing = [];
for (const f of topojson.feature(world, world.objects.countries).features) {
  const name = f.properties.name;
  const code = f.id !== undefined ? countries.numericToAlpha3(f.id) : BY_NAME[name];
  if (!code) {
    missing.push(`${name} (${f.id})`);
    continue;
  }
  features.push({
    type: 'Feature',
    id: code,
    properties: {
      name: code,
      en: countries.getName(code, 'en') || name,
      fr: countries.getName(code, 'fr') || FRENCH_BY_CODE[code] || name,
    },
    geometry: { type: f.geometry.type, coordinates: roundCoords(f.geometry.coordinates) },
  });
}
features.sort((a, b) => a.id.localeCompare(b.id));
const doc = {
  type: 'FeatureCollection',
  source: `world-atlas ${version('world-atlas')} countries-110m (Natural Earth, public domain),`
    + ` names from i18n-iso-countries ${version('i18n-iso-countries')}; made by tools/worldmap/build.sh`,
  features,
};
fs.writeFileSync(out, JSON.stringify(doc) + '\n');
console.error(`${features.length} countries written to ${out}`
  + (missing.length ? `; left out (no code): ${missing.join(', ')}` : ''));
