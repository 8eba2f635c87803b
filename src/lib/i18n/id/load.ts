// Loading the data and what goes wrong: progress and retry (lib/data/status), why loading
// failed (`data.<DataError kind>`, lib/data/errors) and failures after loading.

/** Indonesian strings of loading and errors. */
export const messages = {
	// load: loading, progress and the failures that stop it
	'load.downloading': 'Mengunduh data… {loaded} dari {total}',
	'load.engine': 'Menyiapkan mesin kueri…',
	'load.ready': 'Data siap',
	'load.failed': 'Data gagal dimuat.',
	'load.retry': 'Coba lagi',
	'load.offline': 'Tidak ada koneksi internet. Data yang sudah dimuat tetap dapat digunakan.',

	// load.error: why loading failed (DataError.kind), shown under load.failed
	'load.error.engine': 'Mesin kueri tidak dapat dijalankan di peramban ini. Coba peramban versi terbaru.',
	'load.error.network': 'Berkas data tidak dapat diunduh. Periksa koneksi lalu coba lagi.',
	'load.error.file': 'Berkas data rusak atau tidak sesuai dengan daftar isinya. Muat ulang halaman.',
	'load.error.version': 'Berkas data dibuat untuk versi mesin kueri yang lain. Muat ulang halaman.',
	// The engine's worker died after loading (DataError kind `stopped`): shown alone, with load.restart
	'load.error.stopped': 'Mesin data berhenti. Tidak ada yang hilang: berkas dan catatan Anda tetap tersimpan di peramban ini. Angka ditampilkan lagi setelah mesin dimulai ulang.',
	'load.restart': 'Mulai ulang mesin data',
	// A served file checked and refused (DataError.refusal): names the file and the reason
	'load.refused': 'Berkas data {file} dari server ditolak: {reason}.',
	'load.refused.checksum': 'checksum tidak cocok dengan dataset.json',
	'load.refused.size': 'ukurannya tidak sama dengan yang tercatat di dataset.json (berkas terpotong)',
	'load.refused.notDuckdb': 'bukan berkas DuckDB yang dapat dibaca',
	'load.refused.tables': 'tabel {table} tidak ada atau jumlah barisnya tidak sesuai dengan dataset.json',
	'load.refused.manifest': 'isinya bukan daftar isi dataset yang dapat dibaca',
	// After load.refused when the last good dataset of this browser is used in its place
	'load.lastGood': 'Data terakhir yang valid (versi {version}, dimuat {date}) tetap dipakai.',

	// error: failures after loading
	'error.generic': 'Terjadi kesalahan.',
	'error.query': 'Data untuk tampilan ini gagal diambil.',
	'error.details': 'Rincian teknis',
	'error.notFound': 'Halaman tidak ditemukan.'
} satisfies Record<string, string>;
