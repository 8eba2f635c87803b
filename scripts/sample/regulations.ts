/**
 * The `regional_regulations` table: a few hundred synthetic regulations on employment social
 * security, mostly after Inpres 2/2021, of the kinds a region of that level issues (pergub
 * only for provinces, perbup for kabupaten, perwal for kota). Numbers and dates are made up.
 */
import type { RegulationType } from '$lib/contract/domain';
import { REGENCY_POLICY_LEANS } from './anchors';
import { stream } from './prng';
import type { Regency } from './reference';

export interface RegulationRow {
	region_code: string;
	year: number;
	type: RegulationType;
	number: string;
	title: string;
	issued_on: string;
}

type Level = 'provinsi' | 'kabupaten' | 'kota';

const HEAD: Readonly<Record<Level, string>> = { provinsi: 'Gubernur', kabupaten: 'Bupati', kota: 'Wali Kota' };
const OWN: Readonly<Record<Level, RegulationType>> = { provinsi: 'pergub', kabupaten: 'perbup', kota: 'perwal' };

const SUBJECTS = [
	'Perlindungan Jaminan Sosial Ketenagakerjaan bagi Pekerja Rentan',
	'Optimalisasi Pelaksanaan Program Jaminan Sosial Ketenagakerjaan',
	'Kepesertaan Jaminan Sosial Ketenagakerjaan bagi Pegawai Non-ASN',
	'Kepesertaan Jaminan Sosial Ketenagakerjaan bagi Perangkat Desa dan Ketua RT/RW',
	'Pemberian Bantuan Iuran Jaminan Sosial Ketenagakerjaan bagi Pekerja Bukan Penerima Upah',
	'Kepatuhan Pemberi Kerja dalam Pendaftaran Pekerja pada Program Jaminan Sosial Ketenagakerjaan',
	'Perlindungan Jaminan Sosial Ketenagakerjaan bagi Petugas Penyelenggara Pemilihan'
];

function title(type: RegulationType, level: Level, subject: string, year: number): string {
	const head = HEAD[level];
	switch (type) {
		case 'perda':
			return `Peraturan Daerah tentang ${subject}`;
		case 'pergub':
		case 'perbup':
		case 'perwal':
			return `Peraturan ${head} tentang ${subject}`;
		case 'instruksi':
			return `Instruksi ${head} tentang Optimalisasi Pelaksanaan Program Jaminan Sosial Ketenagakerjaan`;
		case 'surat_edaran':
			return `Surat Edaran ${head} tentang ${subject}`;
		case 'keputusan':
			return `Keputusan ${head} tentang Penetapan Penerima Bantuan Iuran Jaminan Sosial Ketenagakerjaan Pekerja Rentan Tahun ${year}`;
	}
}

const YEAR_WEIGHTS: readonly [number, number][] = [
	[2019, 0.04], [2020, 0.05], [2021, 0.25], [2022, 0.24], [2023, 0.18], [2024, 0.14], [2025, 0.1]
];

/**
 * Regulations for every province and regency. `required` names regions that must have at
 * least one (the seeds' regency candidates, whose panels weigh policy); REGENCY_POLICY_LEANS
 * raises that minimum for some of them (seed 003's winners).
 */
export function buildRegulations(
	seed: number,
	provinceCodes: readonly string[],
	regencies: readonly Regency[],
	required: ReadonlySet<string>
): RegulationRow[] {
	const rows: RegulationRow[] = [];
	const regions: [string, Level][] = [
		...provinceCodes.map((c) => [c, 'provinsi'] as [string, Level]),
		...regencies.map((r) => [r.code, r.kota ? 'kota' : 'kabupaten'] as [string, Level])
	];
	for (const [code, level] of regions) {
		const rng = stream(seed, 'regulations', code);
		const draw = rng.weighted([0, 1, 2, 3], level === 'provinsi' ? [0.15, 0.4, 0.3, 0.15] : [0.5, 0.3, 0.14, 0.06]);
		// regulations the region must have issued by the end of 2024 (the award's assessment year)
		const by2024 = Math.max(required.has(code) ? 1 : 0, REGENCY_POLICY_LEANS[code]?.regulationsBy2024 ?? 0);
		const count = Math.max(by2024, draw);
		const types: RegulationType[] = ['perda', OWN[level], OWN[level], OWN[level], 'instruksi', 'surat_edaran', 'keputusan', 'keputusan'];
		const taken = new Set<string>();
		for (let k = 0; k < count; k++) {
			const drawn = rng.weighted(YEAR_WEIGHTS.map((w) => w[0]), YEAR_WEIGHTS.map((w) => w[1]));
			// a candidate's own regulation predates the 2024 assessment
			const first = k === 0 && required.has(code);
			const year = first ? Math.min(2023, Math.max(2021, drawn)) : k < by2024 ? Math.min(2024, drawn) : drawn;
			const type = first ? OWN[level] : rng.pick(types);
			let n = rng.int(1, 60);
			while (taken.has(`${type}/${n}/${year}`)) n++;
			taken.add(`${type}/${n}/${year}`);
			const number = type === 'surat_edaran' || type === 'keputusan' ? `560/${n}` : String(n);
			const month = rng.int(1, 12);
			const day = rng.int(1, 28);
			rows.push({
				region_code: code,
				year,
				type,
				number,
				title: title(type, level, rng.pick(SUBJECTS), year),
				issued_on: `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
			});
		}
	}
	return rows;
}
