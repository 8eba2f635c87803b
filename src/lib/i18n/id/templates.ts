// Blank files to fill (lib/import/templates.ts): the download list on the data page, and the
// words of a template's instruction sheet. Shared: the /data/ page and the generator use them.

/** Indonesian strings of the templates. */
export const messages = {
	// templates: the download list
	'templates.title': 'Templat berkas',
	'templates.intro': 'Satu templat kosong per tabel. Isi lembar Data (berkas .xlsx berisi lembar Petunjuk) atau berkas .csv, lalu muat di halaman ini. Templat dibuat di peramban Anda.',
	'templates.download.xlsx': 'Unduh templat .xlsx (Excel) tabel {table}',
	'templates.download.csv': 'Unduh templat .csv (CSV) tabel {table}',
	'templates.preparing': 'Menyiapkan templat {table}…',
	'templates.ready': 'Templat {file} telah diunduh.',
	'templates.error': 'Templat {table} tidak dapat dibuat: {error}',
	'templates.columns': '{count} kolom: {columns}',

	// templates.sheet: sheet names of a template workbook
	'templates.sheet.data': 'Data',
	'templates.sheet.instructions': 'Petunjuk',

	// templates.guide: the instruction sheet
	'templates.guide.title': 'Petunjuk pengisian templat tabel {table}',
	'templates.guide.rules': 'Aturan pengisian',
	'templates.guide.rule.header': 'Isi lembar "{sheet}" mulai baris 2, satu baris per kombinasi kolom kunci ({key}). Baris 1 adalah judul kolom: nama kolom templat atau salah satu nama lainnya di tabel bawah. Urutan kolom bebas.',
	'templates.guide.rule.required': 'Kolom wajib harus ada dan terisi di setiap baris. Kolom opsional boleh dihapus; angka yang memerlukannya akan tertulis "tidak ada data".',
	'templates.guide.rule.codes': 'Kode wilayah adalah kode Kemendagri (Kepmendagri 300.2.2-2430/2025) yang ditulis sebagai teks: 6201 atau 62.01. Kolom kode di lembar Data sudah berformat Teks untuk {rows} baris pertama. Bila menempel dari berkas lain, gunakan Tempel Nilai (Paste Values), atau format kolomnya sebagai Teks dulu (Format Cells > Text), agar Excel tidak mengubah kode menjadi 6,2E+03. Kode Papua sebelum pemekaran 2022 ditolak; gunakan kode sekarang.',
	'templates.guide.rule.months': 'Bulan ditulis 2024-12 (dianjurkan; kolom bulan sudah berformat Teks). Juga diterima: 2024-12-01, tanggal Excel, Desember 2024 atau Des-24. Bulan setelah bulan ini ditolak; bulan setelah data contoh memperpanjang periode.',
	'templates.guide.rule.numbers': 'Angka ditulis tanpa satuan. Pemisah ribuan titik (12.345) dan desimal koma (45,6) diterima. Jumlah orang dan rupiah tidak boleh negatif atau pecahan.',
	'templates.guide.rule.total': 'Jangan tambahkan baris JUMLAH atau TOTAL: baris itu tidak pernah dihitung dan dibuang dengan pemberitahuan.',
	'templates.guide.rule.replace': 'Baris Anda menggantikan baris data contoh (sintetis) tabel ini untuk provinsi yang ada di berkas; provinsi lain tetap memakai data contoh, dan angka yang mencampur keduanya diberi label "sebagian sintetis". Pilihan "hanya data saya" membuang data contoh seluruhnya.',
	'templates.guide.rule.privacy': 'Berkas hanya dibaca dan disimpan di peramban Anda; berkas tidak dikirim ke mana pun. Ukuran berkas paling besar {max}.',
	'templates.guide.rule.csv': 'Bila menyimpan sebagai CSV: pilih "CSV UTF-8", pemisah titik koma (;) atau koma (,); hanya lembar Data yang disimpan.',
	'templates.guide.columns': 'Daftar kolom',
	'templates.guide.head.column': 'Kolom',
	'templates.guide.head.aliases': 'Nama lain yang diterima',
	'templates.guide.head.meaning': 'Arti',
	'templates.guide.head.type': 'Jenis isi',
	'templates.guide.head.required': 'Wajib/opsional',
	'templates.guide.head.allowed': 'Nilai yang boleh',
	'templates.guide.head.example': 'Contoh',
	'templates.guide.required': 'wajib',
	'templates.guide.optional': 'opsional',
	'templates.guide.exampleRow': 'Contoh satu baris (lihat kolom Contoh): {row}',
	'templates.guide.synthetic': 'Contoh memakai kode wilayah yang nyata dan angka rekaan.',

	// templates.unit: what a column holds, by the contract's unit
	'templates.unit.code': 'kode (teks)',
	'templates.unit.text': 'teks',
	'templates.unit.category': 'pilihan (teks)',
	'templates.unit.people': 'bilangan bulat ≥ 0 (orang)',
	'templates.unit.rupiah': 'bilangan bulat ≥ 0 (rupiah)',
	'templates.unit.percent': 'angka desimal (persen)',
	'templates.unit.month': 'bulan (teks TTTT-BB)',
	'templates.unit.year': 'tahun (4 angka)',
	'templates.unit.date': 'tanggal (teks TTTT-BB-HH)',
	'templates.unit.months': 'bilangan bulat ≥ 0 (bulan)',
	'templates.unit.rank': 'bilangan bulat ≥ 1 (peringkat)',
	'templates.unit.flag': 'ya atau tidak'
} satisfies Record<string, string>;
