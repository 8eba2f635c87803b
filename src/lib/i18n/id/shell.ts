// The shell around every view (routes/+layout.svelte): the app's name, the navigation (one
// `nav.<view id>` key per view), the language switch and the synthetic-data marks.

/** Indonesian strings of the shell. */
export const messages = {
	// app: the shell
	'app.name': 'Cakupan',
	'app.tagline': 'Cakupan kepesertaan Jaminan Sosial Ketenagakerjaan',
	'app.skipToContent': 'Langsung ke konten utama',

	// nav: main navigation, one `nav.<view id>` key per view
	'nav.label': 'Navigasi utama',
	'nav.overview': 'Ikhtisar Nasional',
	'nav.kantor': 'Kantor Wilayah & Cabang',
	'nav.penilaian': 'Penilaian Paritrana',
	'nav.data': 'Data Anda',
	'nav.methods': 'Metodologi',

	// locale: the language switch (language names are written in their own language)
	'locale.label': 'Bahasa',
	'locale.name.id': 'Bahasa Indonesia',
	'locale.name.en': 'English',

	// synthetic: marks on sample data
	'synthetic.banner': 'DATA SINTETIS: angka contoh, bukan data resmi BPJS Ketenagakerjaan',
	'synthetic.partly': 'sebagian sintetis',
	'synthetic.partlyNote': 'Angka ini menggabungkan data Anda dengan baris data sampel (sintetis) untuk provinsi atau tabel yang tidak dimuat berkas Anda.',
	'synthetic.sample': 'data sintetis',
	'synthetic.sampleNote': 'Angka ini seluruhnya dari data sampel (sintetis): berkas Anda tidak memuat tabel atau provinsi yang dipakainya.',
	'synthetic.bannerPartly': 'SEBAGIAN SINTETIS: data Anda digabung dengan angka contoh (sintetis) untuk provinsi dan tabel yang tidak Anda muat; setiap angka yang memakai angka contoh ditandai'
} satisfies Record<string, string>;
