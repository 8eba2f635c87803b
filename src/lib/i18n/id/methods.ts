// View `methods`: the methods page (route `/metodologi/`), built from the metric registry.

/** Indonesian strings of the methods view. */
export const messages = {
	// methods: the methods page, built from the metric registry
	'methods.title': 'Metodologi',
	'methods.intro': 'Setiap angka di Cakupan dihitung dengan satu definisi yang sama di semua tampilan, ekspor dan cetakan. Definisi di bawah ini dibaca langsung dari kode yang menghitungnya.',
	'methods.metrics': 'Definisi indikator',
	'methods.unit': 'Satuan',
	'methods.unit.percent': 'persen',
	'methods.unit.points': 'poin persentase',
	'methods.rules': 'Aturan agar angka dapat dibandingkan',
	'methods.rule.december': 'Nilai satu tahun adalah posisi Desember, di semua tampilan (bukan rata-rata tahunan).',
	'methods.rule.august': 'Cakupan bulanan dibagi dengan angka angkatan kerja BPS Agustus pada tahun kalender yang sama.',
	'methods.rule.pmi': 'PMI tidak dihitung dalam UCJ di tingkat mana pun, termasuk nasional, sehingga angka nasional sama dengan jumlah kabupaten/kotanya.',
	'methods.rule.sums': 'Rasio adalah rasio dari jumlah (jumlah peserta ÷ jumlah pekerja di wilayah), bukan rata-rata rasio wilayah.',
	'methods.rule.over100': 'Cakupan di atas 100% dapat terjadi di kabupaten/kota (peserta dihitung di lokasi pemberi kerja): angka ditampilkan dan ditandai, tidak dipotong.',
	'methods.rule.papua': 'Semua tabel memakai kode {edition} untuk setiap tahun; provinsi suatu wilayah adalah dua digit pertama kodenya. Angka 2019–2022 kabupaten di Papua Selatan, Papua Tengah, Papua Pegunungan dan Papua Barat Daya ditampilkan di bawah provinsi barunya.',
	'methods.rule.rollups': 'Kueri yang ditampilkan membaca tabel ringkasan area_month dan area_year: jumlah tabel participation dan workforce per wilayah (Indonesia, provinsi, kabupaten/kota), dibuat saat build dan diuji sama dengan tabel dasarnya.',
	'methods.segments': 'Segmen dan program yang diizinkan',
	'methods.segment': 'Segmen',
	'methods.programmes': 'Program',
	'methods.provenance': 'Asal data',
	'methods.official': 'Data resmi'
} satisfies Record<string, string>;
