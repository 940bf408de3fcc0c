package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"reflect"
	"strconv"
	"sync"
	"time"
)

// A small client of the Chrome DevTools Protocol, enough for the browser
// check: Chromium started with --remote-debugging-pipe reads JSON commands
// ({"id", "method", "params", "sessionId"}) from its file descriptor 3 and
// writes the answers ({"id", "result" or "error"}) and the events
// ({"method", "params", "sessionId"}) to its descriptor 4, each message
// ended by a zero byte. A tab is a target the browser creates, attached in
// "flat" mode: its commands and events carry its session id.
//
// The protocol is the browser's own (https://chromedevtools.github.io/
// devtools-protocol/); the methods used are Target.createTarget,
// attachToTarget and closeTarget, Page.navigate (waiting for the load
// lifecycle event of the navigation's loader), Runtime.evaluate,
// Page.addScriptToEvaluateOnNewDocument and Fetch.enable,
// continueRequest and failRequest.

// cdpMessage is one message in either direction.
type cdpMessage struct {
	ID        int64           `json:"id,omitempty"`
	SessionID string          `json:"sessionId,omitempty"`
	Method    string          `json:"method,omitempty"`
	Params    json.RawMessage `json:"params,omitempty"`
	Result    json.RawMessage `json:"result,omitempty"`
	Error     *cdpError       `json:"error,omitempty"`
}

// cdpError is the error a command answers with.
type cdpError struct {
	Code    int64  `json:"code"`
	Message string `json:"message"`
	Data    string `json:"data,omitempty"`
}

func (e *cdpError) Error() string {
	if e.Data != "" {
		return fmt.Sprintf("%s (%d): %s", e.Message, e.Code, e.Data)
	}
	return fmt.Sprintf("%s (%d)", e.Message, e.Code)
}

// errBrowserGone is the error of a command whose answer can no longer come.
var errBrowserGone = errors.New("the browser closed its DevTools pipe")

// cdpConn is the connection to one browser.
type cdpConn struct {
	w   io.WriteCloser
	wmu sync.Mutex // one message written at a time

	mu       sync.Mutex
	nextID   int64
	pending  map[int64]chan cdpMessage
	sessions map[string]*cdpTab
	done     chan struct{} // closed when the browser's pipe ends
}

// newCDPConn reads the browser's messages from r in a goroutine of its own;
// commands are written to w.
func newCDPConn(r io.Reader, w io.WriteCloser) *cdpConn {
	c := &cdpConn{w: w, pending: map[int64]chan cdpMessage{}, sessions: map[string]*cdpTab{},
		done: make(chan struct{})}
	go c.read(r)
	return c
}

// read delivers each answer to its caller and each event to its tab, until
// the pipe ends.
func (c *cdpConn) read(r io.Reader) {
	defer close(c.done)
	br := bufio.NewReader(r)
	for {
		b, err := br.ReadBytes(0)
		if err != nil {
			return
		}
		var m cdpMessage
		if json.Unmarshal(bytes.TrimSuffix(b, []byte{0}), &m) != nil {
			continue
		}
		c.mu.Lock()
		if m.ID != 0 {
			ch := c.pending[m.ID]
			delete(c.pending, m.ID)
			c.mu.Unlock()
			if ch != nil {
				ch <- m // buffered: never blocks
			}
			continue
		}
		t := c.sessions[m.SessionID]
		c.mu.Unlock()
		if t != nil {
			t.dispatch(m.Method, m.Params)
		}
	}
}

// call sends a command (to the browser, or to a tab's session) and decodes
// its answer into result (if not nil).
func (c *cdpConn) call(ctx context.Context, session, method string, params, result any) error {
	if params == nil {
		params = struct{}{}
	}
	p, err := json.Marshal(params)
	if err != nil {
		return err
	}
	ch := make(chan cdpMessage, 1)
	c.mu.Lock()
	c.nextID++
	id := c.nextID
	c.pending[id] = ch
	c.mu.Unlock()
	msg, _ := json.Marshal(cdpMessage{ID: id, SessionID: session, Method: method, Params: p})
	c.wmu.Lock()
	_, err = c.w.Write(append(msg, 0))
	c.wmu.Unlock()
	if err != nil {
		c.forget(id)
		return fmt.Errorf("%s: %w", method, err)
	}
	select {
	case m := <-ch:
		if m.Error != nil {
			return fmt.Errorf("%s: %w", method, m.Error)
		}
		if result != nil {
			return json.Unmarshal(m.Result, result)
		}
		return nil
	case <-ctx.Done():
		c.forget(id)
		return ctx.Err()
	case <-c.done:
		return fmt.Errorf("%s: %w", method, errBrowserGone)
	}
}

func (c *cdpConn) forget(id int64) {
	c.mu.Lock()
	delete(c.pending, id)
	c.mu.Unlock()
}

// cdpBrowser is a headless Chromium the runner started and owns.
type cdpBrowser struct {
	conn   *cdpConn
	cmd    *exec.Cmd
	exited chan error
	log    *bytes.Buffer // its stdout and stderr, for a failure's report
	once   sync.Once
}

// startBrowser starts Chromium (chromiumPath) headless with its DevTools
// pipes, under a guard as every process of the runner (proc.go), and waits
// until it answers.
func startBrowser(dataDir string) (*cdpBrowser, error) {
	ownTree()
	childR, parentW, err := os.Pipe() // the browser reads commands from childR (its fd 3)
	if err != nil {
		return nil, err
	}
	parentR, childW, err := os.Pipe() // and writes to childW (its fd 4)
	if err != nil {
		childR.Close()
		parentW.Close()
		return nil, err
	}
	args := []string{
		"--headless", "--hide-scrollbars", "--mute-audio", "--disable-gpu", "--no-sandbox",
		"--no-first-run", "--no-default-browser-check", "--user-data-dir=" + dataDir,
		"--window-size=" + strconv.Itoa(browserWidth) + "," + strconv.Itoa(browserHeight),
		// Loopback only: every other host name resolves to nothing.
		"--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1",
		"--disable-background-networking", "--disable-component-update", "--disable-sync",
		"--no-proxy-server", "--remote-debugging-pipe", "about:blank",
	}
	b := &cdpBrowser{log: &bytes.Buffer{}, exited: make(chan error, 1)}
	name, args := ahead(chromiumPath, args...)
	b.cmd = exec.Command(name, args...)
	b.cmd.Env = append(os.Environ(), treeVar+"="+treeToken)
	b.cmd.ExtraFiles = []*os.File{childR, childW}
	b.cmd.Stdout, b.cmd.Stderr = b.log, b.log
	guardCmd(b.cmd) // Chromium dies with the runner (proc.go); it passes fds 3 and 4 on
	err = b.cmd.Start()
	childR.Close()
	childW.Close()
	if err != nil {
		parentR.Close()
		parentW.Close()
		return nil, err
	}
	trackCmd(b.cmd.Process.Pid, true)
	go func() { b.exited <- b.cmd.Wait() }()
	b.conn = newCDPConn(parentR, parentW)
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	if err := b.conn.call(ctx, "", "Browser.getVersion", nil, nil); err != nil {
		b.close()
		return nil, fmt.Errorf("%w\n%s", err, lastLines(b.log.String(), 15))
	}
	return b, nil
}

// close asks the browser to close, closes its pipe, and kills it if it has
// not ended after a few seconds.
func (b *cdpBrowser) close() {
	b.once.Do(func() {
		ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
		b.conn.call(ctx, "", "Browser.close", nil, nil)
		cancel()
		b.conn.w.Close()
		select {
		case <-b.exited:
		case <-time.After(5 * time.Second):
			b.cmd.Process.Kill()
			<-b.exited
		}
		trackCmd(b.cmd.Process.Pid, false)
	})
}

// cdpTab is one tab of the browser, in a window of its own (a tab hidden
// behind another gets no animation frames, and MathJax waits for them).
type cdpTab struct {
	conn    *cdpConn
	target  string
	session string

	mu        sync.Mutex
	listeners map[int]func(method string, params json.RawMessage)
	nextL     int
}

// newTab opens a tab on about:blank, attached, with the domains the check
// listens to enabled: Page (with lifecycle events), Runtime, Network.
func (b *cdpBrowser) newTab(ctx context.Context) (*cdpTab, error) {
	var created struct {
		TargetID string `json:"targetId"`
	}
	if err := b.conn.call(ctx, "", "Target.createTarget", map[string]any{"url": "about:blank", "newWindow": true}, &created); err != nil {
		return nil, err
	}
	var attached struct {
		SessionID string `json:"sessionId"`
	}
	if err := b.conn.call(ctx, "", "Target.attachToTarget", map[string]any{"targetId": created.TargetID, "flatten": true}, &attached); err != nil {
		return nil, err
	}
	t := &cdpTab{conn: b.conn, target: created.TargetID, session: attached.SessionID,
		listeners: map[int]func(string, json.RawMessage){}}
	b.conn.mu.Lock()
	b.conn.sessions[t.session] = t
	b.conn.mu.Unlock()
	for _, m := range []string{"Runtime.enable", "Network.enable", "Page.enable"} {
		if err := t.call(ctx, m, nil, nil); err != nil {
			t.close()
			return nil, err
		}
	}
	if err := t.call(ctx, "Page.setLifecycleEventsEnabled", map[string]any{"enabled": true}, nil); err != nil {
		t.close()
		return nil, err
	}
	return t, nil
}

// close closes the tab.
func (t *cdpTab) close() {
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	t.conn.call(ctx, "", "Target.closeTarget", map[string]any{"targetId": t.target}, nil)
	t.conn.mu.Lock()
	delete(t.conn.sessions, t.session)
	t.conn.mu.Unlock()
}

// call sends a command to the tab.
func (t *cdpTab) call(ctx context.Context, method string, params, result any) error {
	return t.conn.call(ctx, t.session, method, params, result)
}

// listen calls f for each event of the tab, in the order they come, from
// the connection's reader: f must not block. stop ends the calls.
func (t *cdpTab) listen(f func(method string, params json.RawMessage)) (stop func()) {
	t.mu.Lock()
	defer t.mu.Unlock()
	id := t.nextL
	t.nextL++
	t.listeners[id] = f
	return func() {
		t.mu.Lock()
		defer t.mu.Unlock()
		delete(t.listeners, id)
	}
}

func (t *cdpTab) dispatch(method string, params json.RawMessage) {
	t.mu.Lock()
	fs := make([]func(string, json.RawMessage), 0, len(t.listeners))
	for _, f := range t.listeners {
		fs = append(fs, f)
	}
	t.mu.Unlock()
	for _, f := range fs {
		f(method, params)
	}
}

// navigate opens url in the tab as a link from referrer does, waits until
// the document has loaded (the "load" lifecycle event of the navigation's
// loader), and returns its HTTP status (0 for a page that is not fetched
// over HTTP, or a jump within the page). A navigation the browser refuses
// (a network error) is an error.
func (t *cdpTab) navigate(ctx context.Context, url, referrer string) (status int, err error) {
	type event struct {
		method string
		params json.RawMessage
	}
	var mu sync.Mutex
	var events []event
	wake := make(chan struct{}, 1)
	stop := t.listen(func(method string, params json.RawMessage) {
		if method != "Page.lifecycleEvent" && method != "Network.responseReceived" {
			return
		}
		mu.Lock()
		events = append(events, event{method, params})
		mu.Unlock()
		select {
		case wake <- struct{}{}:
		default:
		}
	})
	defer stop()
	var nav struct {
		FrameID   string `json:"frameId"`
		LoaderID  string `json:"loaderId"`
		ErrorText string `json:"errorText"`
	}
	if err := t.call(ctx, "Page.navigate", map[string]any{"url": url, "referrer": referrer}, &nav); err != nil {
		return 0, err
	}
	if nav.ErrorText != "" {
		return 0, fmt.Errorf("loading %s: %s", url, nav.ErrorText)
	}
	if nav.LoaderID == "" {
		return 0, nil // a jump within the document: nothing loads
	}
	seen := 0
	for {
		mu.Lock()
		fresh := events[seen:]
		seen = len(events)
		mu.Unlock()
		for _, e := range fresh {
			var p struct {
				LoaderID string `json:"loaderId"`
				FrameID  string `json:"frameId"`
				Name     string `json:"name"`
				Type     string `json:"type"`
				Response struct {
					Status int `json:"status"`
				} `json:"response"`
			}
			if json.Unmarshal(e.params, &p) != nil || p.LoaderID != nav.LoaderID {
				continue
			}
			switch {
			case e.method == "Network.responseReceived" && p.Type == "Document":
				status = p.Response.Status
			case e.method == "Page.lifecycleEvent" && p.Name == "load" && p.FrameID == nav.FrameID:
				return status, nil
			}
		}
		select {
		case <-wake:
		case <-ctx.Done():
			return 0, ctx.Err()
		case <-t.conn.done:
			return 0, errBrowserGone
		}
	}
}

// cdpException is a JavaScript exception thrown by an evaluated expression.
type cdpException struct {
	Text         string `json:"text"`
	LineNumber   int    `json:"lineNumber"`
	ColumnNumber int    `json:"columnNumber"`
	Exception    *struct {
		Description string `json:"description"`
	} `json:"exception"`
}

func (e *cdpException) Error() string {
	s := fmt.Sprintf("exception %q (%d:%d)", e.Text, e.LineNumber, e.ColumnNumber)
	if e.Exception != nil {
		s += ": " + e.Exception.Description
	}
	return s
}

// evaluate runs a JavaScript expression in the tab's page and decodes its
// value (JSON) into a T; with await, a promise is waited for and its value
// decoded. A thrown exception is an error, and so is undefined or null
// where T cannot be nil.
func evaluate[T any](ctx context.Context, t *cdpTab, expr string, await bool) (T, error) {
	var zero T
	var res struct {
		Result struct {
			Type  string          `json:"type"`
			Value json.RawMessage `json:"value"`
		} `json:"result"`
		ExceptionDetails *cdpException `json:"exceptionDetails"`
	}
	params := map[string]any{"expression": expr, "returnByValue": true, "awaitPromise": await}
	if err := t.call(ctx, "Runtime.evaluate", params, &res); err != nil {
		return zero, err
	}
	if res.ExceptionDetails != nil {
		return zero, res.ExceptionDetails
	}
	v := res.Result.Value
	if len(v) == 0 || string(bytes.TrimSpace(v)) == "null" {
		switch reflect.TypeFor[T]().Kind() {
		case reflect.Pointer, reflect.Map, reflect.Slice, reflect.Interface:
			return zero, nil
		}
		return zero, fmt.Errorf("the expression's value is %s, want a %T", res.Result.Type, zero)
	}
	var out T
	err := json.Unmarshal(v, &out)
	return out, err
}
