package main

// The scripts the browser check evaluates in the Notebook page (Jupyter
// Notebook 6, MathJax 2). Each yields a promise the check awaits.
//
// Waits follow the page's and the kernel's state, not the clock: a wait
// ends when what it waits for happens, fails at once when the kernel dies
// or the widget handshake fails, and fails on time only when nothing has
// moved (no cell finished, no output changed, no formula typeset) for a
// whole "stall" period: the per-cell limit (-timeout) where a kernel runs,
// a few minutes for loading and typesetting. A loaded machine makes every
// step slower, not stuck, so it slows the check down without failing it.

// jsTracker is installed in every page before the page's own scripts
// (Page.addScriptToEvaluateOnNewDocument): it records the kernel's events
// with their times, whether the kernel died, and GoNB's widget handshake
// failure ("comm_open_ack not received in time"), which GoNB only logs.
//
// After such a failure in this tab (reloads included: the retry reopens the
// notebook in the same tab), GoNB's half-second wait for the kernel's
// "#comm_open_ack" is stretched to handshakeRetrySeconds, so the one retry the
// check allows does not fail again on a machine that is merely slow; the
// first attempt always runs with GoNB's own deadline, as a student's does,
// and the report notes the retry.
const jsTracker = `(() => {
	const later = window.setTimeout;
	window.setTimeout = function (f, ms, ...args) {
		if (ms === 500 && typeof f === "function" &&
			String(f).includes("comm_open_ack not received in time")) {
			let failed = false;
			try { failed = sessionStorage.getItem("nbrun-handshake-failed") === "1"; } catch (e) {}
			if (failed) ms = 1000 * ` + handshakeRetrySeconds + `;
			else if (window.__nbrunLateAck) ms = 0;
		}
		return later.call(this, f, ms, ...args);
	};
	const t0 = Date.now();
	const st = window.__nbrun = {t0, events: [], dead: "", comm: "", busy: false, lastBusy: 0};
	const note = (what) => st.events.push(what + " " + ((Date.now() - t0) / 1000).toFixed(1) + "s");
	const err = console.error;
	console.error = function (...args) {
		const s = args.map(String).join(" ");
		if (s.includes("gonb_comm: failed to connect")) {
			st.comm = s;
			note("widget handshake failed");
			try { sessionStorage.setItem("nbrun-handshake-failed", "1"); } catch (e) {}
		}
		return err.apply(this, args);
	};
	const tick = setInterval(() => {
		if (!(window.Jupyter && Jupyter.notebook && Jupyter.notebook.events)) return;
		clearInterval(tick);
		const ev = Jupyter.notebook.events;
		ev.on("kernel_created.Kernel kernel_connected.Kernel kernel_ready.Kernel kernel_restarting.Kernel " +
			"kernel_autorestarting.Kernel kernel_disconnected.Kernel", (e) => note(e.type));
		ev.on("kernel_dead.Kernel kernel_dead.Session kernel_killed.Session kernel_connection_failed.Kernel",
			(e) => { st.dead = e.type + "." + e.namespace; note(st.dead); });
		ev.on("kernel_busy.Kernel", () => { st.busy = true; st.lastBusy = Date.now(); });
		ev.on("kernel_idle.Kernel", () => { st.busy = false; st.lastBusy = Date.now(); });
	}, 20);
})()`

// jsLateAck is fault injection for a test: until GoNB has reported a
// failed handshake once in this tab (reloads included), jsTracker makes its
// 500 ms wait for the kernel's "#comm_open_ack" fire at once, as when the
// answer comes late on a loaded machine. GoNB's own failure path runs (it
// logs, closes its connection, and the widgets that follow cannot reach the
// kernel), so the check's retry is exercised for real.
const jsLateAck = `(() => { window.__nbrunLateAck = true; })()`

// jsHelpers: until polls f every 100 ms until it returns a truthy value;
// progress does the same but fails only when marker() has not changed for
// stall ms (and at once when the kernel died, unless it waits for the page
// alone); cellOf is the 1-based index
// of the cell holding an element.
const jsHelpers = `
const sleep = (ms) => new Promise(r => setTimeout(r, ms));
const st = window.__nbrun || {events: [], dead: "", comm: ""};
const until = async (f, ms, what) => {
	const t0 = Date.now();
	for (;;) {
		const v = f();
		if (v) return v;
		if (Date.now() - t0 > ms) throw new Error("timed out after " + ms/1000 + "s waiting for " + what);
		await sleep(100);
	}
};
const progress = async (f, marker, stall, what, page) => {
	let last = marker(), since = Date.now();
	for (;;) {
		const v = f();
		if (v) return v;
		// A page that is only read refuses its kernel: its session "dies".
		if (st.dead && !page) throw new Error("the kernel died (" + st.dead + ") while waiting for " + what);
		const m = marker();
		if (m !== last) { last = m; since = Date.now(); }
		if (Date.now() - since > stall) throw new Error("nothing moved for " + stall/1000 + "s waiting for " + what);
		await sleep(100);
	}
};
const cellOf = (el) => {
	const cells = Jupyter.notebook.get_cells();
	for (let i = 0; i < cells.length; i++) if (cells[i].element[0].contains(el)) return i + 1;
	return 0;
};
const hash = (s) => { let h = 5381; for (let i = 0; i < s.length; i++) h = (h * 33 ^ s.charCodeAt(i)) >>> 0; return s.length + ":" + h; };
const frames = () => document.querySelectorAll("[id^='MathJax-Element-'][id$='-Frame'], .MathJax_Error").length;
const running = (c) => c.cell_type === "code" && c.input_prompt_number === "*";
// cellsMarker changes whenever a cell finishes or an output appears.
const cellsMarker = () => Jupyter.notebook.get_cells().map(c => c.cell_type === "code" ?
	c.input_prompt_number + "/" + c.output_area.outputs.length : "").join(",") + "|" + st.busy;
`

// jsWaitLoaded (with the stall period in ms) waits for the notebook to
// load, turns autosave off (the check must not write the notebook) and
// waits until MathJax has typeset every formula: its queue drained.
const jsWaitLoaded = `(async () => {` + jsHelpers + `
	const stall = %d;
	await progress(() => window.Jupyter && Jupyter.notebook && Jupyter.notebook._fully_loaded,
		() => document.querySelectorAll("*").length, stall, "the notebook to load", true);
	Jupyter.notebook.set_autosave_interval(0);
	if (!window.MathJax || !MathJax.Hub) return "";
	let typeset = false;
	MathJax.Hub.Queue(() => { typeset = true; });
	try {
		await progress(() => typeset, frames, stall, "MathJax to typeset the formulas", true);
	} catch (e) { return String(e.message || e); }
	return "";
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

// jsMarkdownText returns the text each markdown cell shows, formulas left
// out (MathJax draws them with glyphs of its own), for the mojibake check.
const jsMarkdownText = `(() => {
	return Jupyter.notebook.get_cells().map(c => {
		if (c.cell_type !== "markdown") return "";
		const el = c.element[0].querySelector(".text_cell_render");
		if (!el) return "";
		const copy = el.cloneNode(true);
		copy.querySelectorAll(".MathJax, .MathJax_Display, .MathJax_Preview, .MathJax_SVG, .MJX_Assistive_MathML, " +
			"script, .anchor-link").forEach(e => e.remove());
		return copy.textContent;
	});
})()`

// jsLinks collects the links of the page's markdown cells and outputs
// (Jupyter's own "¶" heading links left out): the cell, the link as
// written and the address the browser resolves it to. In-page links (to
// an anchor of this page) are followed here: each is clicked, as a reader
// does, and its target must exist and come into view.
const jsLinks = `(async () => {` + jsHelpers + `
	const here = location.href.split("#")[0];
	const site = document.getElementById("site") || document.scrollingElement;
	const links = [];
	for (const a of document.querySelectorAll("#notebook .text_cell_render a[href], #notebook .output_area a[href]")) {
		if (a.classList.contains("anchor-link")) continue;
		const href = a.getAttribute("href");
		const inPage = a.href.split("#")[0] === here;
		const link = {cell: cellOf(a), href: href, url: a.href, inPage: inPage, problem: ""};
		links.push(link);
		if (!inPage || !a.hash) continue;
		const id = decodeURIComponent(a.hash.slice(1));
		const target = document.getElementById(id) || document.getElementsByName(id)[0];
		if (!target) { link.problem = "no anchor #" + id + " in this notebook"; continue; }
		a.click();
		await sleep(50);
		const r = target.getBoundingClientRect(), s = site.getBoundingClientRect();
		if (r.top < s.top - 2 || r.top > s.bottom - 10) link.problem = "clicked, but #" + id +
			" is not in view (its top at " + Math.round(r.top) + " px, the page shows " +
			Math.round(s.top) + "–" + Math.round(s.bottom) + " px)";
	}
	return links;
})()`

// jsFetch (with the address and the referring page) requests an address
// as a link from that page does, with the browser's cookies: the status,
// where redirects ended, the content type and, for text, the body.
const jsFetch = `(async () => {
	try {
		const r = await fetch(%s, {credentials: "same-origin", referrer: %s});
		const type = r.headers.get("Content-Type") || "";
		const text = /^(text\/(?!html)|application\/(json|xml|javascript))/.test(type) ? await r.text() : "";
		return {status: r.status, url: r.url, type: type, text: text.slice(0, 200000)};
	} catch (e) {
		return {status: 0, url: "", type: "", text: "", error: String(e.message || e)};
	}
})()`

// jsImage decodes an image address as the browser shows an image link.
const jsImage = `(async () => {
	const img = new Image();
	img.src = %s;
	try { await img.decode(); } catch (e) { return "does not decode: " + String(e.message || e); }
	return img.naturalWidth > 0 ? "" : "decodes to an empty image";
})()`

// jsAnchor runs in a page opened at notebook.ipynb#id, after it loaded and
// MathJax drained: the anchor must exist, be in view once the page is
// still (Notebook 6 scrolls to the address's anchor when the notebook has
// loaded; typesetting above it must not push it away), and its cell's
// formulas must be typeset.
const jsAnchor = `(async () => {` + jsHelpers + `
	const id = decodeURIComponent(location.hash.slice(1));
	const target = document.getElementById(id) || document.getElementsByName(id)[0];
	if (!target) return "no anchor #" + id + " in the notebook";
	const site = document.getElementById("site") || document.scrollingElement;
	let last = -1;
	for (let i = 0; i < 50 && site.scrollTop !== last; i++) { last = site.scrollTop; await sleep(100); }
	const r = target.getBoundingClientRect(), s = site.getBoundingClientRect();
	if (r.top < s.top - 2 || r.top > s.bottom - 10) return "#" + id + " is not in view once the page is " +
		"typeset (its top at " + Math.round(r.top) + " px, the page shows " + Math.round(s.top) + "–" +
		Math.round(s.bottom) + " px)";
	const n = cellOf(target);
	if (n > 0) {
		const el = Jupyter.notebook.get_cell(n - 1).element[0];
		const pending = el.querySelectorAll("script[type^='math/tex']").length -
			el.querySelectorAll("[id^='MathJax-Element-'][id$='-Frame']").length;
		if (pending > 0) return "#" + id + ": " + pending + " formulas of its cell are not typeset";
		const render = el.querySelector(".text_cell_render");
		if (render) {
			const copy = render.cloneNode(true);
			copy.querySelectorAll("script, .MathJax, .MathJax_Display, .MathJax_Preview").forEach(e => e.remove());
			if (/\$[^$\s][^$]*\$/.test(copy.textContent)) return "#" + id + ": its cell shows raw $…$ formulas";
		}
	}
	return "";
})()`

// jsPageText is what a page that is not a notebook shows: its text, its
// content type and the character set the browser decoded it with.
const jsPageText = `(() => ({
	type: document.contentType, charset: document.characterSet,
	text: document.body ? document.body.innerText.slice(0, 200000) : "",
	jupyter: !!window.Jupyter, tree: !!document.getElementById("notebook_list")
}))()`

// jsWaitKernel (with the stall period in ms) waits until the notebook's
// kernel is connected and answers a kernel_info request: a kernel that
// starts slowly is waited for; a dead one fails at once.
const jsWaitKernel = `(async () => {` + jsHelpers + `
	const stall = %d;
	const k = () => Jupyter.notebook.kernel;
	await progress(() => k() && k().is_connected() && k().info_reply && k().info_reply.status !== undefined,
		() => st.events.length, stall, "the kernel to start");
	// Asked, not read from a flag (Notebook's busy flag can be stale after a
	// restart): the kernel answers kernel_info once it takes requests.
	let answered = false;
	k().kernel_info(() => { answered = true; });
	await progress(() => answered, () => st.events.length, stall, "the kernel to answer kernel_info");
	return true;
})()`

// jsRunAll runs every cell ("Run All").
const jsRunAll = `(() => { Jupyter.notebook.execute_all_cells(); return true; })()`

// jsMoveSlider (with the 0-based index of the browser-slider cell and the
// stall period) waits for the cell's slider and figure while the cells
// before it run, waits until GoNB's widget connection is up, moves the
// slider to its other end, waits for the figure to change and presses the
// cell's Done button. A failed handshake is returned as such (Handshake),
// so the check can retry it.
const jsMoveSlider = `(async () => {` + jsHelpers + `
	const idx = %d, stall = %d;
	const cell = Jupyter.notebook.get_cell(idx);
	const el = cell.element[0];
	const figure = () => { const img = el.querySelector(".output_area img"); return img && img.naturalWidth > 0 ? img.src : ""; };
	const finished = () => cell.input_prompt_number !== "*" && cell.input_prompt_number !== null &&
		cell.input_prompt_number !== undefined;
	let before = "", after = "";
	try {
		const slider = await progress(() => {
			if (st.comm) throw {handshake: st.comm};
			const s = el.querySelector(".output_area input[type=range]");
			if (!s && finished()) throw new Error("the cell finished without showing a slider");
			return s;
		}, cellsMarker, stall, "the slider");
		before = await progress(() => { if (st.comm) throw {handshake: st.comm}; return figure(); },
			cellsMarker, stall, "the slider's figure");
		// GoNB's connection must be up before a move can reach the kernel.
		await progress(() => {
			if (st.comm) throw {handshake: st.comm};
			const c = window.gonb_comm;
			return c && c.websocket_is_opened && c._comm_id;
		}, cellsMarker, stall, "GoNB's widget connection");
		await window.gonb_comm._is_connected;
		const v = Number(slider.value), lo = Number(slider.min), hi = Number(slider.max);
		slider.value = String(v >= (lo + hi) / 2 ? lo : hi);
		slider.dispatchEvent(new Event("input", {bubbles: true}));
		slider.dispatchEvent(new Event("change", {bubbles: true}));
		// The cell's program is running and connected: a redraw takes it
		// well under a second on an idle machine.
		try {
			after = await until(() => {
				if (st.comm) throw {handshake: st.comm};
				const f = figure(); return f && f !== before ? f : "";
			}, 45000, "the figure to change");
		} catch (e) { if (e.handshake) throw e; after = before; }
	} catch (e) {
		if (e.handshake) return {Handshake: e.handshake};
		return {Err: String(e.message || e)};
	}
	// plots.Sliders' button says "Done", or "Listo" in the Spanish edition
	// (plots/lang.go).
	const done = [...el.querySelectorAll(".output_area button")].find(b => ["Done", "Listo"].includes(b.textContent.trim()));
	if (!done) return {Err: "no Done (Listo) button: the cell would hold Run All until its own timeout"};
	done.click();
	return {Before: hash(before), After: hash(after)};
})()`

// jsWaitAllRun (with the stall period) waits until no code cell is queued
// or running, then counts what each code cell shows: text, figures
// (decoded images), errors. A cell left marked as running while the kernel
// has been idle for 20 s was dropped (Run All stops at an error).
const jsWaitAllRun = `(async () => {` + jsHelpers + `
	const stall = %d;
	const cells = Jupyter.notebook.get_cells();
	let handshake = "";
	await progress(() => {
		if (st.comm && !handshake) handshake = st.comm;
		if (!cells.some(running)) return true;
		if (!Jupyter.notebook.kernel_busy && st.lastBusy && Date.now() - st.lastBusy > 20000) {
			const n = cells.findIndex(running) + 1;
			throw new Error("cell " + n + " is still marked as running but the kernel has been idle for 20s");
		}
		return false;
	}, cellsMarker, stall, "Run All to finish");
	// A cell's reply can come before its last outputs (they travel on
	// another channel): wait until the outputs have not changed for 1.5 s.
	const snapshot = () => cells.map(c => c.cell_type === "code" ?
		c.output_area.outputs.length + "/" + c.element[0].querySelectorAll(".output_area img").length : "").join(",");
	let last = snapshot(), same = 0;
	for (const t0 = Date.now(); same < 3 && Date.now() - t0 < 20000; ) {
		await sleep(500);
		const now = snapshot();
		same = now === last ? same + 1 : 0;
		last = now;
	}
	const imgs = [...document.querySelectorAll("#notebook .output_area img")];
	await Promise.all(imgs.map(img => img.decode().catch(() => null)));
	return {Handshake: handshake || st.comm, Cells: cells.map(c => {
		if (c.cell_type !== "code") return null;
		const k = {text: 0, figure: 0, error: 0};
		c.output_area.outputs.forEach(o => {
			if (o.output_type === "stream" && o.name === "stdout") k.text++;
			if (o.output_type === "error") k.error++;
		});
		c.element[0].querySelectorAll(".output_area img").forEach(img => { if (img.naturalWidth > 0) k.figure++; });
		return k;
	})};
})()`

// jsKernelEvents is the tracker's record, for a failure's report.
const jsKernelEvents = `(() => (window.__nbrun ? window.__nbrun.events : []))()`
