package main

import (
	"context"
	"fmt"
	"html"
	"net/url"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"sync"
	"time"
)

// The browser check follows every link of every notebook it opens, through
// the running server, as the browser does: the address is the one the
// browser resolved from the link, the request carries the browser's
// cookies and the linking page as its referrer (the Notebook server
// refuses /files/ requests without one). A link passes only when its
// target renders:
//
//   - a notebook that loads (one the check opens itself is checked there;
//     any other is opened in a tab of its own);
//   - an anchor (notebook.ipynb#id) that exists and is in view once a fresh
//     tab has opened it and MathJax has typeset the page, with the
//     formulas of its cell typeset; an in-page anchor (#id) is clicked in
//     the notebook's own tab (jsLinks);
//   - an image that decodes.
//
// Anything else fails: a 403 or 404, a file the server shows as raw text
// (a .md page, with the text the browser shows compared with the file:
// mojibake), Jupyter's file list or text editor. Links to other hosts are
// counted, not followed (the check is offline).

// pageLink is one link of a notebook, as jsLinks reports it.
type pageLink struct {
	Cell    int    `json:"cell"`
	Href    string `json:"href"`    // as written in the cell
	URL     string `json:"url"`     // as the browser resolved it
	InPage  bool   `json:"inPage"`  // a link to an anchor of the same page
	Problem string `json:"problem"` // set by jsLinks for an in-page anchor
}

// linkStats sums up what was followed.
type linkStats struct {
	Links, Targets, InPage, Web, Opened int
}

func (s linkStats) String() string {
	return fmt.Sprintf("%d followed (%d in-page anchors clicked, %d other addresses requested, %d of them opened in a tab); %d web links not followed",
		s.Links, s.InPage, s.Targets, s.Opened, s.Web)
}

// fetched is what jsFetch returns.
type fetched struct {
	Status int    `json:"status"`
	URL    string `json:"url"`
	Type   string `json:"type"`
	Text   string `json:"text"`
	Error  string `json:"error"`
}

// target is one address links point to (without its fragment), with the
// anchors asked of it and the links that use it.
type target struct {
	url      string
	referrer string
	anchors  map[string]bool
	uses     []linkUse
	problems map[string]string // fragment ("" for the page) → problem
}

type linkUse struct {
	result int // index into the results
	link   pageLink
}

// followLinks checks every link the notebooks' pages reported and adds a
// problem to the linking notebook for each that does not render.
func followLinks(b *cdpBrowser, srv *notebookServer, results []browserResult, opened []string, keep *keeper) linkStats {
	var stats linkStats
	checked := map[string]bool{} // notebooks this run opened itself, by path under the root
	for _, abs := range opened {
		if r, err := filepath.Rel(srv.root, abs); err == nil {
			checked[filepath.ToSlash(r)] = true
		}
	}
	targets := map[string]*target{}
	var order []string
	for i, r := range results {
		for _, l := range r.Links {
			stats.Links++
			u, err := url.Parse(l.URL)
			switch {
			case err != nil:
				results[i].Problems = append(results[i].Problems, browserProblem{Cell: l.Cell,
					What: fmt.Sprintf("link %q: not an address: %v", l.Href, err)})
				continue
			case u.Scheme+"://"+u.Host != srv.base:
				stats.Web++
				continue
			case l.InPage:
				stats.InPage++ // clicked and checked in the notebook's tab
				continue
			}
			frag := u.Fragment
			u.Fragment, u.RawFragment = "", ""
			key := u.String()
			t := targets[key]
			if t == nil {
				t = &target{url: key, referrer: r.page, anchors: map[string]bool{}, problems: map[string]string{}}
				targets[key] = t
				order = append(order, key)
			}
			if frag != "" {
				t.anchors[frag] = true
			}
			t.uses = append(t.uses, linkUse{i, l})
		}
	}
	stats.Targets = len(targets)
	var mu sync.Mutex
	jobs := make([]int, len(order))
	for i := range jobs {
		jobs[i] = i
	}
	inParallel(jobs, func(i int) {
		t := targets[order[i]]
		n := checkTarget(b, srv, t, checked, keep)
		mu.Lock()
		stats.Opened += n
		mu.Unlock()
	})
	for _, key := range order {
		t := targets[key]
		for _, use := range t.uses {
			frag := ""
			if u, err := url.Parse(use.link.URL); err == nil {
				frag = u.Fragment
			}
			why := t.problems[""]
			if why == "" && frag != "" {
				why = t.problems[frag]
			}
			if why != "" {
				results[use.result].Problems = append(results[use.result].Problems,
					browserProblem{Cell: use.link.Cell, What: fmt.Sprintf("link %q: %s", use.link.Href, why)})
			}
		}
	}
	for i := range results {
		sort.SliceStable(results[i].Problems, func(a, b int) bool {
			return results[i].Problems[a].Cell < results[i].Problems[b].Cell
		})
	}
	return stats
}

// checkTarget requests one address and records a problem per fragment that
// does not render; it returns how many tabs it opened.
func checkTarget(b *cdpBrowser, srv *notebookServer, t *target, checked map[string]bool, keep *keeper) int {
	tb, closeTab, err := newTab(b, true)
	if err != nil {
		t.problems[""] = "opening a tab: " + err.Error()
		return 0
	}
	defer closeTab()
	ctx, cancelT := context.WithTimeout(context.Background(), 15*time.Minute) // a backstop; the waits follow the page
	defer cancelT()
	// A page of the server, so that the request below is same-origin, as
	// a link's is: the server's "not found" page (its API pages forbid
	// scripts to request anything).
	if err := tb.open(ctx, srv.base+"/nbrun-blank"); err != nil {
		t.problems[""] = "opening a tab: " + err.Error()
		return 0
	}
	f, err := awaitJS[fetched](ctx, tb, fmt.Sprintf(jsFetch, jsString(t.url), jsString(t.referrer)))
	if err != nil {
		t.problems[""] = "requesting it: " + err.Error()
		return 0
	}
	final, _ := url.Parse(f.URL)
	var path string
	if final != nil {
		path = final.Path
	}
	switch {
	case f.Error != "":
		t.problems[""] = "the request failed: " + f.Error
	case f.Status == 404:
		t.problems[""] = "404 Not Found: the server has no " + shortPath(f.URL, t.url)
	case f.Status >= 400:
		t.problems[""] = fmt.Sprintf("HTTP %d %s", f.Status, firstLines(strings.TrimSpace(f.Text), 1))
	case strings.HasPrefix(f.Type, "image/"):
		why, err := awaitJS[string](ctx, tb, fmt.Sprintf(jsImage, jsString(f.URL)))
		if err != nil {
			why = err.Error()
		}
		if why != "" {
			t.problems[""] = "image " + why
		}
	case strings.HasPrefix(path, "/notebooks/") && strings.HasSuffix(path, ".ipynb"):
		return checkNotebookTarget(ctx, tb, srv, t, strings.TrimPrefix(path, "/notebooks/"), checked, keep)
	case strings.HasPrefix(path, "/tree/") || path == "/tree":
		t.problems[""] = "opens Jupyter's file list (a folder), not a page: link a notebook"
	case strings.HasPrefix(path, "/edit/"):
		t.problems[""] = "opens Jupyter's text editor, not a rendered page"
	case strings.HasPrefix(f.Type, "text/html"):
		// An HTML file, which the browser renders.
	default:
		return checkRawTarget(ctx, tb, srv, t, f, path)
	}
	return 0
}

// shortPath names an address by its path, for messages.
func shortPath(addrs ...string) string {
	for _, a := range addrs {
		if u, err := url.Parse(a); err == nil && u.Path != "" {
			return u.Path
		}
	}
	return addrs[0]
}

// checkNotebookTarget: a notebook the check opened itself loads (its own
// report says if not); any other is opened here, once without an anchor
// and once per anchor asked of it, each in a fresh page.
func checkNotebookTarget(ctx context.Context, tb *tab, srv *notebookServer, t *target, rel string, checked map[string]bool, keep *keeper) int {
	file, err := url.PathUnescape(rel)
	if err != nil {
		t.problems[""] = "not a notebook path: " + rel
		return 0
	}
	abs := filepath.Join(srv.root, filepath.FromSlash(file))
	keep.keep(abs) // restored byte for byte if the page saved it
	frags := make([]string, 0, len(t.anchors)+1)
	if !checked[file] {
		frags = append(frags, "")
	}
	for a := range t.anchors {
		frags = append(frags, a)
	}
	sort.Strings(frags)
	for _, frag := range frags {
		addr := t.url
		if frag != "" {
			addr += "#" + frag
		}
		tb.open(ctx, "about:blank") // a fresh page: no same-document jump
		status, err := tb.cdp.navigate(ctx, addr, t.referrer)
		if err == nil && status >= 400 {
			err = fmt.Errorf("HTTP %d", status)
		}
		var late string
		if err == nil {
			late, err = awaitJS[string](ctx, tb, fmt.Sprintf(jsWaitLoaded, pageStall.Milliseconds()))
		}
		var why string
		switch {
		case err != nil:
			why = "opening it: " + err.Error()
		case late != "":
			why = late
		case frag == "":
			found, err := awaitJS[[]browserProblem](ctx, tb, jsRenderProblems)
			if err != nil {
				why = "checking its render: " + err.Error()
			} else if len(found) > 0 {
				why = fmt.Sprintf("%s renders broken: cell %d: %s", file, found[0].Cell, found[0].What)
			}
		default:
			why, err = awaitJS[string](ctx, tb, jsAnchor)
			if err != nil {
				why = "checking the anchor: " + err.Error()
			}
		}
		if why != "" {
			t.problems[frag] = why
		}
	}
	return len(frags)
}

// checkRawTarget opens a file the server sends as it is (a .md page, a Go
// file) as the browser would, and says what the reader sees: raw text, in
// the wrong characters when the server names no character set.
func checkRawTarget(ctx context.Context, tb *tab, srv *notebookServer, t *target, f fetched, path string) int {
	why := fmt.Sprintf("shown as raw text (%s), not rendered: the Notebook server renders notebooks only; "+
		"link a notebook (.ipynb)", f.Type)
	if status, err := tb.cdp.navigate(ctx, t.url, t.referrer); err != nil || status == 0 {
		t.problems[""] = why
		return 0
	}
	type shown struct {
		Type, Charset, Text string
	}
	s, err := evalJS[shown](ctx, tb, jsPageText)
	if err == nil && strings.HasPrefix(path, "/files/") {
		if file, err := url.PathUnescape(strings.TrimPrefix(path, "/files/")); err == nil {
			if src, err := readLimited(filepath.Join(srv.root, filepath.FromSlash(file))); err == nil {
				if m := mojibake(s.Text, string(src)); m != "" {
					why += fmt.Sprintf("; decoded as %s, it shows %s", s.Charset, m)
				}
			}
		}
	}
	t.problems[""] = why
	return 1
}

// mojibakeProblems compares the text each markdown cell shows with its
// source: a character the page shows that the source does not have is
// mojibake (UTF-8 read in another character set) or a replacement
// character; a source character missing from the page was lost.
func mojibakeProblems(nb notebook, shown []string) []browserProblem {
	var out []browserProblem
	for i, c := range nb.cells() {
		if cellType(c) != "markdown" || i >= len(shown) {
			continue
		}
		src := html.UnescapeString(source(c))
		if m := mojibake(shown[i], src); m != "" {
			out = append(out, browserProblem{Cell: i + 1, What: "the page shows " + m})
		}
		if m := lost(shown[i], src); m != "" {
			out = append(out, browserProblem{Cell: i + 1, What: "the page lost " + m})
		}
	}
	return out
}

// mojibake lists (with their context) the non-ASCII characters of shown
// that src does not have, or "".
func mojibake(shown, src string) string {
	have := map[rune]bool{}
	for _, r := range src {
		have[r] = true
	}
	var bad []string
	seen := map[rune]bool{}
	rs := []rune(shown)
	for i, r := range rs {
		if r < 0x80 || have[r] || seen[r] || r == '\u00a0' {
			continue
		}
		seen[r] = true
		lo, hi := max(0, i-12), min(len(rs), i+12)
		bad = append(bad, fmt.Sprintf("%q in %q", string(r), strings.TrimSpace(string(rs[lo:hi]))))
		if len(bad) == 3 {
			break
		}
	}
	if len(bad) == 0 {
		return ""
	}
	return "characters its source does not have (mojibake?): " + strings.Join(bad, ", ")
}

var (
	mathSpan    = regexp.MustCompile(`(?s)\$\$.*?\$\$|\$[^$\n]+\$|\\\(.*?\\\)|\\\[.*?\\\]`)
	htmlComment = regexp.MustCompile(`(?s)<!--.*?-->`)
	linkTarget  = regexp.MustCompile(`\]\([^)]*\)`)
	htmlAttr    = regexp.MustCompile(`<[^>]*>`)
)

// lost lists the non-ASCII characters of src's prose (formulas, comments,
// link targets and tags left out) that shown does not have, or "".
func lost(shown, src string) string {
	src = mathSpan.ReplaceAllString(src, " ")
	src = htmlComment.ReplaceAllString(src, " ")
	src = linkTarget.ReplaceAllString(src, "]")
	src = htmlAttr.ReplaceAllString(src, " ")
	have := map[rune]bool{}
	for _, r := range shown {
		have[r] = true
	}
	var missing []string
	seen := map[rune]bool{}
	for _, r := range src {
		if r < 0x80 || have[r] || seen[r] {
			continue
		}
		seen[r] = true
		missing = append(missing, fmt.Sprintf("%q", string(r)))
	}
	if len(missing) == 0 {
		return ""
	}
	return "characters of its source: " + strings.Join(missing, " ")
}
