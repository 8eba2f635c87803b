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
	// methods.decomposition: the exact decline decomposition (lib/metrics/decomposition.ts)
	'methods.decomposition': 'Menguraikan penurunan',
	'methods.decomposition.intro': 'Setiap perubahan dibanding bulan yang sama setahun sebelumnya diuraikan secara tepat: bagian-bagiannya dijumlahkan persis menjadi totalnya, tanpa sisa. Notasi: A peserta aktif PU + BPU + JAKON, a_s peserta aktif segmen s, E pekerja layak; "kini" bulan yang dipilih, "lalu" setahun sebelumnya; Δ = kini − lalu.',
	'methods.decomposition.participants': 'Peserta: ΔA = Δa_PU + Δa_BPU + Δa_JAKON. PMI tidak termasuk dalam A dan ditampilkan terpisah.',
	'methods.decomposition.points': 'Poin cakupan: 100 × A_kini ÷ E_kini − 100 × A_lalu ÷ E_lalu = Σ_s 100 × Δa_s ÷ E_kini + 100 × A_lalu × (1 ÷ E_kini − 1 ÷ E_lalu). Suku terakhir adalah efek pertambahan pekerja layak: negatif bila pekerja layak bertambah, sehingga cakupan dapat turun tanpa ada peserta yang keluar.',
	'methods.decomposition.places': 'Menurut wilayah: untuk provinsi atau kantor wilayah yang terdiri atas kabupaten/kota i, sumbangan i = 100 × ΔA_i ÷ E_kini − 100 × A_lalu × ΔE_i ÷ (E_kini × E_lalu), dengan A dan E jumlah seluruh wilayah; sumbangan semua kabupaten/kota dijumlahkan tepat menjadi perubahan wilayah.',
	'methods.decomposition.missing': 'Bila satu angka tidak ada, atau pekerja layak nol, uraian tidak dihitung (ditampilkan "–"), tidak pernah diisi 0.',
	'methods.decomposition.programmes': 'Perubahan per program (JKK, JKM, JHT, JP, JKP) ditampilkan terpisah dan tidak dijumlahkan: satu peserta dapat mengikuti beberapa program.',
	'methods.gap': 'Kekurangan menuju target (orang)',
	'methods.gap.formula': 'Peserta aktif PU + BPU + JAKON yang masih diperlukan untuk mencapai target UCJ provinsi: target % × pekerja layak − peserta aktif, dibulatkan ke atas, dan 0 bila target sudah tercapai. Kabupaten/kota diukur terhadap target provinsinya. Untuk wilayah kerja yang mencakup beberapa provinsi, kekurangan tiap provinsi dijumlahkan: kelebihan satu provinsi tidak menutup kekurangan provinsi lain (lib/metrics/formulas.ts, gapToTarget).',
	// methods.scoring: the Paritrana criteria and the composite (lib/scoring)
	'methods.scoring': 'Penilaian Paritrana: kriteria dan skor gabungan',
	'methods.scoring.intro': 'Kriteria yang dipakai Tim Penilai menurut DOMAIN.md bagian 3 (seed 003: capaian kepesertaan terbesar, tingkat cakupan semesta, dan peningkatan dibanding tahun sebelumnya). Bobot resmi tidak diterbitkan: bobot bawaan sama rata dan merupakan anggapan yang dapat diubah panel.',
	'methods.scoring.government': 'Pemerintah provinsi dan kabupaten/kota',
	'methods.scoring.village': 'Pemerintah desa/kelurahan',
	'methods.scoring.business': 'Badan usaha',
	'methods.scoring.higherBetter': 'makin tinggi makin baik',
	'methods.scoring.rangeMethod': 'Cara menghitung rentang peringkat: dua kandidat dibandingkan dengan tanda Σ bobot × (selisih nilai skala), fungsi linear dari bobot. Batas pasti diperoleh per pasangan (pesaing yang selalu atau mungkin mengungguli); peringkat terbaik dan terburuk yang ditampilkan dicapai oleh vektor bobot nyata di dalam rentang (sudut-sudut rentang), dan pasti bila sama dengan batasnya.',
	'methods.scoring.year': 'Tahun penilaian: edisi "Paritrana Award 2025" menilai tahun 2024 (Desember 2024 dibanding Desember 2023). Ini anggapan dan ditampilkan di setiap kartu nilai.',
	'methods.segments': 'Segmen dan program yang diizinkan',
	'methods.segment': 'Segmen',
	'methods.programmes': 'Program',
	'methods.provenance': 'Asal data',
	'methods.official': 'Data resmi'
} satisfies Record<string, string>;
