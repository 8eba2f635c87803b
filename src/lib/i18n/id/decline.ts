// Shared `decline`: the decline finder and its exact decomposition (lib/metrics/decomposition.ts),
// the generated sentence (lib/metrics/sentence.ts), the programme and policy panels. Shared
// rather than a view's: /kantor/ shows it first, the assessment view will show it too.

/** Indonesian strings of the decline finder. */
export const messages = {
	// decline: the finder
	'decline.title': 'Wilayah yang turun',
	'decline.description': 'Kabupaten/kota yang peserta aktifnya atau cakupannya turun dibanding bulan yang sama setahun sebelumnya, penurunan terbesar lebih dulu.',
	'decline.mode': 'Urutkan menurut',
	'decline.mode.participants': 'Peserta',
	'decline.mode.points': 'Poin cakupan',
	'decline.none': 'Tidak ada kabupaten/kota yang turun pada {month} dibanding {monthBefore}.',
	'decline.total': 'Perubahan total',
	'decline.segments': 'Menurut segmen',
	'decline.workforce': 'Pertambahan pekerja layak',
	'decline.workforce.note': 'Cakupan dapat turun karena pekerja layak bertambah, tanpa ada peserta yang keluar: bagian ini menunjukkan besarnya.',
	'decline.pmi': 'PMI (di luar cakupan, tidak ikut dijumlahkan)',
	'decline.exact': 'Bagian-bagian ini dijumlahkan tepat menjadi perubahan total.',
	'decline.places': 'Menurut wilayah',
	'decline.places.description': 'Sumbangan tiap kabupaten/kota terhadap perubahan wilayah: dari pesertanya dan dari pertambahan pekerja layaknya.',
	'decline.places.activity': 'Dari peserta (poin)',
	'decline.places.workforce': 'Dari pekerja layak (poin)',
	'decline.places.points': 'Sumbangan (poin)',
	'decline.segment.PU': 'PU',
	'decline.segment.BPU': 'BPU',
	'decline.segment.JAKON': 'JAKON',

	// decline.sentence: one sentence per decline, filled from the decomposition only
	'decline.sentence.points.fell': 'Cakupan {name} turun {total} poin: {parts}.',
	'decline.sentence.points.rose': 'Cakupan {name} naik {total} poin: {parts}.',
	'decline.sentence.points.unchanged': 'Cakupan {name} tidak berubah: {parts}.',
	'decline.sentence.points.segment': '{segment} {change} peserta ({points} poin)',
	'decline.sentence.points.workforceGrew': 'pertambahan pekerja layak {points} poin',
	'decline.sentence.points.workforceShrank': 'berkurangnya pekerja layak {points} poin',
	'decline.sentence.points.workforceSame': 'perubahan pekerja layak {points} poin',
	'decline.sentence.participants.fell': 'Peserta aktif {name} turun {total}: {parts}{pmi}.',
	'decline.sentence.participants.rose': 'Peserta aktif {name} naik {total}: {parts}{pmi}.',
	'decline.sentence.participants.unchanged': 'Peserta aktif {name} tidak berubah: {parts}{pmi}.',
	'decline.sentence.participants.segment': '{segment} {change}',
	'decline.sentence.participants.pmi': '; PMI, di luar cakupan, {change}',
	'decline.sentence.noSegmentChange': 'tidak ada segmen yang berubah',

	// decline.programmes: the programme panel
	'decline.programmes.title': 'Perubahan menurut program',
	'decline.programmes.notAdditive': 'Program saling tumpang tindih: tidak dapat dijumlahkan',
	'decline.programmes.programme': 'Program',
	'decline.programmes.active': 'Peserta aktif {month}',
	'decline.programmes.change': 'Perubahan',

	// decline.policy: the policy evidence beside a decline
	'decline.policy.title': 'Bukti kebijakan {before} dan {now}',
	'decline.policy.regulations': 'Regulasi yang diterbitkan',
	'decline.policy.noRegulations': 'Tidak ada regulasi tercatat untuk {name} dan provinsinya pada {before} atau {now}.',
	'decline.policy.issuedOn': 'ditetapkan {date}',
	'decline.policy.budget': 'APBD untuk iuran',
	'decline.policy.region': 'Wilayah',
	'decline.policy.year': 'Tahun',
	'decline.policy.vulnerablePeople': 'Pekerja rentan dibiayai',
	'decline.policy.vulnerableIdr': 'Anggaran pekerja rentan',
	'decline.policy.nonAsnPeople': 'Pegawai non-ASN dibiayai',
	'decline.policy.nonAsnIdr': 'Anggaran pegawai non-ASN',
	'decline.policy.noData': 'Tidak ada data: dataset ini tidak memuat tabel tersebut.'
} satisfies Record<string, string>;
