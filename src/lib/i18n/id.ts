// Bahasa Indonesia: the source of truth for every UI string. Flat, dotted keys namespaced by
// area; to add a string, add its key here (in its namespace's block) and the same key to en.ts.
// Placeholders are {name}; t() fills them with already formatted text (see lib/format).

/** Indonesian UI strings by key. */
export const id = {
	// app: the shell
	'app.name': 'Cakupan',
	'app.tagline': 'Cakupan kepesertaan Jaminan Sosial Ketenagakerjaan',
	'app.skipToContent': 'Langsung ke konten utama',

	// nav: main navigation, one key per route
	'nav.label': 'Navigasi utama',
	'nav.nasional': 'Ikhtisar Nasional',
	'nav.metodologi': 'Metodologi',

	// locale: the language switch (language names are written in their own language)
	'locale.label': 'Bahasa',
	'locale.name.id': 'Bahasa Indonesia',
	'locale.name.en': 'English',

	// synthetic: marks on sample data
	'synthetic.banner': 'DATA SINTETIS: angka contoh, bukan data resmi BPJS Ketenagakerjaan',
	'synthetic.partly': 'sebagian sintetis',

	// load: loading, progress and the failures that stop it
	'load.downloading': 'Mengunduh data… {loaded} dari {total}',
	'load.engine': 'Menyiapkan mesin kueri…',
	'load.ready': 'Data siap',
	'load.failed': 'Data gagal dimuat.',
	'load.retry': 'Coba lagi',
	'load.offline': 'Tidak ada koneksi internet. Data yang sudah dimuat tetap dapat digunakan.',

	// error: failures after loading
	'error.generic': 'Terjadi kesalahan.',
	'error.query': 'Data untuk tampilan ini gagal diambil.',
	'error.details': 'Rincian teknis',
	'error.notFound': 'Halaman tidak ditemukan.',

	// export: downloads, table and query toggles, sharing
	'export.csv': 'Unduh CSV',
	'export.xlsx': 'Unduh Excel',
	'export.png': 'Unduh PNG',
	'export.svg': 'Unduh SVG',
	'export.showTable': 'Tampilkan tabel data',
	'export.hideTable': 'Sembunyikan tabel',
	'export.showQuery': 'Tampilkan kueri',
	'export.hideQuery': 'Sembunyikan kueri',
	'export.copyLink': 'Salin tautan',
	'export.linkCopied': 'Tautan disalin',
	'export.print': 'Cetak',
	'export.synthetic': 'DATA SINTETIS',
	'export.partlySynthetic': 'SEBAGIAN SINTETIS',
	'export.dataStatus': 'Status data',
	'export.shortChecksum': 'Checksum singkat',
	'export.queryParams': 'Parameter kueri',
	'export.generatedAt': 'Dibuat pada',
	'export.sheetData': 'Data',
	'export.sheetNotes': 'Keterangan',
	'export.imageFailed': 'Gambar gagal dibuat.',

	// chart: chart frame, data table and chart marks
	'chart.toolbar': 'Alat grafik',
	'chart.table.empty': 'Tidak ada data.',
	'chart.table.sortHint': 'Pilih judul kolom untuk mengurutkan.',
	'chart.trend.yMillions': 'Peserta aktif (juta)',
	'chart.trend.yThousands': 'Peserta aktif (ribu)',
	'chart.trend.label': 'Tren peserta aktif per segmen. Panah kiri dan kanan memilih bulan.',
	'chart.ranking.target': 'Target {value}',
	'chart.ranking.over100': 'di atas 100%',
	'chart.ranking.label': 'Peringkat wilayah. Panah atas dan bawah memilih wilayah.',
	'chart.ranking.announce': '{rank}. {name}: {value}',

	// provenance: where a figure comes from
	'provenance.title': 'Asal data',
	'provenance.dataset': 'Dataset',
	'provenance.version': 'Versi',
	'provenance.checksum': 'Checksum',
	'provenance.filter': 'Filter',
	'provenance.denominator': 'Penyebut',
	'provenance.query': 'Kueri',
	'provenance.link': 'Tautan',
	'provenance.source': 'Sumber',

	// segment: participant segments, keyed by the DOMAIN.md code
	'segment.PU': 'Penerima Upah (PU)',
	'segment.BPU': 'Bukan Penerima Upah (BPU)',
	'segment.JAKON': 'Jasa Konstruksi (Jakon)',
	'segment.PMI': 'Pekerja Migran Indonesia (PMI)',

	// programme: benefit programmes, keyed by code
	'programme.JKK': 'Jaminan Kecelakaan Kerja (JKK)',
	'programme.JKM': 'Jaminan Kematian (JKM)',
	'programme.JHT': 'Jaminan Hari Tua (JHT)',
	'programme.JP': 'Jaminan Pensiun (JP)',
	'programme.JKP': 'Jaminan Kehilangan Pekerjaan (JKP)',

	// denominator: which workforce a coverage rate divides by (DOMAIN.md §2)
	'denominator.eligible': 'Penyebut: pekerja yang memenuhi syarat (eligible)',
	'denominator.working': 'Penyebut: seluruh penduduk bekerja',

	// region: levels of the administrative hierarchy
	'region.national': 'Indonesia',
	'region.province': 'Provinsi',
	'region.regency': 'Kabupaten/Kota',
	'region.kabupaten': 'Kabupaten',
	'region.kota': 'Kota'
} satisfies Record<string, string>;

/** A message key: every key of the Indonesian dictionary. */
export type MessageKey = keyof typeof id;
