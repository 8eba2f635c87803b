// Shared file `villages`: the village list of a regency (lib/views/kantor/villages.ts and
// routes/kantor/_kantor/Villages.svelte); shared so that a later view drilling to villages
// (penilaian's village category) reuses its labels.

/** Indonesian strings of the village list. */
export const messages = {
	// villages: the panel
	'villages.title': 'Desa dan kelurahan di {regency}, {month}',
	'villages.desc': '{count} desa dan kelurahan di {regency}: peserta aktif menurut segmen pada {month}, perangkat desa dan RT/RW serta pekerja rentan terlindungi, dan iuran yang dibiayai APBDes pada tahun {year}.',
	'villages.downloading': 'Mengunduh data desa Provinsi {province}: {loaded} dari {total}',
	'villages.preparing': 'Menyiapkan data desa…',
	'villages.failed': 'Data desa gagal dimuat. Bagian lain halaman ini tetap dapat digunakan.',
	'villages.offline': 'Data desa Provinsi {province} belum tersimpan di perangkat ini dan perlu koneksi internet untuk diunduh. Bagian lain halaman ini tetap dapat digunakan.',
	'villages.retry': 'Coba lagi',
	'villages.noDetail': 'Data tingkat desa tidak tersedia untuk provinsi ini.',
	'villages.search': 'Cari desa, kelurahan atau kecamatan',
	'villages.totals': 'Jumlah seluruh {count} desa dan kelurahan',
	'villages.excess': 'Catatan kualitas data: jumlah peserta aktif {segment} di desa-desanya ({villages}) melebihi angka {regency} ({regencyValue}) pada {month}.',

	// villages.col: table and export columns
	'villages.col.district': 'Kecamatan',
	'villages.col.code': 'Kode desa',
	'villages.col.village': 'Desa/kelurahan',
	'villages.col.kind': 'Jenis',
	'villages.col.pu': 'PU',
	'villages.col.bpu': 'BPU',
	'villages.col.jakon': 'Jakon',
	'villages.col.pmi': 'PMI',
	'villages.col.ucj': 'PU + BPU + Jakon',
	'villages.col.officials': 'Perangkat desa dan RT/RW terlindungi',
	'villages.col.vulnerable': 'Pekerja rentan terlindungi',
	'villages.col.apbdesPeople': 'Peserta dibiayai APBDes',
	'villages.col.apbdesIdr': 'Iuran dari APBDes',

	// villages.kind: regions.kind of a village
	'villages.kind.desa': 'Desa',
	'villages.kind.kelurahan': 'Kelurahan',
	'villages.kind.desaAdat': 'Desa adat'
} satisfies Record<string, string>;
