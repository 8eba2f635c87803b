// Shared `informal`: the informal-worker charts (lib/charts/PenetrationChart, InformalScatter),
// drawn by the overview and the regional-office view (/kantor/).

/** Indonesian strings of the informal-worker charts. */
export const messages = {
	// informal: penetration by year (PenetrationChart)
	'informal.penetration.title': 'Penetrasi pekerja informal dan formal per tahun, {from}–{to}',
	'informal.penetration.titleNoYears': 'Penetrasi pekerja informal dan formal per tahun',
	'informal.penetration.desc': 'Peserta aktif Desember dibagi pekerja BPS Agustus tahun yang sama. {summary}',
	'informal.penetration.label': 'Penetrasi pekerja informal dan formal per tahun. Panah kiri dan kanan memilih tahun.',
	'informal.penetration.y': 'Penetrasi (%)',
	'informal.penetration.informal': 'Informal (BPU)',
	'informal.penetration.formal': 'Formal (PU)',
	'informal.penetration.summary': 'Desember {year}: {values}',
	'informal.penetration.series': '{name}: informal {informal}, formal {formal}',
	'informal.penetration.solid': '{name} (garis penuh)',
	'informal.penetration.dashed': '{name} (garis putus-putus)',
	// informal: the regencies' scatter (InformalScatter)
	'informal.scatter.title': 'Porsi pekerja informal dan penetrasi informal per kabupaten/kota, {month}',
	'informal.scatter.desc': '{count} kabupaten/kota: porsi pekerja informal dari penduduk bekerja (sumbu mendatar) terhadap penetrasi informal (sumbu tegak); ukuran titik menurut jumlah pekerja informal.',
	'informal.scatter.label': 'Sebaran kabupaten/kota. Panah atas dan bawah memilih wilayah.',
	'informal.scatter.x': 'Porsi pekerja informal (%)',
	'informal.scatter.y': 'Penetrasi informal (%)',
	'informal.scatter.announce': '{name}: porsi informal {share}, penetrasi informal {penetration}, {informal} pekerja informal; {funded}',
	'informal.scatter.funded': 'APBD: {count} pekerja rentan',
	'informal.scatter.fundedUnknown': 'APBD: tidak ada data',
	'informal.scatter.filled': 'Titik penuh: ada pekerja rentan yang iurannya dibiayai APBD',
	'informal.scatter.hollow': 'Titik kosong: tidak ada atau tidak ada data',
	'informal.scatter.size': 'Ukuran titik: jumlah pekerja informal',
	// informal: data table columns
	'informal.col.year': 'Tahun',
	'informal.col.code': 'Kode',
	'informal.col.name': 'Wilayah',
	'informal.col.activeBpu': 'Peserta BPU aktif (Desember)',
	'informal.col.bpu': 'Peserta BPU aktif',
	'informal.col.activePu': 'Peserta PU aktif (Desember)',
	'informal.col.informalWorkers': 'Pekerja informal (BPS Agustus)',
	'informal.col.formalWorkers': 'Pekerja formal (BPS Agustus)',
	'informal.col.working': 'Penduduk bekerja (BPS Agustus)',
	'informal.col.share': 'Porsi pekerja informal',
	'informal.col.funded': 'Pekerja rentan dibiayai APBD'
} satisfies Record<string, string>;
