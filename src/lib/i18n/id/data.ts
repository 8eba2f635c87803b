// The data page (`/data/`, view id `data`): bringing one's own files, checking them, the data in
// use and where it is kept. The findings' own words are in `import` and `validate`; why a set of
// files could not be applied is in `userdata`.

/** Indonesian strings of the data page. */
export const messages = {
	'data.title': 'Data Anda',
	'data.intro':
		'Muat berkas kantor Anda (Parquet, CSV atau Excel .xlsx) sesuai kontrak data. Setiap berkas diperiksa dulu; hanya berkas tanpa galat yang dimuat, dan seluruh tampilan lalu memakai data Anda.',
	'data.privacy': 'Berkas Anda dibaca dan disimpan di peramban ini saja: tidak ada yang dikirim ke server mana pun.',
	'data.examples': 'Contoh berkas yang baik dan yang rusak ada di folder data/examples repositori, beserta penjelasannya.',

	// data.pick: the drop zone and the file picker
	'data.pick.title': 'Muat berkas',
	'data.pick.drop': 'Tarik berkas ke sini, atau',
	'data.pick.button': 'Pilih berkas…',
	'data.pick.hint': 'Parquet, CSV atau Excel .xlsx, paling besar {max} per berkas. Beberapa berkas sekaligus boleh.',
	'data.pick.waiting': 'Mesin data belum siap; berkas akan dibaca begitu siap.',

	// data.progress: reading and checking a file (announced politely)
	'data.progress.queued': '{file}: menunggu giliran…',
	'data.progress.reading': '{file}: membaca {loaded} dari {total}',
	'data.progress.parsing': '{file}: mengurai isi berkas ({size})…',
	'data.progress.checking': '{file}: memeriksa {rows} baris…',
	'data.progress.applying': 'Menerapkan data Anda ke semua tampilan…',
	'data.progress.label': 'Kemajuan membaca {file}',
	'data.cancel': 'Batalkan',
	'data.cancelled': 'Pembacaan {file} dibatalkan.',
	'data.readFailed': 'Berkas {file} tidak dapat dibaca ({error}). Periksa berkasnya atau simpan ulang dari aplikasi asalnya.',

	// data.file: one file under review
	'data.file.heading': 'Berkas {file}',
	'data.file.table': 'Tabel',
	'data.file.tableHint': 'Dikenali dari judul kolomnya; ganti bila salah, berkas lalu dibaca ulang.',
	'data.file.noTable': '(tidak dikenali)',
	'data.file.format': 'Format',
	'data.file.size': 'Ukuran',
	'data.file.sheet': 'Lembar',
	'data.file.header': 'Baris judul kolom',
	'data.file.rows': 'Jumlah baris',
	'data.file.period': 'Periode',
	'data.file.provinces': 'Provinsi',
	'data.file.preview': 'Pratinjau: {shown} baris pertama dari {rows}',
	'data.file.ok': 'Tidak ada galat: berkas siap dimuat.',
	'data.file.blocked': 'Berkas ini memiliki {count} galat dan belum dapat dimuat. Perbaiki berkasnya lalu muat lagi.',
	'data.file.warnings': '{count} peringatan: berkas tetap dapat dimuat; periksa dulu.',
	'data.accept': 'Gunakan berkas ini',
	'data.dismiss': 'Buang',

	// data.findings: the list of findings, one row each
	'data.findings.title': 'Temuan',
	'data.findings.severity': 'Jenis',
	'data.findings.where': 'Letak',
	'data.findings.message': 'Apa yang salah dan cara memperbaikinya',
	'data.findings.sheet': 'lembar {sheet}',
	'data.findings.column': 'kolom {column}',
	'data.findings.header': 'kolom {column} (judul "{header}")',
	'data.findings.row': 'baris {row}',
	'data.findings.count': '{count} baris seperti ini',
	'data.severity.error': 'Galat',
	'data.severity.warning': 'Peringatan',
	'data.severity.notice': 'Catatan',

	// data.names: regions written by name, confirmed by the user
	'data.names.title': 'Nama wilayah yang perlu dikonfirmasi',
	'data.names.intro':
		'Berkas menulis nama wilayah, bukan kode. Kode di bawah diusulkan dari daftar Kemendagri; tidak ada yang dipakai sebelum Anda mengonfirmasinya.',
	'data.names.name': 'Nama di berkas',
	'data.names.code': 'Kode',
	'data.names.rows': 'Baris',
	'data.names.confirm': 'Pakai {code} {label}',
	'data.names.choose': 'Pilih wilayah untuk "{name}"',
	'data.names.none': '— pilih —',
	'data.names.unknown': 'Tidak dikenal: tulis kodenya di berkas.',
	'data.names.apply': 'Terapkan konfirmasi dan periksa ulang',

	// data.result: after accepting, or failing to
	'data.accepted': 'Berkas {file} dimuat: {rows} baris tabel {table}. Semua tampilan kini memakai data Anda.',
	'data.applyFailed': 'Berkas {file} tidak dimuat: {reason} Data yang sudah tampil tidak berubah.',
	'data.encodeFailed': 'sebuah nilai tidak sesuai jenis kolomnya ({error}).',
	'data.changeFailed': 'Perubahan tidak dapat diterapkan: {reason} Data yang tampil tidak berubah.',
	'data.startError': 'Data tersimpan Anda tidak diterapkan saat halaman dibuka: {reason} Yang tampil adalah data contoh.',
	'data.dismissMessage': 'Tutup pesan',
	// A stored file left out at start (unreadable, or refused) while the others are applied
	'data.skipped': 'Berkas tersimpan {file} tidak dipakai: {reason} Berkas tersimpan lainnya tetap dipakai. Hapus berkas ini di daftar di bawah bila tidak diperlukan lagi.',
	'data.skipped.unreadable': 'isinya di penyimpanan peramban ini rusak dan tidak dapat dibaca.',

	// data.active: the data in use
	'data.active.title': 'Data yang dipakai',
	'data.active.sample': 'Data contoh bawaan (DATA SINTETIS).',
	'data.active.user': 'Data Anda di atas data contoh: baris Anda menggantikan baris contoh untuk provinsi yang Anda muat; provinsi lain tetap data contoh ("sebagian sintetis").',
	'data.active.onlyMine': 'Hanya data Anda: data contoh tidak dipakai; angka nasional hanya mencakup provinsi yang Anda muat.',
	'data.active.stored': 'Berkas Anda tetap tersimpan tetapi tidak dipakai.',
	'data.active.none': 'Belum ada berkas Anda.',
	'data.active.file': 'Berkas',
	'data.active.table': 'Tabel',
	'data.active.provinces': 'Provinsi',
	'data.active.rows': 'Baris',
	'data.active.loadedAt': 'Dimuat',
	'data.active.checksum': 'Checksum (SHA-256)',
	'data.active.actions': 'Tindakan',
	'data.active.inUse': 'dipakai',
	'data.active.notInUse': 'tidak dipakai',
	'data.remove': 'Hapus',
	'data.remove.label': 'Hapus berkas {file}',
	'data.copy': 'Salin',
	'data.copy.label': 'Salin checksum lengkap {file}',
	'data.copied': 'Checksum disalin.',
	'data.useSample': 'Kembali ke data contoh',
	'data.useMine': 'Pakai data saya lagi',
	'data.onlyMine': 'Hanya data saya',
	'data.onlyMine.hint': 'Tanpa data contoh sama sekali: provinsi yang tidak Anda muat menjadi kosong.',

	// data.storage: what the browser keeps
	'data.storage.title': 'Penyimpanan di peramban',
	'data.storage.used': 'Dipakai {usage} dari {quota} yang diizinkan peramban untuk situs ini.',
	'data.storage.unknown': 'Peramban ini tidak menyebutkan ruang penyimpanannya.',
	'data.persist.request': 'Minta penyimpanan tetap',
	'data.persist.granted': 'Penyimpanan tetap: peramban tidak akan menghapus berkas Anda saat ruang disk sempit.',
	'data.persist.refused': 'Peramban tidak mengizinkan penyimpanan tetap; berkas tetap tersimpan, tetapi dapat dihapus peramban bila ruang disk sempit.',
	'data.persist.unsupported': 'Peramban ini tidak mendukung permintaan penyimpanan tetap.',


	// data.table: the loadable tables by name
	'data.table.workforce': 'Angkatan kerja (workforce)',
	'data.table.ucjTargets': 'Target UCJ (ucj_targets)',
	'data.table.participation': 'Kepesertaan bulanan (participation)',
	'data.table.participationVillage': 'Kepesertaan desa (participation_village)',
	'data.table.participationProgramme': 'Kepesertaan per program (participation_programme)',
	'data.table.villagesSupport': 'Dukungan desa (villages_support)',
	'data.table.regionalBudget': 'Anggaran daerah (regional_budget)',
	'data.table.regionalRegulations': 'Regulasi daerah (regional_regulations)',
	'data.table.employers': 'Pemberi kerja (employers)',
	'data.table.candidates': 'Kandidat Paritrana (candidates)'
} satisfies Record<string, string>;
