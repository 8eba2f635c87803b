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

	// data: why loading failed (DataError.kind), shown under load.failed
	'data.engine': 'Mesin kueri tidak dapat dijalankan di peramban ini. Coba peramban versi terbaru.',
	'data.network': 'Berkas data tidak dapat diunduh. Periksa koneksi lalu coba lagi.',
	'data.file': 'Berkas data rusak atau tidak sesuai dengan daftar isinya. Muat ulang halaman.',
	'data.version': 'Berkas data dibuat untuk versi mesin kueri yang lain. Muat ulang halaman.',

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
	'region.kota': 'Kota',

	// overview: the national overview (routes/+page.svelte)
	'overview.title': 'Ikhtisar Nasional',
	'overview.titleArea': 'Ikhtisar {area}',
	'overview.area': 'Wilayah',
	'overview.period': 'Periode',
	'overview.segments': 'Segmen',
	'overview.denominator': 'Penyebut',
	'overview.denominator.layak': 'Pekerja yang memenuhi syarat',
	'overview.denominator.bekerja': 'Seluruh penduduk bekerja',
	'overview.tile.active': 'Peserta aktif',
	'overview.tile.activeNote': '{segments}, {month}',
	'overview.tile.vsYearBefore': 'dibanding {month}',
	'overview.tile.of': 'dari {value}',
	'overview.tile.target': 'target {value}',
	'overview.tile.noTarget': 'Tidak ada target nasional dalam data',
	'overview.tile.over100': 'Di atas 100%: peserta dihitung di lokasi pemberi kerja',
	'overview.trend.title': 'Peserta aktif per bulan menurut segmen, {from}–{to}',
	'overview.trend.desc': 'Jumlah peserta aktif {area} setiap bulan untuk segmen PU, BPU, Jakon dan PMI. Bulan terpilih: {month}, {total} peserta aktif.',
	'overview.ranking.title': '{children} menurut cakupan, {month}',
	'overview.ranking.desc': '{count} wilayah diurutkan menurut {metric}. Tertinggi: {top} ({topValue}); terendah: {bottom} ({bottomValue}).',
	'overview.children.provinces': 'Provinsi',
	'overview.children.regencies': 'Kabupaten/kota',
	'overview.decline.title': 'Penurunan terbesar dibanding {month}',
	'overview.decline.desc': 'Wilayah dengan penurunan peserta aktif (PU + BPU + Jakon) terbesar dibanding bulan yang sama tahun lalu, dan segmen penyumbang penurunan terbesar.',
	'overview.decline.none': 'Tidak ada wilayah yang turun dibanding {month}.',
	'overview.decline.driver': 'Penyumbang terbesar',
	'overview.col.code': 'Kode',
	'overview.col.name': 'Wilayah',
	'overview.col.month': 'Bulan',
	'overview.col.segment': 'Segmen',
	'overview.col.active': 'Peserta aktif',
	'overview.col.activePrev': 'Peserta aktif tahun lalu',
	'overview.col.change': 'Perubahan peserta',
	'overview.col.eligible': 'Pekerja yang memenuhi syarat',
	'overview.col.target': 'Target UCJ',
	'overview.col.driverShare': 'Porsi penurunan',
	'overview.problem.param': 'Parameter tautan “{param}” tidak valid ({value}) dan diabaikan.',
	'overview.problem.area': 'Wilayah {code} tidak ditemukan dalam data; ditampilkan Indonesia.',
	'overview.problem.period': 'Periode {period} tidak ada dalam data; ditampilkan {fallback}.',
	'overview.source.snapshot': 'Angka awal dari saat build; mesin kueri sedang dimuat.',
	'overview.allRegions': 'Indonesia (semua provinsi)',
	'overview.pmiNote': 'PMI tidak dihitung dalam cakupan (UCJ) dan ditampilkan sebagai seri tersendiri.',
	'overview.loading': 'Memuat…',

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
	'methods.official': 'Data resmi',
	'methods.attribution': 'Kode dan nama wilayah: Kepmendagri No. 300.2.2-2430 Tahun 2025, melalui Cahya DSN, MIT License. Penduduk: Dukcapil Kemendagri. Batas wilayah: Cahya DSN, MIT License.',

	// validate: findings of the dataset validator (lib/validate); {key} is a row's key, e.g. region_code=6201, year=2024
	'validate.missingTable': 'Tabel {table} tidak ada, padahal setiap dataset wajib memilikinya. Tambahkan berkas {table}.parquet dengan kolom sesuai data/SCHEMA.md.',
	'validate.missingTable.listed': 'Tabel {table} tercantum di dataset.json (berkas {file}) tetapi tidak dimuat. Muat berkas itu, atau hapus entrinya dari dataset.json.',
	'validate.missingColumn': 'Kolom {column} ({type}) tidak ada di tabel {table}. Tambahkan kolom ini sesuai data/SCHEMA.md; selama kolom ini tidak ada, pemeriksaan lain atasnya dilewati.',
	'validate.extraColumn': 'Tabel {table} punya kolom {column} yang tidak ada dalam kontrak data, jadi kolom ini diabaikan. Hapus kolom itu, atau periksa apakah namanya salah tulis.',
	'validate.wrongType': 'Kolom {column} di tabel {table} bertipe {actual}, padahal kontrak data meminta {expected}. Simpan kolom ini sebagai {expected}; sampai diperbaiki, pemeriksaan lain atas kolom ini dilewati.',
	'validate.wrongType.code': 'Kolom {column} di tabel {table} menyimpan kode sebagai angka ({actual}), padahal kode harus berupa teks (VARCHAR): sebagai angka, nol di depan hilang dan susunan kodenya (misalnya kode wilayah 2, 4, 6 atau 10 digit) tidak terbaca lagi. Simpan kolom ini sebagai teks; sampai diperbaiki, pemeriksaan lain atas kolom ini dilewati.',
	'validate.wrongType.date': 'Kolom {column} di tabel {table} berisi teks yang tidak bisa dibaca sebagai tanggal: "{value}" ({rows}, misalnya {key}). Tulis tanggal sebagai YYYY-MM-DD (contoh 2024-12-01), atau simpan kolom ini bertipe DATE.',
	'validate.wrongType.whole': 'Kolom {column} di tabel {table} bertipe {actual} dan berisi pecahan {value} ({rows}, misalnya {key}), padahal kontrak data meminta bilangan bulat ({expected}). Perbaiki nilainya dan simpan kolom ini sebagai {expected}.',
	'validate.nullValue': 'Kolom {column} di tabel {table} kosong pada baris {key}, padahal wajib diisi ({total} kosong di kolom ini). Isi nilainya, atau hapus baris itu.',
	'validate.duplicateKey': 'Tabel {table} punya {rows} dengan kunci yang sama ({key}), padahal kunci {keyColumns} harus unik. Hapus baris ganda, atau gabungkan angkanya menjadi satu baris.',
	'validate.unknownRegion': 'Kode wilayah {value} di tabel {table} (kolom {column}) tidak ada dalam daftar wilayah Kemendagri 2025 (tabel regions). Periksa kodenya, atau ubah kode lama ke kode 2025. Muncul di {rows}, misalnya {key}.',
	'validate.wrongRegionLevel': 'Kode wilayah {value} di tabel {table} (kolom {column}) adalah kode {level}, padahal kolom ini hanya menerima kode {allowed}. Gunakan kode wilayah pada tingkat yang benar. Muncul di {rows}, misalnya {key}.',
	'validate.level.province': 'provinsi',
	'validate.level.regency': 'kabupaten/kota',
	'validate.level.district': 'kecamatan',
	'validate.level.village': 'desa/kelurahan',
	'validate.or': 'atau',
	'validate.empty': 'kosong',
	'validate.monthNotFirstDay': 'Bulan {value} di tabel {table} (kolom {column}) bukan tanggal 1. Tulis bulan sebagai tanggal hari pertamanya (contoh 2024-12-01 untuk Desember 2024). Muncul di {rows}, misalnya {key}.',
	'validate.monthOutOfPeriod': 'Bulan {value} di tabel {table} (kolom {column}) di luar periode dataset, {from} sampai {to} (dataset.json). Hapus baris di luar periode, atau perbarui periode di dataset.json. Muncul di {rows}, misalnya {key}.',
	'validate.monthOutOfRange': 'Bulan {value} di tabel {table} (kolom {column}) di luar rentang yang mungkin, {from} sampai {to} (bulan berjalan). Periksa tahunnya. Muncul di {rows}, misalnya {key}.',
	'validate.missingMonth': 'Tabel participation tidak punya baris untuk {region}, segmen {segment}, bulan {month} ({months} hilang antara {from} dan {to}). Setiap kabupaten/kota harus punya setiap bulan periode itu untuk setiap segmen yang dimilikinya; tambahkan baris yang hilang (isi 0 bila memang tidak ada peserta).',
	'validate.negativeCount': 'Nilai {value} di tabel {table} (kolom {column}) negatif pada baris {key}; jumlah orang dan nilai rupiah tidak boleh kurang dari 0. Perbaiki nilainya ({total} bermasalah di kolom ini).',
	'validate.belowMin': 'Nilai {value} di tabel {table} (kolom {column}) lebih kecil dari batas bawah {min} pada baris {key}. Perbaiki nilainya ({total} bermasalah di kolom ini).',
	'validate.notAllowedValue': 'Nilai "{value}" di tabel {table} (kolom {column}) tidak termasuk nilai yang diizinkan ({allowed}). Ganti dengan salah satunya, dengan huruf besar/kecil yang sama. Muncul di {rows}, misalnya {key}.',
	'validate.programmeNotAllowed': 'Tabel participation_programme mencatat segmen {segment} di program {programme}, padahal menurut undang-undang segmen {segment} hanya boleh ikut {allowed}. Hapus baris itu, atau periksa segmen dan programnya. Muncul di {rows}, misalnya {key}.',
	'validate.manifestInvalid': 'dataset.json tidak sesuai format di {path} ({problem}). Perbaiki bagian itu, atau tulis ulang dataset.json dengan alat penulis dataset.',
	'validate.manifestInvalid.key': 'dataset.json mencatat kunci {actual} untuk berkas {file}, padahal kunci tabel {table} adalah {expected}. Berkas ini mungkin ditulis untuk versi kontrak yang lain; tulis ulang dataset.json.',
	'validate.manifestRowCount': 'dataset.json mencatat {expected} untuk berkas {file} (tabel {table}), tetapi yang dimuat {actual}. Berkasnya mungkin terpotong atau tertukar; muat berkas yang benar, atau tulis ulang dataset.json.',
	'validate.manifestChecksum': 'Checksum sha256 berkas {file} (tabel {table}) berbeda dari yang tercatat di dataset.json: tercatat {expected}…, dihitung {actual}…. Berkas itu berubah setelah dataset.json ditulis; gunakan berkas aslinya, atau tulis ulang dataset.json.',
	'validate.manifestDatasetChecksum': 'Checksum dataset di dataset.json ({expected}…) tidak cocok dengan checksum yang dihitung dari daftar berkasnya ({actual}…). Daftar berkas atau checksum-nya diubah dengan tangan; tulis ulang dataset.json dengan alat penulis dataset.',
	'validate.coverageAbove100': 'Cakupan (UCJ) {region} pada Desember {year} adalah {value}, di atas 100%: peserta aktif PU + BPU + Jakon ({active}) lebih banyak daripada pekerja yang memenuhi syarat ({eligible}). Ini bisa terjadi karena peserta dihitung di lokasi pemberi kerja; angka ditampilkan apa adanya, tetapi periksa kembali data peserta dan angkatan kerjanya.',
	'validate.villageExceedsRegency': 'Jumlah {column} seluruh desa/kelurahan di {region}, segmen {segment}, {month} ({villages}, tabel participation_village) lebih besar daripada angka kabupaten/kotanya ({regency}, tabel participation). Rincian desa tidak boleh melebihi total kabupaten/kota; periksa kedua tabel.',
	'validate.regionInconsistent.code': 'Kode {value} di tabel regions bukan kode Kemendagri yang sah: harus 2, 4, 6 atau 10 digit angka tanpa titik, dan digit ke-7 kode desa harus 1, 2 atau 3. Perbaiki kodenya ({total} bermasalah).',
	'validate.regionInconsistent.level': 'Wilayah {code} di tabel regions berlevel {value}, padahal kode {digits} digit berarti {expected}. Perbaiki kolom level ({total} bermasalah).',
	'validate.regionInconsistent.parent': 'Wilayah {code} di tabel regions punya parent_code {value}, padahal menurut kodenya induknya {expected}. Perbaiki kolom parent_code ({total} bermasalah).',
	'validate.regionInconsistent.province': 'Wilayah {code} di tabel regions punya province_code {value}, padahal dua digit pertama kodenya {expected}. Perbaiki kolom province_code ({total} bermasalah).',
	'validate.regionInconsistent.kind': 'Wilayah {code} di tabel regions berjenis {value}, padahal digit kodenya menunjukkan {expected}. Perbaiki kolom kind ({total} bermasalah).'
} satisfies Record<string, string>;

/** A message key: every key of the Indonesian dictionary. */
export type MessageKey = keyof typeof id;
