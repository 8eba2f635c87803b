/** RFC 4180 CSV parsing: enough for the reference files and the seeds. */

/** Parse CSV text with a header row into row objects (all values strings; `""` is an empty string). */
export function parseCsv(text: string): Record<string, string>[] {
	const rows: string[][] = [];
	let field = '';
	let row: string[] = [];
	let quoted = false;
	for (let i = 0; i < text.length; i++) {
		const ch = text[i]!;
		if (quoted) {
			if (ch === '"') {
				if (text[i + 1] === '"') {
					field += '"';
					i++;
				} else quoted = false;
			} else field += ch;
		} else if (ch === '"') quoted = true;
		else if (ch === ',') {
			row.push(field);
			field = '';
		} else if (ch === '\n' || ch === '\r') {
			if (ch === '\r' && text[i + 1] === '\n') i++;
			row.push(field);
			rows.push(row);
			row = [];
			field = '';
		} else field += ch;
	}
	if (field !== '' || row.length > 0) {
		row.push(field);
		rows.push(row);
	}
	const [header, ...body] = rows;
	if (!header) return [];
	return body
		.filter((r) => r.length > 1 || r[0] !== '')
		.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i] ?? ''])));
}
