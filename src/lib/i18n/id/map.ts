// The choropleth map (lib/charts/ChoroplethMap.svelte): legend, tooltip and its table. Shared:
// /kantor/ draws it first, other views may follow.

/** Indonesian strings of the map. */
export const messages = {
	// map: the choropleth, its legend and its keyboard/screen-reader table
	'map.legend.label': 'Legenda: {metric}',
	'map.legend.over100': 'di atas 100%',
	'map.legend.nodata': 'Tidak ada data',
	'map.legend.count': '{count} wilayah',
	'map.hint': 'Klik wilayah pada peta, atau pilih dari tabel wilayah.',
	'map.tooltip': '{name}: {value} ({class})',
	'map.table.summary': 'Tabel wilayah peta ({count})',
	'map.table.caption': '{metric} per kabupaten/kota',
	'map.table.region': 'Kabupaten/kota',
	'map.table.value': 'Nilai',
	'map.table.class': 'Kelas'
} satisfies Record<string, string>;
