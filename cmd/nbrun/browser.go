package main

import (
	"bytes"
	"context"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"time"

	"github.com/chromedp/cdproto/fetch"
	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"
)

// The browser check opens notebooks as a student does: a Notebook server on
// 127.0.0.1 with the course's kernel, and headless Chromium (Debian's
// chromium) driven through the DevTools protocol. For every notebook it
// waits for MathJax and fails on a MathJax error, a control character in
// the rendered text, an image that does not decode, or a JavaScript error.
// Notebook 00 (or any notebook named with -run-all) is then run with "Run
// All": every code cell must get its outputs and figures, and the slider of
// the cell tagged browser-slider must redraw its figure when moved.

var debugBrowser = os.Getenv("NBRUN_DEBUG") != ""

const (
	sliderTag     = "browser-slider"
	chromiumPath  = "/usr/bin/chromium"
	browserWidth  = 1100
	browserHeight = 900
	browserTabs   = 3 // notebooks checked at once
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
	RunAll   bool
	Slider   bool // a browser-slider cell was moved
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
	fmt.Fprintf(w, "%s browser %s  %.1fs (%s)\n", status, rel(r.Path), r.Seconds, what)
	for _, p := range r.Problems {
		if p.Cell > 0 {
			fmt.Fprintf(w, "FAIL %s cell %d: %s\n", rel(r.Path), p.Cell, p.What)
		} else {
			fmt.Fprintf(w, "FAIL %s: %s\n", rel(r.Path), p.What)
		}
	}
}

// browserMain checks the notebooks in the browser and prints the results.
func browserMain(paths []string, o options) int {
	stop := handleSignals()
	defer stop()
	start := time.Now()
	results, err := browserCheck(paths, o)
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
	fmt.Printf("browser check: %d passed, %d failed (%.1fs)\n", len(paths)-failed, failed, time.Since(start).Seconds())
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

// browserCheck starts the server and the browser, checks each notebook and
// stops both, whatever happens.
func browserCheck(paths []string, o options) ([]browserResult, error) {
	if _, err := os.Stat(chromiumPath); err != nil {
		return nil, fmt.Errorf("no Chromium at %s: run ./course setup (it installs Debian's chromium)", chromiumPath)
	}
	srv, err := startServer(o)
	if err != nil {
		return nil, err
	}
	defer srv.stop()
	// The notebooks are restored byte for byte if the UI saved them.
	saved := map[string][]byte{}
	restore := func() {
		for p, data := range saved {
			if now, err := os.ReadFile(p); err == nil && !bytes.Equal(now, data) {
				writeFileAtomic(p, data)
			}
		}
	}
	for _, p := range paths {
		abs, _ := filepath.Abs(p)
		data, err := readNotebookFile(abs)
		if err != nil {
			return nil, err
		}
		saved[abs] = data
	}
	defer restore()
	remove := onCleanup(restore)
	defer remove()

	dataDir, err := os.MkdirTemp("", "nbrun-chromium-")
	if err != nil {
		return nil, err
	}
	defer os.RemoveAll(dataDir)
	opts := []chromedp.ExecAllocatorOption{
		chromedp.ExecPath(chromiumPath),
		chromedp.Headless, chromedp.DisableGPU, chromedp.NoSandbox,
		chromedp.NoFirstRun, chromedp.NoDefaultBrowserCheck,
		chromedp.UserDataDir(dataDir),
		chromedp.WindowSize(browserWidth, browserHeight),
		chromedp.Env(treeVar + "=" + treeToken),
		chromedp.ModifyCmdFunc(guardCmd), // Chromium dies with the runner (proc.go)
		// Loopback only: every other host name resolves to nothing.
		chromedp.Flag("host-resolver-rules", "MAP * ~NOTFOUND, EXCLUDE 127.0.0.1"),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("no-proxy-server", true),
	}
	actx, cancelAlloc := chromedp.NewExecAllocator(context.Background(), append(chromedp.DefaultExecAllocatorOptions[:0:0], opts...)...)
	defer cancelAlloc()
	bctx, cancelBrowser := chromedp.NewContext(actx)
	defer cancelBrowser()
	removeB := onCleanup(func() { cancelBrowser(); cancelAlloc() })
	defer removeB()
	if err := chromedp.Do(bctx); err != nil {
		return nil, fmt.Errorf("starting Chromium: %w", err)
	}
	// Notebooks are checked in a few tabs at once; each tab's kernel is shut
	// down when its notebook is done.
	results := make([]browserResult, len(paths))
	jobs := make(chan int)
	var wg sync.WaitGroup
	for w := 0; w < browserTabs; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range jobs {
				p := paths[i]
				abs, _ := filepath.Abs(p)
				nb, err := decodeNotebook(saved[abs])
				if err != nil {
					results[i] = browserResult{Path: p, Problems: []browserProblem{{What: err.Error()}}}
					continue
				}
				r := checkInBrowser(bctx, srv, abs, nb, runAllWanted(p, nb))
				r.Path = p
				results[i] = r
				srv.closeSession(abs)
			}
		}()
	}
	// Run All first: it takes longest.
	order := make([]int, 0, len(paths))
	for i, p := range paths {
		abs, _ := filepath.Abs(p)
		if nb, err := decodeNotebook(saved[abs]); err == nil && runAllWanted(p, nb) {
			order = append(order, i)
		}
	}
	for i, p := range paths {
		abs, _ := filepath.Abs(p)
		if nb, err := decodeNotebook(saved[abs]); err != nil || !runAllWanted(p, nb) {
			order = append(order, i)
		}
	}
	for _, i := range order {
		jobs <- i
	}
	close(jobs)
	wg.Wait()
	return results, nil
}

// notebookServer is a Jupyter Notebook server on 127.0.0.1.
type notebookServer struct {
	cmd   *exec.Cmd
	base  string // http://127.0.0.1:PORT
	token string
	root  string // the folder it serves: the repository
	log   *bytes.Buffer
	once  sync.Once
	// stopFn interrupts the server, kills it if it lingers, and stops the
	// kernels it started.
	stopFn func()
}

func freePort() (int, error) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return 0, err
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port, nil
}

func startServer(o options) (*notebookServer, error) {
	port, err := freePort()
	if err != nil {
		return nil, err
	}
	tok := make([]byte, 16)
	rand.Read(tok)
	s := &notebookServer{base: "http://127.0.0.1:" + strconv.Itoa(port), token: hex.EncodeToString(tok),
		root: o.repo, log: &bytes.Buffer{}}
	runtimeDir, err := os.MkdirTemp("", "nbrun-jupyter-")
	if err != nil {
		return nil, err
	}
	args := []string{"-m", "notebook", "--no-browser", "--ip=127.0.0.1", "--port=" + strconv.Itoa(port),
		"--port-retries=0", "--notebook-dir=" + o.repo,
		"--NotebookApp.token=" + s.token, "--NotebookApp.open_browser=False",
		"--MappingKernelManager.default_kernel_name=" + o.kernel}
	if os.Geteuid() == 0 {
		args = append(args, "--allow-root")
	}
	s.cmd = ownedCommand(o.python, args...)
	s.cmd.Env = append(s.cmd.Env, "GOPROXY=off", "GOTOOLCHAIN=local", "JUPYTER_RUNTIME_DIR="+runtimeDir)
	s.cmd.Stdout, s.cmd.Stderr = s.log, s.log
	s.cmd.Dir = o.repo
	if err := s.cmd.Start(); err != nil {
		os.RemoveAll(runtimeDir)
		return nil, fmt.Errorf("starting the Notebook server: %w", err)
	}
	trackCmd(s.cmd.Process.Pid, true)
	exited := make(chan error, 1)
	go func() { exited <- s.cmd.Wait() }()
	stopped := false
	s.stopFn = func() {
		if !stopped {
			stopped = true
			s.cmd.Process.Signal(syscall.SIGTERM) // the server shuts its kernels down
			select {
			case <-exited:
			case <-time.After(3 * time.Second):
				s.cmd.Process.Kill()
				<-exited
			}
			trackCmd(s.cmd.Process.Pid, false)
		}
		killTree(2 * time.Second)
		os.RemoveAll(runtimeDir)
	}
	deadline := time.Now().Add(60 * time.Second)
	for {
		resp, err := http.Get(s.base + "/api/status?token=" + s.token)
		if err == nil {
			resp.Body.Close()
			if resp.StatusCode == 200 {
				return s, nil
			}
		}
		select {
		case err := <-exited:
			exited <- err
			s.stop()
			return nil, fmt.Errorf("the Notebook server ended (%v):\n%s", err, lastLines(s.log.String(), 15))
		case <-time.After(100 * time.Millisecond):
		}
		if time.Now().After(deadline) {
			s.stop()
			return nil, fmt.Errorf("the Notebook server did not answer in 60s:\n%s", lastLines(s.log.String(), 15))
		}
	}
}

func (s *notebookServer) stop() { s.once.Do(s.stopFn) }

// closeSession shuts down the kernel that the page of a notebook started.
func (s *notebookServer) closeSession(abs string) {
	relPath, _ := filepath.Rel(s.root, abs)
	resp, err := http.Get(s.base + "/api/sessions?token=" + s.token)
	if err != nil {
		return
	}
	defer resp.Body.Close()
	var sessions []struct {
		ID   string `json:"id"`
		Path string `json:"path"`
	}
	json.NewDecoder(resp.Body).Decode(&sessions)
	for _, se := range sessions {
		if se.Path != filepath.ToSlash(relPath) {
			continue
		}
		req, _ := http.NewRequest(http.MethodDelete, s.base+"/api/sessions/"+se.ID+"?token="+s.token, nil)
		if r, err := http.DefaultClient.Do(req); err == nil {
			r.Body.Close()
		}
	}
}

func (s *notebookServer) url(abs string) string {
	relPath, _ := filepath.Rel(s.root, abs)
	return s.base + "/notebooks/" + filepath.ToSlash(relPath) + "?token=" + s.token
}

// checkInBrowser opens one notebook in a new tab and checks it.
func checkInBrowser(bctx context.Context, srv *notebookServer, abs string, nb notebook, runAll bool) (res browserResult) {
	start := time.Now()
	defer func() { res.Seconds = time.Since(start).Seconds() }()
	res.RunAll = runAll
	tctx, cancel := chromedp.NewContext(bctx)
	defer cancel()
	var mu sync.Mutex
	var jsErrors []string
	listenErr := chromedp.Listen(tctx, func(ev any) {
		if e, ok := ev.(*fetch.EventRequestPaused); ok {
			// Only a render-only page pauses requests: its session (and so
			// its kernel, gopls included) is refused; the rest goes on.
			go func() {
				if e.Request.Method == http.MethodPost {
					chromedp.Call(tctx, fetch.FailRequest, fetch.FailRequestParams{
						RequestID: e.RequestID, ErrorReason: network.ErrorReasonBlockedByClient})
					return
				}
				chromedp.Call(tctx, fetch.ContinueRequest, fetch.ContinueRequestParams{RequestID: e.RequestID})
			}()
		}
		if e, ok := ev.(*runtime.EventExceptionThrown); ok {
			msg := e.ExceptionDetails.Text
			if e.ExceptionDetails.Exception != nil && e.ExceptionDetails.Exception.Description != "" {
				msg = firstLines(e.ExceptionDetails.Exception.Description, 3)
			}
			mu.Lock()
			jsErrors = append(jsErrors, msg)
			mu.Unlock()
		}
	})
	if listenErr == nil && !runAll {
		// A page that is only read needs no kernel: refuse the session.
		_, listenErr = chromedp.Call(tctx, fetch.Enable, fetch.EnableParams{
			Patterns: []*fetch.RequestPattern{{URLPattern: "*/api/sessions*"}}})
	}
	if listenErr != nil {
		res.Problems = append(res.Problems, browserProblem{What: "opening a tab: " + listenErr.Error()})
		return res
	}
	limit := 90 * time.Second
	if runAll {
		limit = 4 * time.Minute
	}
	ctx, cancelT := context.WithTimeout(tctx, limit)
	defer cancelT()
	step := func(what string) {
		if debugBrowser {
			fmt.Fprintf(os.Stderr, "nbrun browser: %s: %s at %.1fs\n", rel(abs), what, time.Since(start).Seconds())
		}
	}
	err := chromedp.Do(ctx, chromedp.Navigate(srv.url(abs)))
	step("navigated")
	var late string
	if err == nil {
		late, err = chromedp.Run(ctx, awaitJS[string](jsWaitLoaded))
		step("loaded and typeset")
	}
	var found []browserProblem
	if err == nil {
		found, err = chromedp.Run(ctx, awaitJS[[]browserProblem](jsRenderProblems))
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
	if runAll {
		problems, slider := runAllInBrowser(ctx, nb)
		res.Problems = append(res.Problems, problems...)
		res.Slider = slider
		if !slider && strings.HasPrefix(filepath.Base(abs), "00_") {
			res.Problems = append(res.Problems, browserProblem{What: "no code cell tagged " + sliderTag +
				": notebook 00 shows one slider cell, which the browser check moves"})
		}
		step("Run All checked")
	}
	mu.Lock()
	for _, e := range jsErrors {
		res.Problems = append(res.Problems, browserProblem{What: "JavaScript error: " + e})
	}
	mu.Unlock()
	return res
}

// awaitJS evaluates an expression that yields a promise and waits for it.
func awaitJS[T any](expr string) chromedp.Action[T] {
	return chromedp.Evaluate[T](expr, chromedp.EvalAwaitPromise)
}

// runAllInBrowser runs every cell with Run All, moves the slider of the
// browser-slider cell and checks that its figure changes, then presses its
// Done button, and checks that every code cell got its outputs.
func runAllInBrowser(ctx context.Context, nb notebook) ([]browserProblem, bool) {
	var problems []browserProblem
	want := make([]map[string]int, len(nb.cells()))
	slider := -1
	for i, c := range nb.cells() {
		if cellType(c) != "code" {
			continue
		}
		want[i] = outputKinds(outputs(c))
		for _, t := range tags(c) {
			if t == sliderTag {
				slider = i
			}
		}
	}
	if _, err := chromedp.Run(ctx, awaitJS[bool](jsRunAll)); err != nil {
		return []browserProblem{{What: "Run All: " + err.Error()}}, false
	}
	if slider >= 0 {
		type sliderMove struct {
			Before, After string
			Err           string
		}
		moved, err := chromedp.Run(ctx, awaitJS[sliderMove](fmt.Sprintf(jsMoveSlider, slider)))
		switch {
		case err != nil:
			problems = append(problems, browserProblem{Cell: slider + 1, What: "slider: " + err.Error()})
		case moved.Err != "":
			problems = append(problems, browserProblem{Cell: slider + 1, What: "slider: " + moved.Err})
		case moved.Before == moved.After:
			problems = append(problems, browserProblem{Cell: slider + 1, What: "slider moved but the figure did not change"})
		}
	}
	got, err := chromedp.Run(ctx, awaitJS[[]map[string]int](jsWaitAllRun))
	if err != nil {
		return append(problems, browserProblem{What: "waiting for Run All to finish: " + err.Error()}), slider >= 0
	}
	for i := range want {
		if want[i] == nil || i == slider || i >= len(got) {
			continue
		}
		for kind, n := range want[i] {
			if got[i][kind] < n {
				problems = append(problems, browserProblem{Cell: i + 1,
					What: fmt.Sprintf("after Run All the cell shows %d %s, want %d as committed", got[i][kind], kind, n)})
			}
		}
		if got[i]["error"] > 0 {
			problems = append(problems, browserProblem{Cell: i + 1, What: "after Run All the cell shows an error"})
		}
	}
	return problems, slider >= 0
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
