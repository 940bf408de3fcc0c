package main

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"strings"
	"sync"
	"testing"
	"time"
)

// TestCDP drives a headless Chromium through the DevTools client (cdp.go)
// on pages of a local server: navigation waits for the load and reports
// the document's status, evaluation decodes values, awaits promises and
// reports exceptions, a page's uncaught exception arrives as an event, and
// closing the browser ends its process.
func TestCDP(t *testing.T) {
	if _, err := os.Stat(chromiumPath); err != nil {
		msg := "no Chromium at " + chromiumPath + " (run ./course setup)"
		if os.Getenv("NBRUN_REQUIRE") != "" {
			t.Fatal(msg)
		}
		t.Skip(msg)
	}
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/":
			fmt.Fprint(w, `<!doctype html><title>ok</title><p>Loaded.</p>
<script>window.loadedAt = Date.now(); setTimeout(() => { throw new Error("late boom") }, 0)</script>`)
		case "/slow":
			time.Sleep(300 * time.Millisecond) // the load event comes after this
			fmt.Fprint(w, `<!doctype html><title>slow</title><img src="/img">`)
		case "/img":
			time.Sleep(300 * time.Millisecond)
			http.Error(w, "no image", http.StatusNotFound)
		default:
			http.NotFound(w, r)
		}
	}))
	defer srv.Close()

	b, err := startBrowser(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	tab, err := b.newTab(context.Background())
	if err != nil {
		b.close()
		t.Fatal(err)
	}
	var mu sync.Mutex
	var exceptions []string
	tab.listen(func(method string, params json.RawMessage) {
		if method == "Runtime.exceptionThrown" {
			mu.Lock()
			exceptions = append(exceptions, string(params))
			mu.Unlock()
		}
	})
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()

	if status, err := tab.navigate(ctx, srv.URL+"/", ""); err != nil || status != 200 {
		t.Fatalf("navigate /: status %d, %v; want 200", status, err)
	}
	if title, err := evaluate[string](ctx, tab, "document.title", false); err != nil || title != "ok" {
		t.Errorf("title %q, %v; want ok", title, err)
	}
	if n, err := evaluate[int](ctx, tab, "new Promise(r => setTimeout(() => r(42), 20))", true); err != nil || n != 42 {
		t.Errorf("awaited promise: %d, %v; want 42", n, err)
	}
	if _, err := evaluate[int](ctx, tab, `(() => { throw new Error("boom") })()`, false); err == nil || !strings.Contains(err.Error(), "Error: boom") {
		t.Errorf("a thrown exception: got %v, want an error naming it", err)
	}
	if _, err := evaluate[string](ctx, tab, "undefined", false); err == nil {
		t.Error("undefined into a string: no error")
	}
	if v, err := evaluate[[]string](ctx, tab, "null", false); err != nil || v != nil {
		t.Errorf("null into a slice: %v, %v; want nil, nil", v, err)
	}
	// The load event waits for the page's resources (a slow image).
	start := time.Now()
	if status, err := tab.navigate(ctx, srv.URL+"/slow", srv.URL+"/"); err != nil || status != 200 {
		t.Fatalf("navigate /slow: status %d, %v", status, err)
	}
	if d := time.Since(start); d < 600*time.Millisecond {
		t.Errorf("navigate returned after %v, before the page's image had loaded (600 ms)", d)
	}
	if ref, err := evaluate[string](ctx, tab, "document.referrer", false); err != nil || ref != srv.URL+"/" {
		t.Errorf("referrer %q, %v; want %s/", ref, err, srv.URL)
	}
	if status, err := tab.navigate(ctx, srv.URL+"/missing", ""); err != nil || status != 404 {
		t.Errorf("navigate /missing: status %d, %v; want 404", status, err)
	}
	if _, err := tab.navigate(ctx, "http://example.invalid/", ""); err == nil {
		t.Error("a host that does not resolve: no error")
	}
	mu.Lock()
	got := strings.Join(exceptions, "\n")
	mu.Unlock()
	if !strings.Contains(got, "late boom") {
		t.Errorf("the page's uncaught exception did not arrive as an event: %q", got)
	}
	tab.close()
	b.close()
	if b.cmd.ProcessState == nil {
		t.Error("the browser's process has not ended")
	}
	if err := b.conn.call(ctx, "", "Browser.getVersion", nil, nil); err == nil {
		t.Error("a command after close: no error")
	}
}
