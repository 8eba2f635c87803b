// Chart frame, data table and chart marks (lib/charts).

/** Indonesian strings of charts. */
export const messages = {
	// chart: chart frame, data table and chart marks
	'chart.toolbar': 'Alat grafik',
	'chart.table.empty': 'Tidak ada data.',
	'chart.noData': 'tidak ada data',
	'chart.loading': 'Memuat…',
	'chart.table.sortHint': 'Pilih judul kolom untuk mengurutkan.',
	'chart.table.selectHint': 'Tombol di kolom pertama memilih baris itu di semua grafik.',
	'chart.table.matches': '{shown} dari {total} baris',
	'chart.table.rowCount': '{total} baris',
	'chart.table.paging': 'Halaman tabel',
	'chart.table.pageSize': 'Baris per halaman',
	'chart.table.pageAll': 'Semua',
	'chart.table.previous': 'Sebelumnya',
	'chart.table.next': 'Berikutnya',
	'chart.table.page': 'Halaman {page} dari {pages}',
	'chart.table.exportAll': 'Unduhan berisi semua baris tabel, tanpa saringan pencarian.',
	'chart.trend.yMillions': 'Peserta aktif (juta)',
	'chart.trend.yThousands': 'Peserta aktif (ribu)',
	'chart.trend.label': 'Tren peserta aktif per segmen. Panah kiri dan kanan memilih bulan.',
	'chart.ranking.target': 'Target {value}',
	'chart.ranking.over100': 'di atas 100%',
	'chart.ranking.label': 'Peringkat wilayah. Panah atas dan bawah memilih wilayah.',
	'chart.ranking.announce': '{rank}. {name}: {value}'
} satisfies Record<string, string>;
