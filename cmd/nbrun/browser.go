package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"time"
)

// The browser check opens notebooks as a student does: a Notebook server on
// 127.0.0.1 serving the repository (as ./course does), and headless
// Chromium (Debian's chromium) driven through the DevTools protocol (cdp.go). For
// every notebook it waits for MathJax and fails on a MathJax error, a
// control character in the rendered text, text the source does not have
// (mojibake), an image that does not decode, or a JavaScript error; then it
// follows every link of the notebook (browserlinks.go). Notebook 00 and the
// notebooks with a cell tagged browser-slider are also run with "Run All":
// every code cell must get its outputs and figures, and the slider must
// redraw its figure when moved.
//
// Waits follow the page's and the kernel's state (browserscripts.go), so a
// loaded machine slows the check down without failing it; a failed GoNB
// widget handshake is retried once (the notebook reopened with a new kernel);
// a failure reports
// the machine's load and the timings of each step.

var debugBrowser = os.Getenv("NBRUN_DEBUG") != ""

// handshakeRetrySeconds is GoNB's wait for the widget handshake's answer on
// the browser check's retry (its own is half a second; jsTracker).
const handshakeRetrySeconds = "15"

// lateAck (set by a test only) injects jsLateAck into every page.
var lateAck = false

const (
	sliderTag     = "browser-slider"
	chromiumPath  = "/usr/bin/chromium"
	browserWidth  = 1100
	browserHeight = 900
	browserTabs   = 3 // notebooks checked at once
	// pageStall: how long loading or typesetting a page may go without any
	// progress before the check gives up on it.
	pageStall = 2 * time.Minute
)

// browserProblem is one thing a student would see broken.
type browserProblem struct {
	Cell int    `json:"cell"` // 1-based; 0 for the page
	What string `json:"what"`
}

type browserResult struct {
	Path     string
	Seconds  float64
	Problems []browserProblem
	Notes    []string // what went wrong and was retried successfully
	RunAll   bool
	Slider   bool       // a browser-slider cell was moved
	Links    []pageLink // the links of its cells, as the browser resolved them
	page     string     // the address the notebook was opened at
	steps    []string   // "loaded 2.1s", … for a failure's report
	kernel   []string   // the kernel's events with their times
	load     [2]string  // load average when the check of the notebook began and ended
}

func (r browserResult) print(w *bytes.Buffer) {
	status := "PASS"
	if len(r.Problems) > 0 {
		status = "FAIL"
	}
	what := "render"
	if r.RunAll {
		what = "render + Run All"
	}
	if r.Slider {
		what += " + slider"
	}
	links := "links"
	if len(r.Links) == 1 {
		links = "link"
	}
	what += fmt.Sprintf(" + %d %s", len(r.Links), links)
	fmt.Fprintf(w, "%s browser %s  %.1fs (%s)\n", status, rel(r.Path), r.Seconds, what)
	for _, n := range r.Notes {
		fmt.Fprintf(w, "NOTE %s: %s\n", rel(r.Path), n)
	}
	for _, p := range r.Problems {
		if p.Cell > 0 {
			fmt.Fprintf(w, "FAIL %s cell %d: %s\n", rel(r.Path), p.Cell, p.What)
		} else {
			fmt.Fprintf(w, "FAIL %s: %s\n", rel(r.Path), p.What)
		}
	}
	if len(r.Problems) > 0 {
		fmt.Fprintf(w, "     timings: %s\n", strings.Join(r.steps, ", "))
		if len(r.kernel) > 0 {
			fmt.Fprintf(w, "     kernel: %s\n", strings.Join(r.kernel, ", "))
		}
		fmt.Fprintf(w, "     load average %s at the start, %s at the end (%d CPUs)\n", r.load[0], r.load[1], runtime.NumCPU())
	}
}

// loadAverage is the 1-minute load average, or "unknown" off Linux.
func loadAverage() string {
	data, err := os.ReadFile("/proc/loadavg")
	if err != nil {
		return "unknown"
	}
	f := strings.Fields(string(data))
	if len(f) == 0 {
		return "unknown"
	}
	return f[0]
}

// browserMain checks the notebooks in the browser and prints the results.
func browserMain(paths []string, o options) int {
	stop := handleSignals()
	defer stop()
	start := time.Now()
	load := loadAverage()
	results, stats, err := browserCheck(paths, o)
	var out bytes.Buffer
	failed := 0
	for _, r := range results {
		r.print(&out)
		if len(r.Problems) > 0 {
			failed++
		}
	}
	os.Stdout.Write(out.Bytes())
	if err != nil {
		fmt.Fprintln(os.Stderr, "nbrun browser:", err)
		return 1
	}
	fmt.Printf("links: %s\n", stats)
	fmt.Printf("browser check: %d passed, %d failed (%.1fs; load average %s at the start, %s at the end, %d CPUs)\n",
		len(paths)-failed, failed, time.Since(start).Seconds(), load, loadAverage(), runtime.NumCPU())
	return exitCode(failed)
}

// runAllWanted says which notebooks the browser runs: notebook 00, and any
// notebook with a cell tagged browser-slider.
func runAllWanted(path string, nb notebook) bool {
	if strings.HasPrefix(filepath.Base(path), "00_") {
		return true
	}
	for _, c := range nb.cells() {
		for _, t := range tags(c) {
			if t == sliderTag {
				return true
			}
		}
	}
	return false
}

// keeper restores notebooks byte for byte if the UI saved them.
type keeper struct {
	mu    sync.Mutex
	saved map[string][]byte
}

// keep records a notebook's bytes (once) and returns them.
func (k *keeper) keep(abs string) ([]byte, error) {
	k.mu.Lock()
	defer k.mu.Unlock()
	if data, ok := k.saved[abs]; ok {
		return data, nil
	}
	data, err := readNotebookFile(abs)
	if err != nil {
		return nil, err
	}
	k.saved[abs] = data
	return data, nil
}

func (k *keeper) restore() {
	k.mu.Lock()
	defer k.mu.Unlock()
	for p, data := range k.saved {
		if now, err := os.ReadFile(p); err == nil && !bytes.Equal(now, data) {
			writeFileAtomic(p, data)
		}
	}
}

// browserCheck starts the server and the browser, checks each notebook,
// follows their links, and stops both, whatever happens.
func browserCheck(paths []string, o options) ([]browserResult, linkStats, error) {
	if _, err := os.Stat(chromiumPath); err != nil {
		return nil, linkStats{}, fmt.Errorf("no Chromium at %s: run ./course test (it installs Debian's chromium)", chromiumPath)
	}
	srv, err := startServer(o)
	if err != nil {
		return nil, linkStats{}, err
	}
	defer srv.stop()
	keep := &keeper{saved: map[string][]byte{}}
	abs := make([]string, len(paths))
	for i, p := range paths {
		abs[i], _ = filepath.Abs(p)
		if _, err := keep.keep(abs[i]); err != nil {
			return nil, linkStats{}, err
		}
	}
	defer keep.restore()
	remove := onCleanup(keep.restore)
	defer remove()

	dataDir, err := os.MkdirTemp("", "nbrun-chromium-")
	if err != nil {
		return nil, linkStats{}, err
	}
	defer os.RemoveAll(dataDir)
	b, err := startBrowser(dataDir)
	if err != nil {
		return nil, linkStats{}, fmt.Errorf("starting Chromium: %w", err)
	}
	defer b.close()
	removeB := onCleanup(b.close)
	defer removeB()
	// Notebooks are checked in a few tabs at once, Run All first (it takes
	// longest); each tab's kernel is shut down when its notebook is done.
	nbs := make([]notebook, len(paths))
	var first, rest []int
	for i := range paths {
		data, _ := keep.keep(abs[i])
		nb, err := decodeNotebook(data)
		if err == nil {
			nbs[i] = nb
		}
		if err == nil && runAllWanted(paths[i], nb) {
			first = append(first, i)
		} else {
			rest = append(rest, i)
		}
	}
	results := make([]browserResult, len(paths))
	inParallel(append(first, rest...), func(i int) {
		if nbs[i] == nil {
			_, err := decodeNotebook(keep.saved[abs[i]])
			results[i] = browserResult{Path: paths[i], Problems: []browserProblem{{What: err.Error()}}}
			return
		}
		r := checkInBrowser(b, srv, abs[i], nbs[i], runAllWanted(paths[i], nbs[i]), o)
		r.Path = paths[i]
		results[i] = r
		srv.closeSession(abs[i])
	})
	stats := followLinks(b, srv, results, abs, keep)
	return results, stats, nil
}

// inParallel runs f for each job in order, browserTabs at a time.
func inParallel(jobs []int, f func(int)) {
	ch := make(chan int)
	var wg sync.WaitGroup
	for w := 0; w < browserTabs; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range ch {
				f(i)
			}
		}()
	}
	for _, i := range jobs {
		ch <- i
	}
	close(ch)
	wg.Wait()
}

// tab is one browser tab and what it saw: JavaScript errors.
type tab struct {
	cdp      *cdpTab
	mu       sync.Mutex
	jsErrors []string
}

// newTab opens a tab with the kernel tracker installed. A tab that only
// reads pages (refuseSessions) refuses to start kernels: its session
// requests fail, the rest of the page loads. close closes the tab.
func newTab(b *cdpBrowser, refuseSessions bool) (t *tab, close func(), err error) {
	ctx, cancel := context.WithTimeout(context.Background(), pageStall)
	defer cancel()
	ct, err := b.newTab(ctx)
	if err != nil {
		return nil, nil, err
	}
	t = &tab{cdp: ct}
	ct.listen(func(method string, params json.RawMessage) {
		switch method {
		case "Fetch.requestPaused":
			var e struct {
				RequestID string `json:"requestId"`
				Request   struct {
					Method string `json:"method"`
				} `json:"request"`
			}
			if json.Unmarshal(params, &e) != nil {
				return
			}
			go func() { // not from the reader: the answer comes through it
				ctx, cancel := context.WithTimeout(context.Background(), pageStall)
				defer cancel()
				if e.Request.Method == http.MethodPost {
					ct.call(ctx, "Fetch.failRequest", map[string]any{"requestId": e.RequestID, "errorReason": "BlockedByClient"}, nil)
					return
				}
				ct.call(ctx, "Fetch.continueRequest", map[string]any{"requestId": e.RequestID}, nil)
			}()
		case "Runtime.consoleAPICalled":
			if !debugBrowser {
				return
			}
			var e struct {
				Type string `json:"type"`
				Args []struct {
					Value       json.RawMessage `json:"value"`
					Description string          `json:"description"`
				} `json:"args"`
			}
			json.Unmarshal(params, &e)
			var parts []string
			for _, a := range e.Args {
				if a.Value != nil {
					parts = append(parts, string(a.Value))
				} else {
					parts = append(parts, a.Description)
				}
			}
			fmt.Fprintf(os.Stderr, "nbrun browser: console.%s: %s\n", e.Type, firstLines(strings.Join(parts, " "), 2))
		case "Runtime.exceptionThrown":
			var e struct {
				ExceptionDetails cdpException `json:"exceptionDetails"`
			}
			json.Unmarshal(params, &e)
			msg := e.ExceptionDetails.Text
			if x := e.ExceptionDetails.Exception; x != nil && x.Description != "" {
				msg = firstLines(x.Description, 3)
			}
			t.mu.Lock()
			t.jsErrors = append(t.jsErrors, msg)
			t.mu.Unlock()
		}
	})
	addScript := func(src string) error {
		return ct.call(ctx, "Page.addScriptToEvaluateOnNewDocument", map[string]any{"source": src}, nil)
	}
	err = addScript(jsTracker)
	if err == nil && lateAck {
		err = addScript(jsLateAck)
	}
	if err == nil && refuseSessions {
		err = ct.call(ctx, "Fetch.enable", map[string]any{"patterns": []any{map[string]any{"urlPattern": "*/api/sessions*"}}}, nil)
	}
	if err != nil {
		ct.close()
		return nil, nil, err
	}
	return t, ct.close, nil
}

// forgive drops the JavaScript errors seen so far that contain s: those of
// a failure that was retried.
func (t *tab) forgive(s string) {
	t.mu.Lock()
	defer t.mu.Unlock()
	kept := t.jsErrors[:0]
	for _, e := range t.jsErrors {
		if !strings.Contains(e, s) {
			kept = append(kept, e)
		}
	}
	t.jsErrors = kept
}

func (t *tab) errors() []string {
	t.mu.Lock()
	defer t.mu.Unlock()
	return append([]string(nil), t.jsErrors...)
}

// open opens an address in the tab and waits until it has loaded.
func (t *tab) open(ctx context.Context, url string) error {
	_, err := t.cdp.navigate(ctx, url, "")
	return err
}

// awaitJS evaluates an expression that yields a promise in the tab's page,
// waits for it, and decodes its value.
func awaitJS[T any](ctx context.Context, t *tab, expr string) (T, error) {
	return evaluate[T](ctx, t.cdp, expr, true)
}

// evalJS evaluates an expression in the tab's page and decodes its value.
func evalJS[T any](ctx context.Context, t *tab, expr string) (T, error) {
	return evaluate[T](ctx, t.cdp, expr, false)
}

// jsString quotes s for a script.
func jsString(s string) string {
	b, _ := json.Marshal(s)
	return string(b)
}

// checkInBrowser opens one notebook in a new tab and checks it.
func checkInBrowser(b *cdpBrowser, srv *notebookServer, abs string, nb notebook, runAll bool, o options) (res browserResult) {
	start := time.Now()
	res.load[0] = loadAverage()
	defer func() {
		res.Seconds = time.Since(start).Seconds()
		res.load[1] = loadAverage()
	}()
	res.RunAll = runAll
	res.page = srv.url(abs)
	t, closeTab, err := newTab(b, !runAll)
	if err != nil {
		res.Problems = append(res.Problems, browserProblem{What: "opening a tab: " + err.Error()})
		return res
	}
	defer closeTab()
	// A backstop only: every wait below ends on the page's or the kernel's
	// state, or when nothing has moved for a stall period.
	limit := 15 * time.Minute
	if runAll {
		limit = 60 * time.Minute
	}
	ctx, cancelT := context.WithTimeout(context.Background(), limit)
	defer cancelT()
	step := func(what string) {
		res.steps = append(res.steps, fmt.Sprintf("%s %.1fs", what, time.Since(start).Seconds()))
		if debugBrowser {
			fmt.Fprintf(os.Stderr, "nbrun browser: %s: %s at %.1fs\n", rel(abs), what, time.Since(start).Seconds())
		}
	}
	defer func() {
		if len(res.Problems) > 0 {
			kctx, cancel := context.WithTimeout(context.Background(), time.Minute)
			res.kernel, _ = evalJS[[]string](kctx, t, jsKernelEvents)
			cancel()
		}
	}()
	err = t.open(ctx, res.page)
	step("navigated")
	var late string
	if err == nil {
		late, err = awaitJS[string](ctx, t, fmt.Sprintf(jsWaitLoaded, pageStall.Milliseconds()))
		step("loaded and typeset")
	}
	var found []browserProblem
	if err == nil {
		found, err = awaitJS[[]browserProblem](ctx, t, jsRenderProblems)
		step("render checked")
	}
	if late != "" {
		res.Problems = append(res.Problems, browserProblem{What: late})
	}
	if err != nil {
		res.Problems = append(res.Problems, browserProblem{What: "opening the notebook: " + err.Error()})
		return res
	}
	res.Problems = append(res.Problems, found...)
	if shown, err := evalJS[[]string](ctx, t, jsMarkdownText); err != nil {
		res.Problems = append(res.Problems, browserProblem{What: "reading the rendered text: " + err.Error()})
	} else {
		res.Problems = append(res.Problems, mojibakeProblems(nb, shown)...)
	}
	links, err := awaitJS[[]pageLink](ctx, t, jsLinks)
	step("links collected")
	if err != nil {
		res.Problems = append(res.Problems, browserProblem{What: "collecting the links: " + err.Error()})
	}
	res.Links = links
	for _, l := range links {
		if l.Problem != "" {
			res.Problems = append(res.Problems, browserProblem{Cell: l.Cell, What: fmt.Sprintf("link %q: %s", l.Href, l.Problem)})
		}
	}
	if runAll {
		problems, slider, handshake := runAllInBrowser(ctx, t, nb, o.cellTimeout, step)
		if handshake != "" {
			// The retry takes the path a first attempt takes (which is not
			// where GoNB's handshake fails): the session and its kernel shut
			// down, the notebook opened again with a new kernel, Run All.
			res.Notes = append(res.Notes, fmt.Sprintf("the widget handshake failed (%s) at %.1fs, load average %s: "+
				"notebook reopened with a new kernel, Run All retried once (GoNB's wait for the handshake stretched to %s s)",
				handshake, time.Since(start).Seconds(), loadAverage(), handshakeRetrySeconds))
			srv.closeSession(abs)
			err := t.open(ctx, res.page)
			if err == nil {
				_, err = awaitJS[string](ctx, t, fmt.Sprintf(jsWaitLoaded, pageStall.Milliseconds()))
			}
			step("reopened")
			if err != nil {
				problems = append(problems, browserProblem{What: "reopening the notebook for the retry: " + err.Error()})
			} else {
				problems, slider, handshake = runAllInBrowser(ctx, t, nb, o.cellTimeout, step)
				if handshake != "" {
					problems = append(problems, browserProblem{What: "the widget handshake failed again after a retry: " + handshake})
				}
			}
		}
		if len(res.Notes) > 0 && handshake == "" {
			// The retry passed: the failed handshake's unhandled rejections
			// (GoNB's, logged when it gave up) were that failure.
			t.forgive("comm_open_ack not received in time")
		}
		res.Problems = append(res.Problems, problems...)
		res.Slider = slider
		if !slider && strings.HasPrefix(filepath.Base(abs), "00_") {
			res.Problems = append(res.Problems, browserProblem{What: "no code cell tagged " + sliderTag +
				": notebook 00 shows one slider cell, which the browser check moves"})
		}
		step("Run All checked")
	}
	for _, e := range t.errors() {
		res.Problems = append(res.Problems, browserProblem{What: "JavaScript error: " + e})
	}
	return res
}

// runAllInBrowser waits for the kernel, runs every cell with Run All, moves
// the slider of the browser-slider cell and checks that its figure
// changes, then presses its Done button, and checks that every code cell
// got its outputs. A failed widget handshake is returned apart, for a
// retry.
func runAllInBrowser(ctx context.Context, t *tab, nb notebook, stall time.Duration, step func(string)) (problems []browserProblem, moved bool, handshake string) {
	want := make([]map[string]int, len(nb.cells()))
	slider := -1
	for i, c := range nb.cells() {
		if cellType(c) != "code" {
			continue
		}
		want[i] = outputKinds(outputs(c))
		for _, tag := range tags(c) {
			if tag == sliderTag {
				slider = i
			}
		}
	}
	if _, err := awaitJS[bool](ctx, t, fmt.Sprintf(jsWaitKernel, stall.Milliseconds())); err != nil {
		return []browserProblem{{What: "Run All: " + err.Error()}}, false, ""
	}
	step("kernel ready")
	if _, err := awaitJS[bool](ctx, t, jsRunAll); err != nil {
		return []browserProblem{{What: "Run All: " + err.Error()}}, false, ""
	}
	if slider >= 0 {
		type sliderMove struct {
			Before, After string
			Err           string
			Handshake     string
		}
		m, err := awaitJS[sliderMove](ctx, t, fmt.Sprintf(jsMoveSlider, slider, stall.Milliseconds()))
		step("slider moved")
		switch {
		case err != nil:
			problems = append(problems, browserProblem{Cell: slider + 1, What: "slider: " + err.Error()})
		case m.Handshake != "":
			return nil, false, m.Handshake
		case m.Err != "":
			problems = append(problems, browserProblem{Cell: slider + 1, What: "slider: " + m.Err})
		case m.Before == m.After:
			problems = append(problems, browserProblem{Cell: slider + 1, What: "slider moved but the figure did not change"})
		}
	}
	type allRun struct {
		Handshake string
		Cells     []map[string]int
	}
	got, err := awaitJS[allRun](ctx, t, fmt.Sprintf(jsWaitAllRun, stall.Milliseconds()))
	step("Run All finished")
	if err != nil {
		return append(problems, browserProblem{What: "waiting for Run All to finish: " + err.Error()}), slider >= 0, ""
	}
	if got.Handshake != "" {
		return nil, false, got.Handshake
	}
	for i := range want {
		if want[i] == nil || i == slider || i >= len(got.Cells) {
			continue
		}
		for kind, n := range want[i] {
			if got.Cells[i][kind] < n {
				problems = append(problems, browserProblem{Cell: i + 1,
					What: fmt.Sprintf("after Run All the cell shows %d %s, want %d as committed", got.Cells[i][kind], kind, n)})
			}
		}
		if got.Cells[i]["error"] > 0 {
			problems = append(problems, browserProblem{Cell: i + 1, What: "after Run All the cell shows an error"})
		}
	}
	return problems, slider >= 0, ""
}

// outputKinds counts what a cell's committed outputs show: text (a stream
// or a text result) and figures (images, or HTML holding an image).
func outputKinds(outs []map[string]any) map[string]int {
	k := map[string]int{}
	for _, o := range normalizeOutputs(outs) {
		switch o["output_type"] {
		case "stream":
			if o["name"] == "stdout" {
				k["text"]++
			}
		case "display_data", "execute_result":
			d, _ := o["data"].(map[string]any)
			if _, ok := d["image/png"]; ok {
				k["figure"]++
			} else if h, ok := d["text/html"]; ok && strings.Contains(text(h), "<img") {
				k["figure"]++
			} else if _, ok := d["image/svg+xml"]; ok {
				k["figure"]++
			}
		}
	}
	return k
}
