//go:build linux

package main

import (
	"bufio"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"
)

// TestCourseServesTheRepository starts Jupyter as a student does,
// `./course --no-browser --port P`, with Jupyter's data, config and runtime
// folders in a temporary folder (its kernel is registered there, not for
// the user). The URL it prints opens notebook 00 with the token, and so
// does the bare address; the exercise notebooks, the reference pages and a
// figure are reachable; hidden folders and anything outside the repository
// are not.
func TestCourseServesTheRepository(t *testing.T) {
	start, token, get := serveCourse(t, "/notebooks/notebooks/00_start_here.ipynb")
	base := start[:strings.Index(start, "/notebooks/")]
	resp, body := get(strings.TrimPrefix(start, base), "")
	if resp.StatusCode != 200 || !strings.Contains(body, `data-notebook-name="00_start_here.ipynb"`) {
		t.Errorf("the printed URL %s: HTTP %d, not notebook 00's page", start, resp.StatusCode)
	}
	if resp, _ := get("/?token="+token, ""); resp.Request.URL.Path != "/notebooks/notebooks/00_start_here.ipynb" {
		t.Errorf("the bare address leads to %s, want notebook 00", resp.Request.URL.Path)
	}
	tok := "?token=" + token
	for _, path := range []string{"notebooks/errata.ipynb", "notebooks/notation.ipynb",
		"exercises/threshold/threshold.ipynb", "solutions/threshold/threshold.ipynb"} {
		if resp, _ := get("/api/contents/"+path+tok, ""); resp.StatusCode != 200 {
			t.Errorf("%s: HTTP %d, want it reachable", path, resp.StatusCode)
		}
	}
	if resp, _ := get("/files/plots/testdata/chords_golden.png"+tok, base+"/notebooks/x.ipynb"); resp.StatusCode != 200 ||
		resp.Header.Get("Content-Type") != "image/png" {
		t.Errorf("a figure: HTTP %d, %s", resp.StatusCode, resp.Header.Get("Content-Type"))
	}
	// Refused, or (for /tree/..) the listing of the repository's own root.
	for _, path := range []string{"/api/contents/..", "/api/contents/.git", "/files/.git", "/api/contents/.tools",
		"/files/%2e%2e/%2e%2e/etc/passwd", "/files/..%2fgo.mod", "/notebooks/%2e%2e/%2e%2e/etc/passwd", "/tree/.."} {
		resp, body := get(path+tok, base+"/notebooks/x.ipynb")
		refused := resp.StatusCode == 403 || resp.StatusCode == 404
		root := resp.StatusCode == 200 && resp.Request.URL.Path == "/tree"
		if !refused && !root || strings.Contains(body, "root:x:") {
			t.Errorf("%s: HTTP %d at %s, want it refused", path, resp.StatusCode, resp.Request.URL.Path)
		}
	}
}

// TestCourseOpensTheSpanishEdition: `./course --lang es` prints, and the bare
// address opens, the Spanish edition's notebook 00.
func TestCourseOpensTheSpanishEdition(t *testing.T) {
	const es = "/notebooks/notebooks/es/00_start_here.ipynb"
	start, token, get := serveCourse(t, es, "--lang", "es")
	base := start[:strings.Index(start, "/notebooks/")]
	resp, body := get(strings.TrimPrefix(start, base), "")
	if resp.StatusCode != 200 || !strings.Contains(body, `data-notebook-path="notebooks/es/00_start_here.ipynb"`) {
		t.Errorf("the printed URL %s: HTTP %d, not the Spanish notebook 00's page", start, resp.StatusCode)
	}
	if resp, _ := get("/?token="+token, ""); resp.Request.URL.Path != es {
		t.Errorf("the bare address leads to %s, want %s", resp.Request.URL.Path, es)
	}
}

// serveCourse starts `./course --no-browser --port P ARGS...` with Jupyter's
// data, config and runtime folders in a temporary folder, waits for the URL
// it prints (which must open startPath with a token), and returns that URL,
// the token and a GET function for the server. The server stops when the
// test ends.
func serveCourse(t *testing.T, startPath string, args ...string) (start, token string, get func(path, referer string) (*http.Response, string)) {
	t.Helper()
	o := testOptions(t, "run")
	port, err := freePort()
	if err != nil {
		t.Fatal(err)
	}
	tmp := t.TempDir()
	cmd := ownedCommand("bash", append([]string{filepath.Join(o.repo, "course"), "--no-browser", "--port", strconv.Itoa(port)}, args...)...)
	cmd.Dir = o.repo
	cmd.Env = append(cmd.Env, "JUPYTER_DATA_DIR="+filepath.Join(tmp, "data"),
		"JUPYTER_CONFIG_DIR="+filepath.Join(tmp, "config"), "JUPYTER_RUNTIME_DIR="+filepath.Join(tmp, "runtime"))
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	cmd.Stderr = cmd.Stdout
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	trackCmd(cmd.Process.Pid, true)
	t.Cleanup(func() {
		cmd.Process.Signal(os.Interrupt)
		cmd.Process.Signal(os.Interrupt) // Jupyter stops on a second Ctrl-C
		done := make(chan error, 1)
		go func() { done <- cmd.Wait() }()
		select {
		case <-done:
		case <-time.After(10 * time.Second):
			cmd.Process.Kill()
			<-done
		}
		trackCmd(cmd.Process.Pid, false)
		killTree(2 * time.Second)
	})
	urlLine := regexp.MustCompile(`^course:\s+(http://127\.0\.0\.1:` + strconv.Itoa(port) +
		regexp.QuoteMeta(startPath) + `\?token=([0-9a-f]{32,}))$`)
	lines := make(chan string, 100)
	go func() {
		sc := bufio.NewScanner(out)
		for sc.Scan() {
			lines <- sc.Text()
		}
		close(lines)
	}()
	var log []string
	deadline := time.After(3 * time.Minute)
	for start == "" {
		select {
		case l, ok := <-lines:
			if !ok {
				t.Fatalf("./course ended before printing the course's URL:\n%s", strings.Join(log, "\n"))
			}
			log = append(log, l)
			if m := urlLine.FindStringSubmatch(l); m != nil {
				start, token = m[1], m[2]
			}
		case <-deadline:
			t.Fatalf("./course printed no URL to %s in 3 minutes:\n%s", startPath, strings.Join(log, "\n"))
		}
	}
	go func() {
		for range lines { // keep the pipe drained
		}
	}()
	base := "http://127.0.0.1:" + strconv.Itoa(port)
	get = func(path, referer string) (*http.Response, string) {
		t.Helper()
		req, _ := http.NewRequest(http.MethodGet, base+path, nil)
		if referer != "" {
			req.Header.Set("Referer", referer)
		}
		var resp *http.Response
		var err error
		for i := 0; i < 600; i++ { // the server may take a while to listen
			if resp, err = http.DefaultClient.Do(req); err == nil {
				break
			}
			time.Sleep(100 * time.Millisecond)
		}
		if err != nil {
			t.Fatalf("GET %s: %v", path, err)
		}
		defer resp.Body.Close()
		body, _ := io.ReadAll(io.LimitReader(resp.Body, 1<<20))
		return resp, string(body)
	}
	return start, token, get
}
