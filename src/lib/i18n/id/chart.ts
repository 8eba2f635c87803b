// Chart frame, data table and chart marks (lib/charts).

/** Indonesian strings of charts. */
export const messages = {
	// chart: chart frame, data table and chart marks
	'chart.toolbar': 'Alat grafik',
	'chart.table.empty': 'Tidak ada data.',
	'chart.loading': 'Memuat…',
	'chart.table.sortHint': 'Pilih judul kolom untuk mengurutkan.',
	'chart.trend.yMillions': 'Peserta aktif (juta)',
	'chart.trend.yThousands': 'Peserta aktif (ribu)',
	'chart.trend.label': 'Tren peserta aktif per segmen. Panah kiri dan kanan memilih bulan.',
	'chart.ranking.target': 'Target {value}',
	'chart.ranking.over100': 'di atas 100%',
	'chart.ranking.label': 'Peringkat wilayah. Panah atas dan bawah memilih wilayah.',
	'chart.ranking.announce': '{rank}. {name}: {value}'
} satisfies Record<string, string>;
