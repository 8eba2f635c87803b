// Findings of the file import (lib/import): what is wrong with a file a user brings and how to
// fix it; {row} is the row as the user's spreadsheet numbers it, {header} the file's own header.

/** Indonesian strings of the import's findings. */
export const messages = {
	// import: findings of reading a user's file (lib/import)
	'import.fileTooLarge': 'Berkas ini {size}, lebih besar dari batas {max} yang bisa dibaca peramban dengan lancar. Pecah berkas per provinsi atau per tahun, lalu muat bagian-bagiannya.',
	'import.emptyFile': 'Berkas ini kosong. Simpan ulang dari sumbernya dan pastikan tabelnya ikut tersimpan.',
	'import.headerOnly': 'Berkas ini hanya berisi baris judul kolom (tabel {table}), tanpa satu baris data pun. Ekspor ulang dengan datanya.',
	'import.notATable': 'Berkas ini sebenarnya gambar atau dokumen {what}, bukan tabel, walaupun namanya seperti tabel. Pilih berkas Parquet, CSV atau Excel (.xlsx) berisi datanya.',
	'import.notATable.binary': 'Berkas ini bukan tabel yang dikenali (bukan Parquet, CSV atau Excel .xlsx). Pilih berkas Parquet, CSV atau Excel (.xlsx) berisi datanya.',
	'import.oldXls': 'Berkas ini buku kerja Excel 97–2003 (.xls), format lama yang tidak bisa dibaca, walaupun namanya mungkin berakhiran .xlsx. Buka di Excel, pilih Simpan Sebagai (Save As) "Buku Kerja Excel (*.xlsx)", lalu muat berkas barunya.',
	'import.truncatedParquet': 'Berkas Parquet ini terpotong: bagian akhirnya (footer) tidak ada, biasanya karena unduhan atau salinan yang tidak selesai. Unduh atau salin ulang berkasnya secara utuh.',
	'import.unreadable.parquet': 'Berkas Parquet ini tidak bisa dibaca ({error}). Tulis ulang berkasnya, misalnya dengan DuckDB atau pandas, dengan kompresi ZSTD, SNAPPY atau GZIP.',
	'import.unreadable.xlsx': 'Berkas Excel ini tidak bisa dibaca ({error}). Buka di Excel dan simpan ulang sebagai "Buku Kerja Excel (*.xlsx)".',
	'import.encodingConverted': 'Berkas ini teks {encoding} ("Unicode Text" dari Excel) dan sudah dibaca sebagai {encoding}. Tidak perlu tindakan; untuk berkas berikutnya, "CSV UTF-8" lebih umum.',
	'import.noHeader': 'Tidak ditemukan baris judul kolom yang cocok dengan tabel mana pun (baris pertama berisi: {headers}). Pastikan ada satu baris judul kolom seperti kode_wilayah, bulan, segmen, aktif, atau pilih tabel dan kolomnya sendiri.',
	'import.sheetSkipped': 'Lembar "{sheet}" dilewati karena tidak berisi tabel; data dibaca dari lembar "{used}".',
	'import.titleRowsSkipped': '{rows} baris judul di atas tabel dilewati; judul kolom dibaca dari baris {header}.',
	'import.totalRowDropped': 'Baris {row} ("{value}") adalah baris jumlah, jadi tidak dimuat dan tidak ikut dihitung. Angka total dihitung sendiri oleh dasbor dari baris-baris wilayah.',
	'import.missingColumn': 'Kolom {column} ({type}) tabel {table} tidak ada di berkas, padahal kolom ini wajib (kunci tabel, atau dipakai angka di dasbor). Tambahkan kolom itu, atau pilih kolom berkas yang berisi datanya.',
	'import.optionalColumnMissing': 'Kolom {column} tabel {table} tidak ada di berkas. Berkas tetap bisa dimuat; angka yang memerlukan kolom ini akan tampil "tidak ada data".',
	'import.unknownColumn': 'Kolom "{header}" tidak dikenal untuk tabel {table} dan diabaikan. Bila kolom ini seharusnya dipakai, ganti judulnya dengan nama kolom kontrak data atau pilih kolomnya sendiri.',
	'import.repeatedColumn': 'Kolom "{header}" berisi hal yang sama dengan "{used}" ({column}); yang dipakai "{used}". Hapus salah satunya bila tidak sengaja.',
	'import.notANumber': 'Kolom "{header}" ({column}) di baris {row} berisi "{value}", bukan angka. Tulis angkanya saja (contoh 12.345), atau kosongkan bila tidak ada datanya.',
	'import.notAFlag': 'Kolom "{header}" ({column}) di baris {row} berisi "{value}", bukan ya/tidak. Tulis ya atau tidak (atau 1 atau 0).',
	'import.badMonth': 'Bulan "{value}" di kolom "{header}" ({column}) baris {row} tidak bisa dibaca sebagai bulan. Tulis seperti 2024-12, 2024-12-01 atau Desember 2024.',
	'import.badDate': 'Tanggal "{value}" di kolom "{header}" ({column}) baris {row} tidak bisa dibaca. Tulis seperti 2024-12-31 atau 31/12/2024.',
	'import.scientificCode': 'Kode wilayah "{value}" di kolom "{header}" baris {row} tertulis dalam notasi ilmiah: Excel sudah mengubah kodenya menjadi angka dan digitnya hilang. Di Excel, format kolom itu sebagai Teks (Format Cells > Text), ketik ulang atau tempel ulang kodenya dari sumber, lalu simpan ulang.',
	'import.oldPapuaCode': 'Kode {code} di kolom "{header}" baris {row} adalah kode {name} sebelum pemekaran Papua 2022; kodenya sekarang {today}. Ganti kode itu dengan {today} di seluruh berkas.',
	'import.badCode': 'Kolom "{header}" ({column}) di baris {row} berisi "{value}", bukan kode wilayah Kemendagri. Tulis kodenya tanpa atau dengan titik (6201 atau 62.01).',
	'import.regionName': 'Kolom "{column}" berisi nama "{name}", bukan kode ({rows}, pertama di baris {row}). Di daftar wilayah, nama ini adalah {label} ({code}). Konfirmasi kode ini agar dipakai, atau tulis kodenya di berkas.',
	'import.regionNameAmbiguous': 'Nama "{name}" di kolom "{column}" ({rows}, pertama di baris {row}) dipakai lebih dari satu wilayah: {alternatives}. Tulis kodenya di berkas, atau nama lengkapnya (misalnya "Kabupaten …" atau "Kota …").',
	'import.regionNameUnknown': 'Nama "{name}" di kolom "{column}" ({rows}, pertama di baris {row}) tidak ditemukan di daftar wilayah Kemendagri. Tulis kode wilayahnya, atau periksa ejaannya.',
	'import.valueRecoded': 'Kolom "{header}" ({column}) menulis "{from}" (pertama di baris {row}); dibaca sebagai {to} menurut kontrak data.',
	'import.monthDayIgnored': 'Kolom "{header}" ({column}) berisi tanggal, bukan bulan (misalnya "{value}" di baris {row}; {rows}): setiap tanggal dibaca sebagai bulannya. Periksa bahwa tanggal itu memang menunjuk bulan laporan.'
} as const;
