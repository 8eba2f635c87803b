/**
 * The real reference data the sample is built over (data/reference, Kepmendagri
 * 300.2.2-2430/2025 via Cahya DSN, MIT License): regions, population and regency centroids.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseCsv } from './csv';

export interface Province {
	code: string;
	name: string;
	population: number;
}

export interface Regency {
	code: string;
	provinceCode: string;
	name: string;
	shortName: string;
	kota: boolean;
	population: number;
	areaKm2: number;
	lat: number;
	lng: number;
}

export interface District {
	code: string;
	name: string;
}

export interface Village {
	code: string;
	name: string;
	kelurahan: boolean;
}

/** Everything read from data/reference, in code order. */
export interface Reference {
	provinces: Province[];
	regencies: Regency[];
	districts: District[];
	villages: Village[];
	/** Villages of each regency, in code order: a slice of `villages` [from, to). */
	villageRange: Map<string, [number, number]>;
}

function read(dir: string, file: string): Record<string, string>[] {
	return parseCsv(readFileSync(join(dir, file), 'utf8'));
}

/** Read the reference folder (default `data/reference`). */
export function loadReference(dir = 'data/reference'): Reference {
	const population = new Map(read(dir, 'population_area.csv').map((r) => [r.code!, r]));
	const topo = JSON.parse(readFileSync(join(dir, 'regencies_provinces.topojson'), 'utf8')) as {
		objects: { regencies: { geometries: { properties: { code: string; lat: number; lng: number } }[] } };
	};
	const centroid = new Map(topo.objects.regencies.geometries.map((g) => [g.properties.code, g.properties]));
	const num = (code: string, field: string) => {
		const v = Number(population.get(code)?.[field]);
		if (!Number.isFinite(v)) throw new Error(`population_area.csv has no ${field} for ${code}`);
		return v;
	};
	const provinces = read(dir, 'provinces.csv').map((r) => ({
		code: r.code!,
		name: r.name!,
		population: num(r.code!, 'population_total')
	}));
	const regencies = read(dir, 'regencies.csv').map((r) => {
		const c = centroid.get(r.code!);
		if (!c) throw new Error(`no centroid for regency ${r.code}`);
		return {
			code: r.code!,
			provinceCode: r.province_code!,
			name: r.name!,
			shortName: r.short_name!,
			kota: r.type === 'kota',
			population: num(r.code!, 'population_total'),
			areaKm2: num(r.code!, 'area_km2'),
			lat: c.lat,
			lng: c.lng
		};
	});
	const districts = read(dir, 'districts.csv').map((r) => ({ code: r.code!, name: r.name! }));
	const villages = read(dir, 'villages.csv').map((r) => ({
		code: r.code!,
		name: r.name!,
		kelurahan: r.code![6] === '1'
	}));
	const villageRange = new Map<string, [number, number]>();
	villages.forEach((v, i) => {
		const reg = v.code.slice(0, 4);
		const range = villageRange.get(reg);
		if (range) range[1] = i + 1;
		else villageRange.set(reg, [i, i + 1]);
	});
	return { provinces, regencies, districts, villages, villageRange };
}
