package main

// The scripts the browser check evaluates in the Notebook page (Jupyter
// Notebook 6, MathJax 2). Each yields a promise the check awaits.

// jsHelpers: until polls f every 100 ms until it returns a truthy value;
// cellOf is the 1-based index of the cell holding an element.
const jsHelpers = `
const until = async (f, ms, what) => {
	const t0 = Date.now();
	for (;;) {
		const v = f();
		if (v) return v;
		if (Date.now() - t0 > ms) throw new Error("timed out after " + ms/1000 + "s waiting for " + what);
		await new Promise(r => setTimeout(r, 100));
	}
};
const cellOf = (el) => {
	const cells = Jupyter.notebook.get_cells();
	for (let i = 0; i < cells.length; i++) if (cells[i].element[0].contains(el)) return i + 1;
	return 0;
};
const hash = (s) => { let h = 5381; for (let i = 0; i < s.length; i++) h = (h * 33 ^ s.charCodeAt(i)) >>> 0; return s.length + ":" + h; };
`

// jsWaitLoaded waits for the notebook to load, turns autosave off (the check
// must not write the notebook) and waits for MathJax's queue to drain.
const jsWaitLoaded = `(async () => {` + jsHelpers + `
	await until(() => window.Jupyter && Jupyter.notebook && Jupyter.notebook._fully_loaded, 40000, "the notebook to load");
	Jupyter.notebook.set_autosave_interval(0);
	if (!window.MathJax || !MathJax.Hub) return "";
	const typeset = new Promise(r => MathJax.Hub.Queue(() => r("")));
	const late = new Promise(r => setTimeout(() => r("MathJax did not finish typesetting in 40s"), 40000));
	return await Promise.race([typeset, late]);
})()`

// jsRenderProblems lists what a reader would see broken: MathJax errors,
// control characters in the rendered text (which MathJax and CodeMirror
// draw as boxes or red dots), code cells that scroll sideways, images that
// do not decode.
const jsRenderProblems = `(async () => {` + jsHelpers + `
	const out = [];
	if (!window.MathJax || !MathJax.Hub) out.push({cell: 0, what: "MathJax did not load"});
	document.querySelectorAll(".MathJax_Error, merror, .merror, mjx-merror").forEach(e =>
		out.push({cell: cellOf(e), what: "MathJax error: " + JSON.stringify(e.textContent.trim().slice(0, 80))}));
	const names = {0: "NUL", 7: "BEL (\\a)", 8: "BS (\\b)", 11: "VT (\\v)", 12: "FF (\\f — a LaTeX \\frac lost its backslash?)", 13: "CR", 27: "ESC", 127: "DEL"};
	const seen = new Set();
	document.querySelectorAll("#notebook .text_cell_render, #notebook .input_area, #notebook .output_area").forEach(el => {
		const t = el.textContent;
		const re = /[\x00-\x08\x0b-\x1f\x7f]/g;
		let m;
		while ((m = re.exec(t)) !== null) {
			const code = m[0].charCodeAt(0);
			const cell = cellOf(el);
			const key = cell + ":" + code;
			if (seen.has(key)) continue;
			seen.add(key);
			const name = names[code] || ("U+" + code.toString(16).toUpperCase().padStart(4, "0"));
			out.push({cell: cell, what: "visible control character " + name + " in " +
				JSON.stringify(t.slice(Math.max(0, m.index - 20), m.index + 20))});
		}
	});
	document.querySelectorAll("#notebook .code_cell .cm-invalidchar").forEach(e =>
		out.push({cell: cellOf(e), what: "CodeMirror shows an invalid character " + JSON.stringify(e.title || e.textContent)}));
	Jupyter.notebook.get_cells().forEach((c, i) => {
		if (c.cell_type !== "code" || !c.code_mirror) return;
		c.code_mirror.refresh(); // lay the editor out now, as a reader's scroll would
		const s = c.code_mirror.getScrollInfo();
		if (s.width > s.clientWidth + 1) out.push({cell: i + 1, what:
			"a code line is wider than the cell: a horizontal scroll bar at " + window.innerWidth + " px (" +
			s.width + " > " + s.clientWidth + " px)"});
	});
	const imgs = [...document.querySelectorAll("#notebook img")];
	await Promise.all(imgs.map(img => img.decode().catch(() => null)));
	imgs.forEach(img => {
		if (img.naturalWidth === 0) out.push({cell: cellOf(img), what: "image does not decode: " + img.src.slice(0, 60)});
	});
	return out;
})()`

// jsRunAll waits for the kernel and runs every cell ("Run All").
const jsRunAll = `(async () => {` + jsHelpers + `
	await until(() => Jupyter.notebook.kernel && Jupyter.notebook.kernel.is_connected(), 60000, "the kernel to connect");
	Jupyter.notebook.execute_all_cells();
	return true;
})()`

// jsMoveSlider (with the 0-based index of the browser-slider cell) waits for
// the cell's slider and figure, moves the slider to its other end, waits for
// the figure to change and presses the cell's Done button.
const jsMoveSlider = `(async () => {` + jsHelpers + `
	const el = Jupyter.notebook.get_cell(%d).element[0];
	const figure = () => { const img = el.querySelector(".output_area img"); return img && img.naturalWidth > 0 ? img.src : ""; };
	let before = "", after = "";
	try {
		const slider = await until(() => el.querySelector(".output_area input[type=range]"), 150000, "the slider");
		before = await until(figure, 60000, "the slider's figure");
		await new Promise(r => setTimeout(r, 500)); // the widget's sync with the kernel
		const v = Number(slider.value), lo = Number(slider.min), hi = Number(slider.max);
		slider.value = String(v >= (lo + hi) / 2 ? lo : hi);
		slider.dispatchEvent(new Event("input", {bubbles: true}));
		slider.dispatchEvent(new Event("change", {bubbles: true}));
		try {
			after = await until(() => { const f = figure(); return f && f !== before ? f : ""; }, 30000, "the figure to change");
		} catch (e) { after = before; }
	} catch (e) {
		return {Err: String(e.message || e)};
	}
	const done = [...el.querySelectorAll(".output_area button")].find(b => b.textContent.trim() === "Done");
	if (!done) return {Err: "no Done button: the cell would hold Run All until its own timeout"};
	done.click();
	return {Before: hash(before), After: hash(after)};
})()`

// jsWaitAllRun waits until no code cell is queued or running, then counts
// what each code cell shows: text, figures (decoded images), errors.
const jsWaitAllRun = `(async () => {` + jsHelpers + `
	const cells = Jupyter.notebook.get_cells();
	await until(() => !cells.some(c => c.cell_type === "code" &&
		(c.input_prompt_number === "*" || c.input_prompt_number === undefined || c.input_prompt_number === null)),
		180000, "Run All to finish");
	// A cell's reply can come before its last outputs (they travel on
	// another channel): wait until the outputs have not changed for 1.5 s.
	const snapshot = () => cells.map(c => c.cell_type === "code" ?
		c.output_area.outputs.length + "/" + c.element[0].querySelectorAll(".output_area img").length : "").join(",");
	let last = snapshot(), same = 0;
	for (const t0 = Date.now(); same < 3 && Date.now() - t0 < 20000; ) {
		await new Promise(r => setTimeout(r, 500));
		const now = snapshot();
		same = now === last ? same + 1 : 0;
		last = now;
	}
	const imgs = [...document.querySelectorAll("#notebook .output_area img")];
	await Promise.all(imgs.map(img => img.decode().catch(() => null)));
	return cells.map(c => {
		if (c.cell_type !== "code") return null;
		const k = {text: 0, figure: 0, error: 0};
		c.output_area.outputs.forEach(o => {
			if (o.output_type === "stream" && o.name === "stdout") k.text++;
			if (o.output_type === "error") k.error++;
		});
		c.element[0].querySelectorAll(".output_area img").forEach(img => { if (img.naturalWidth > 0) k.figure++; });
		return k;
	});
})()`
