import { geoEqualEarth, geoPath } from 'd3-geo';
import type { Feature, Geometry } from 'geojson';
import { feature, merge } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import world from 'world-atlas/countries-110m.json';

/** One country outline, ready to draw: its M49 code (as world-atlas spells it) and SVG path. */
export type MapShape = {
  id: string;
  name: string;
  path: string;
  centroid: [number, number];
  /** Width and height of the outline's bounding box, in pixels. */
  size: [number, number];
};

export type MapLayout = { width: number; height: number; shapes: MapShape[] };

type CountryProperties = { name: string };
const topology = world as unknown as Topology<{ countries: GeometryCollection<CountryProperties> }>;

/**
 * Outlines world-atlas draws apart that are no separate area in the UN's M49 list: their land
 * is drawn and named as the Member State M49 counts it under (world-atlas's name -> M49 code).
 */
export const partOfMemberState: Readonly<Record<string, string>> = {
  'N. Cyprus': '196', // Cyprus
  Somaliland: '706', // Somalia
};

// Antarctica takes a fifth of the map and has no data here. The outlines of partOfMemberState
// are merged into their Member State's, so a country is one outline, filled and named whole.
// Kosovo (no code in world-atlas) and M49 158 stay outlines of their own, drawn as land
// without data and named as UN texts name them (names.ts).
const geometries = topology.objects.countries.geometries;
const atlasName = (shape: (typeof geometries)[number]) =>
  (shape.properties as CountryProperties | undefined)?.name ?? '';
const countries: Feature<Geometry, CountryProperties>[] = geometries
  .filter((shape) => shape.id !== '010' && !(atlasName(shape) in partOfMemberState))
  .map((shape) => {
    const parts = geometries.filter(
      (part) =>
        atlasName(part) in partOfMemberState && partOfMemberState[atlasName(part)] === shape.id,
    );
    if (parts.length === 0) return feature(topology, shape) as Feature<Geometry, CountryProperties>;
    return {
      type: 'Feature',
      id: shape.id,
      properties: shape.properties as CountryProperties,
      geometry: merge(topology, [shape, ...parts] as Parameters<typeof merge>[1]),
    };
  });

/** The outlines the map draws, in longitude and latitude (for tests and lookups). */
export const mapFeatures: readonly Feature<Geometry, CountryProperties>[] = countries;

const layouts = new Map<number, MapLayout>();

/**
 * The world's countries (world-atlas 1:110m) in the Equal Earth projection, fitted to
 * `width`. Equal-area, so a country's shading is not inflated by its latitude.
 * Pure and cached per width.
 */
export function worldMapLayout(width: number): MapLayout {
  const cached = layouts.get(width);
  if (cached) return cached;
  const collection = { type: 'FeatureCollection', features: countries } as const;
  const projection = geoEqualEarth().fitWidth(width, collection);
  const path = geoPath(projection).digits(1);
  const [[, top], [, bottom]] = path.bounds(collection);
  const height = Math.ceil(bottom - top);
  projection.translate([projection.translate()[0], projection.translate()[1] - top]);
  const shapes = countries.map((country: Feature<Geometry, CountryProperties>) => {
    const [[x0, y0], [x1, y1]] = path.bounds(country);
    return {
      id: String(country.id ?? ''),
      name: country.properties.name,
      path: path(country) ?? '',
      centroid: path.centroid(country) as [number, number],
      size: [x1 - x0, y1 - y0] as [number, number],
    };
  });
  const layout = { width, height, shapes };
  layouts.set(width, layout);
  return layout;
}

/** M49 codes that have an outline on the 1:110m map. */
export const shapeIds: ReadonlySet<string> = new Set(
  countries.map((country) => String(country.id ?? '')).filter(Boolean),
);
