// Downloads, the table and query toggles, sharing (lib/export, lib/charts) and provenance: where
// a figure comes from, shown by every view, export and printout (and the shell's footer).

/** Indonesian strings of exports and provenance. */
export const messages = {
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
	'provenance.origin': 'Asal angka',
	'provenance.origin.sample': 'data sampel',
	'provenance.origin.user': 'data Anda',
	'provenance.origin.mixed': 'data Anda dan data sampel',
	'provenance.coverage': 'Cakupan wilayah',
	'provenance.coverageOnly': 'hanya provinsi yang dimuat: {provinces}',
	'provenance.attribution': 'Kode dan nama wilayah: Kepmendagri No. 300.2.2-2430 Tahun 2025, melalui Cahya DSN, MIT License. Penduduk: Dukcapil Kemendagri. Batas wilayah: Cahya DSN, MIT License.'
} satisfies Record<string, string>;
