// Side-by-side comparison of two to six regions or candidates (lib/components/Comparison.svelte),
// shared by the regional-office view and the panel view.

/** Indonesian strings of the comparison component. */
export const messages = {
	'compare.metric': 'Indikator',
	'compare.entity': 'Nama',
	'compare.key': 'Kode',
	'compare.best': 'terbaik',
	'compare.legend': 'nilai terbaik di barisnya',
	'compare.difference': 'Selisih ({second} − {first})',
	'compare.remove': 'Hapus {name} dari perbandingan',
	'compare.tooMany': 'Perbandingan memuat paling banyak {max} pilihan; sekarang ada {count}. Hapus sebagian.',
	'compare.tooFew': 'Pilih paling sedikit {min} untuk dibandingkan.'
} satisfies Record<string, string>;
