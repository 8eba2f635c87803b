// A user's own data (lib/data/overlay, lib/userdata): why accepted files could not be applied,
// and what is kept in the browser. The /data/ page and its messages build on these.

/** Indonesian strings of the user's own data. */
export const messages = {
	// userdata.error: OverlayError kinds; the data shown before stays as it was
	'userdata.error.unknownColumn': 'Berkas {file}: kolom "{column}" bukan kolom tabel {table}. Hapus kolom itu atau ganti namanya sesuai templat.',
	'userdata.error.missingKey': 'Berkas {file}: kolom kunci "{column}" tabel {table} tidak ada. Tambahkan kolom itu; setiap baris memerlukannya.',
	'userdata.error.empty': 'Berkas {file} tidak berisi baris data.',
	'userdata.error.nullKey': 'Berkas {file}: ada baris tanpa nilai di kolom kunci "{column}". Isi nilainya atau hapus baris itu.',
	'userdata.error.futureMonth': 'Berkas {file}: bulan {value} belum tiba. Bulan setelah bulan ini tidak dapat dimuat; periksa kolom bulan.',
	'userdata.error.duplicateKey': 'Tabel {table}: kunci {value} muncul di lebih dari satu baris (berkas {file}). Setiap kunci hanya boleh satu baris.',
	'userdata.error.type': 'Berkas {file}: nilai di kolom "{column}" tidak sesuai jenis kolomnya. Periksa angka dan tanggal di kolom itu.',
	'userdata.error.engine': 'Data Anda tidak dapat diterapkan; data yang tampil tidak berubah. Coba lagi atau muat ulang halaman.',

	// userdata.storage: keeping accepted files in the browser
	'userdata.storage.unavailable': 'Peramban ini tidak dapat menyimpan berkas Anda; berkas hanya dipakai sampai halaman ditutup.',
	'userdata.storage.failed': 'Berkas tidak dapat disimpan di peramban (ruang penyimpanan mungkin penuh).',
	// Every view: stored files left out at start (readable.ts), by name
	'userdata.skipped': 'Berkas tersimpan yang tidak dapat dipakai dan dilewati: {files}. Berkas tersimpan lainnya tetap dipakai.',
	'userdata.skipped.link': 'Lihat halaman Data'
} satisfies Record<string, string>;
