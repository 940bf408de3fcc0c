package main

import (
	"fmt"
	"io"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"unicode/utf8"
)

// The limits a notebook's code keeps: what the Notebook UI shows at 1100 px
// without a horizontal scroll bar, and a cell a reader takes in at once.
// Measured in Chromium (nbrun browser): at a 1100 px window a code cell's
// editor shows 776 px of text and a column takes 8.5 px, so 91 columns fit
// and 92 scroll; the browser check measures the real overflow.
const (
	maxColumns   = 91 // runes per code line, a tab counting 4
	maxCellLines = 30
	// A notebook whose printed lines are a third or more check lines ("✓ …")
	// buries its numbers under its checks.
	maxCheckShare = 1.0 / 3
)

// lintReport is what the lint found in one notebook.
type lintReport struct {
	Path     string
	Problems []string // each names the cell (1-based, as a reader counts) and line
	Checks   int      // printed lines that start with "✓"
	Printed  int      // all printed (stream) lines, empty ones left out
}

func (l lintReport) checkShare() float64 {
	if l.Printed == 0 {
		return 0
	}
	return float64(l.Checks) / float64(l.Printed)
}

func (l *lintReport) add(format string, args ...any) {
	l.Problems = append(l.Problems, fmt.Sprintf(format, args...))
}

// lintNotebook checks one notebook's committed text without running it.
func lintNotebook(path string) lintReport {
	rep := lintReport{Path: path}
	nb, err := readNotebook(path)
	if err != nil {
		rep.add("%v", err)
		return rep
	}
	lintKernelspec(nb, &rep)
	lintProseNumbers(nb, path, &rep)
	lintEdition(nb, path, &rep)
	first := firstCodeCell(nb)
	// A notebook without code cells is a reference page (errata, notation):
	// it needs no kernel, so no shared first cell.
	if first >= 0 && source(nb.cells()[first]) != firstCellFor(path) {
		rep.add("cell %d: not the shared first cell; run `go run ./cmd/nbrun firstcell %s`",
			first+1, rel(path))
	}
	anchors := notebookAnchors(nb)
	for i, c := range nb.cells() {
		src := source(c)
		lintControls(src, cellType(c), i+1, &rep)
		switch cellType(c) {
		case "code":
			if i != first {
				lintCode(src, i+1, &rep)
			}
			lintExecuted(c, path, i+1, &rep)
			countPrinted(c, &rep)
		case "markdown":
			lintLinks(src, filepath.Dir(path), anchors, i+1, &rep)
		}
	}
	if s := rep.checkShare(); s >= maxCheckShare && !gradedExercise(path) {
		rep.add("check lines are %d of %d printed lines (%.0f%%), want under a third: "+
			"let cells whose checks are not the point print one summary line",
			rep.Checks, rep.Printed, 100*s)
	}
	return rep
}

// lintExecuted reports a code cell committed without an execution count: a
// reader browsing the notebook sees "[ ]:" and cannot tell whether its
// outputs (or their absence) come from a run. Cells tagged skip-headless
// (widgets) are never run headless, and keep none.
func lintExecuted(c map[string]any, path string, cell int, rep *lintReport) {
	if c["execution_count"] != nil || strings.TrimSpace(source(c)) == "" {
		return
	}
	for _, t := range tags(c) {
		if t == "skip-headless" {
			return
		}
	}
	rep.add("cell %d: never executed (no execution count): store fresh outputs with "+
		"`./course notebooks write %s`", cell, rel(path))
}

// gradedExercise says whether a notebook is a graded exercise (or its
// solution), whose printed lines are its checks by design: the check-line
// share applies to the lecture's notebooks only.
func gradedExercise(path string) bool {
	abs, _ := filepath.Abs(path)
	for _, dir := range strings.Split(filepath.ToSlash(filepath.Dir(abs)), "/") {
		if dir == "exercises" || dir == "solutions" {
			return true
		}
	}
	return false
}

func lintKernelspec(nb notebook, rep *lintReport) {
	md, _ := nb["metadata"].(map[string]any)
	ks, _ := md["kernelspec"].(map[string]any)
	if ks["name"] != "gonb" || ks["display_name"] != "Go (gonb)" || ks["language"] != "go" {
		rep.add(`kernelspec is %v, want GoNB's {"display_name": "Go (gonb)", "language": "go", "name": "gonb"}`,
			ks)
	}
}

// controlNames says what a control character usually is in a notebook: a
// LaTeX command whose backslash a script's string literal ate.
var controlNames = map[rune]string{
	'\a': `BEL (\a — a LaTeX \arg or \alpha lost its backslash?)`,
	'\b': `BS (\b — a LaTeX \beta or \bf lost its backslash?)`,
	'\f': `FF (\f — a LaTeX \frac lost its backslash?)`,
	'\t': `TAB (\t — a LaTeX \to, \top or \theta lost its backslash?)`,
	'\v': `VT (\v — a LaTeX \vec lost its backslash?)`,
	'\r': `CR (\r — a LaTeX \rho or \right lost its backslash?)`,
	0:    `NUL`,
	0x1b: `ESC`,
	0x7f: `DEL`,
}

func controlName(r rune) string {
	if n, ok := controlNames[r]; ok {
		return n
	}
	return fmt.Sprintf("U+%04X", r)
}

// lintControls reports control characters: every one but the newline, and
// the tab outside code cells (gofmt indents Go with tabs).
func lintControls(src, kind string, cell int, rep *lintReport) {
	for n, line := range strings.Split(src, "\n") {
		for col, r := range []rune(line) {
			if r == '\t' && kind == "code" {
				continue
			}
			if r < 0x20 || (r >= 0x7f && r <= 0x9f) {
				rep.add("cell %d (%s) line %d column %d: control character %s",
					cell, kind, n+1, col+1, controlName(r))
			}
		}
		if !utf8.ValidString(line) {
			rep.add("cell %d (%s) line %d: not valid UTF-8", cell, kind, n+1)
		}
	}
}

// lintCode reports lines wider than maxColumns and cells longer than
// maxCellLines.
func lintCode(src string, cell int, rep *lintReport) {
	lines := strings.Split(strings.TrimRight(src, "\n"), "\n")
	if len(lines) > maxCellLines {
		rep.add("cell %d: %d lines, want at most %d (move helpers into the library)",
			cell, len(lines), maxCellLines)
	}
	for n, line := range lines {
		if w := columns(line); w > maxColumns {
			rep.add("cell %d line %d: %d columns, want at most %d", cell, n+1, w, maxColumns)
		}
	}
}

// columns is the width of a line as the lint counts it: runes, a tab as 4.
func columns(line string) int {
	w := 0
	for _, r := range line {
		if r == '\t' {
			w += 4
		} else {
			w++
		}
	}
	return w
}

// countPrinted counts the committed stream lines of a code cell, and those
// that are check lines.
func countPrinted(c map[string]any, rep *lintReport) {
	for _, o := range outputs(c) {
		if o["output_type"] != "stream" {
			continue
		}
		for _, line := range strings.Split(text(o["text"]), "\n") {
			line = strings.TrimSpace(line)
			if line == "" {
				continue
			}
			rep.Printed++
			if strings.HasPrefix(line, "✓") {
				rep.Checks++
			}
		}
	}
}

var (
	// inlineLink is [text](target) or ![alt](target "title"); refLink is
	// a reference definition "[label]: target".
	inlineLink = regexp.MustCompile(`!?\[[^\]]*\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)`)
	refLink    = regexp.MustCompile(`(?m)^\s{0,3}\[[^\]]+\]:\s*<?(\S+?)>?(?:\s+"[^"]*")?\s*$`)
	// codeSpan and fences are left out: a link shown as code is not a link.
	codeSpan = regexp.MustCompile("`[^`\n]*`")
	fence    = regexp.MustCompile("(?ms)^\\s*```.*?^\\s*```")
)

// lintLinks checks that every relative link in a markdown cell names a file
// that exists, not a Markdown file (the Notebook server shows those raw),
// and, for a notebook, an anchor it has; an in-page link (#id) must name an
// anchor of this notebook (anchors). The browser check follows the same
// links in a real browser; this is the quick check.
func lintLinks(src, dir string, anchors map[string]bool, cell int, rep *lintReport) {
	body := fence.ReplaceAllStringFunc(src, blankOut)
	body = codeSpan.ReplaceAllStringFunc(body, blankOut)
	for n, line := range strings.Split(body, "\n") {
		var targets []string
		for _, m := range inlineLink.FindAllStringSubmatch(line, -1) {
			targets = append(targets, m[1])
		}
		for _, m := range refLink.FindAllStringSubmatch(line, -1) {
			targets = append(targets, m[1])
		}
		for _, t := range targets {
			if msg := checkLink(t, dir, anchors); msg != "" {
				rep.add("cell %d line %d: link %q: %s", cell, n+1, t, msg)
			}
		}
	}
}

// blankOut keeps a match's newlines, so line numbers stay right.
func blankOut(s string) string {
	return strings.Map(func(r rune) rune {
		if r == '\n' {
			return r
		}
		return ' '
	}, s)
}

// checkLink returns why a link target does not resolve, or "" when it does
// or is not a relative file link (a web address).
func checkLink(target, dir string, anchors map[string]bool) string {
	u, err := url.Parse(target)
	if err != nil {
		return "not a valid address: " + err.Error()
	}
	if u.Scheme != "" || u.Host != "" {
		return ""
	}
	if u.Path == "" {
		if u.Fragment != "" && !anchors[u.Fragment] {
			return "this notebook has no anchor #" + u.Fragment
		}
		return ""
	}
	file := filepath.Join(dir, filepath.FromSlash(u.Path))
	if filepath.IsAbs(u.Path) {
		return "absolute path: links between course files are relative"
	}
	fi, err := os.Stat(file)
	if err != nil {
		return "no such file " + rel(file)
	}
	if strings.HasSuffix(strings.ToLower(u.Path), ".md") {
		return "a Markdown file, which the Notebook server shows as raw text: link a notebook (.ipynb)"
	}
	if u.Fragment == "" || fi.IsDir() || !strings.HasSuffix(u.Path, ".ipynb") {
		return ""
	}
	nb, err := readNotebook(file)
	if err != nil {
		return err.Error()
	}
	if !notebookAnchors(nb)[u.Fragment] {
		return fmt.Sprintf("%s has no anchor #%s", u.Path, u.Fragment)
	}
	return ""
}

// notebookAnchors are the anchors a notebook's markdown cells offer, in
// Notebook 6 and on a code-hosting site (markdownAnchors), and the ids
// Notebook 6 gives headings: their text with spaces turned into hyphens.
func notebookAnchors(nb notebook) map[string]bool {
	var md strings.Builder
	for _, c := range nb.cells() {
		if cellType(c) == "markdown" {
			md.WriteString(source(c))
			md.WriteString("\n\n")
		}
	}
	anchors := markdownAnchors(md.String())
	for _, m := range heading.FindAllStringSubmatch(fence.ReplaceAllString(md.String(), ""), -1) {
		h := htmlTag.ReplaceAllString(m[1], "")
		h = strings.NewReplacer("**", "", "__", "", "`", "", "*", "", "_", "").Replace(h)
		anchors[strings.ReplaceAll(h, " ", "-")] = true
	}
	return anchors
}

var (
	heading    = regexp.MustCompile(`(?m)^#{1,6}\s+(.+?)\s*#*\s*$`)
	htmlAnchor = regexp.MustCompile(`<a\s+[^>]*(?:id|name)\s*=\s*"([^"]+)"`)
	slugDrop   = regexp.MustCompile(`[^\p{L}\p{N}\s_-]`)
)

// markdownAnchors are the anchors a markdown page offers: explicit
// <a id="…"> or <a name="…">, and headings slugged as GitHub does
// (lower case, punctuation dropped, spaces to hyphens).
func markdownAnchors(md string) map[string]bool {
	md = fence.ReplaceAllString(md, "")
	anchors := map[string]bool{}
	for _, m := range htmlAnchor.FindAllStringSubmatch(md, -1) {
		anchors[m[1]] = true
	}
	for _, m := range heading.FindAllStringSubmatch(md, -1) {
		h := htmlTag.ReplaceAllString(m[1], "")
		slug := strings.ReplaceAll(slugDrop.ReplaceAllString(strings.ToLower(h), ""), " ", "-")
		anchors[slug] = true
	}
	return anchors
}

var htmlTag = regexp.MustCompile(`<[^>]*>`)

// lintAll lints the notebooks, their text and their Go (go vet, all at
// once), and prints every problem and each notebook's check-line share; it
// returns how many notebooks failed.
func lintAll(repo string, paths []string) int {
	reports := make([]lintReport, len(paths))
	for i, p := range paths {
		reports[i] = lintNotebook(p)
	}
	vetted, err := vetNotebooks(repo, paths)
	if err != nil {
		fmt.Fprintln(os.Stderr, "nbrun lint:", err)
	}
	failed := 0
	for i, r := range reports {
		r.Problems = append(r.Problems, vetted[paths[i]]...)
		printLint(os.Stdout, r)
		if len(r.Problems) > 0 || err != nil {
			failed++
		}
	}
	return failed
}

func printLint(w io.Writer, r lintReport) {
	status := "ok  "
	if len(r.Problems) > 0 {
		status = "FAIL"
	}
	fmt.Fprintf(w, "lint %s %s  check lines %d/%d (%.0f%%)\n", status, rel(r.Path),
		r.Checks, r.Printed, 100*r.checkShare())
	for _, p := range r.Problems {
		fmt.Fprintf(w, "FAIL %s %s\n", rel(r.Path), p)
	}
}
