package main

import (
	"bytes"
	"os"
	"strings"
	"testing"
	"time"
)

// TestBrowserCheck opens the fixtures in headless Chromium through a real
// Notebook server: browser_ok.ipynb renders cleanly, runs with Run All, and
// its browser-slider cell redraws its figure when the test moves the slider;
// a copy of notebook 07 as the review found it fails, naming the cells whose
// formulas lost a backslash; a slider cell that ignores its slider fails; a
// TeX error, an image that does not decode and a code line wider than its
// cell are named. Every link is followed: links_ok.ipynb's (anchors in a
// long page of formulas, an image, an in-page anchor) pass; each of
// links_broken.ipynb's (a missing notebook, a missing anchor, an anchor
// that never comes into view, a missing in-page anchor, a folder) is named;
// a link to a .md file fails as raw text, with the mojibake the browser
// shows. Nothing is left running and no notebook is changed on disk.
func TestBrowserCheck(t *testing.T) {
	o := testOptions(t, "browser")
	if _, err := os.Stat(chromiumPath); err != nil {
		msg := "no Chromium at " + chromiumPath + " (run ./course setup)"
		if os.Getenv("NBRUN_REQUIRE") != "" {
			t.Fatal(msg)
		}
		t.Skip(msg)
	}
	paths := []string{fixture("browser_ok.ipynb"), fixture("broken_07.ipynb"),
		fixture("browser_frozen_slider.ipynb"), fixture("browser_broken_bits.ipynb"),
		fixture("links_ok.ipynb"), fixture("links_broken.ipynb"), fixture("links_raw_md.ipynb")}
	before := map[string][]byte{}
	for _, p := range append(paths, fixture("links_target.ipynb")) {
		before[p], _ = os.ReadFile(p)
	}
	start := time.Now()
	results, stats, err := browserCheck(paths, o)
	t.Logf("browser check of %d notebooks: %.1fs", len(paths), time.Since(start).Seconds())
	if err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	for _, r := range results {
		r.print(&out)
	}
	report := out.String()
	t.Log("\n" + report + "links: " + stats.String())
	ok, broken, frozen, linksOK := results[0], results[1], results[2], results[4]
	if len(ok.Problems) > 0 || !ok.RunAll || !ok.Slider {
		t.Errorf("browser_ok.ipynb: want a pass with Run All and the slider:\n%s", report)
	}
	for _, want := range []string{
		"FAIL " + fixture("broken_07.ipynb") + " cell 12: visible control character BEL",
		"FAIL " + fixture("broken_07.ipynb") + " cell 18: visible control character FF (\\f — a LaTeX \\frac lost its backslash?)",
		"FAIL " + fixture("broken_07.ipynb") + " cell 20: visible control character FF",
	} {
		if !strings.Contains(report, want) {
			t.Errorf("report lacks %q", want)
		}
	}
	if want := "FAIL " + fixture("browser_frozen_slider.ipynb") +
		" cell 4: slider moved but the figure did not change"; !frozen.RunAll || len(frozen.Problems) != 1 ||
		!strings.Contains(report, want) {
		t.Errorf("a slider cell that does not redraw: report lacks %q", want)
	}
	bits := "FAIL " + fixture("browser_broken_bits.ipynb")
	for _, want := range []string{bits + " cell 1: MathJax error: ", bits + " cell 3: image does not decode: ",
		bits + " cell 4: a code line is wider than the cell: a horizontal scroll bar at 1100 px"} {
		if !strings.Contains(report, want) {
			t.Errorf("report lacks %q", want)
		}
	}
	if broken.RunAll {
		t.Errorf("07 was run with Run All; only 00 and slider notebooks are")
	}
	if len(linksOK.Problems) > 0 || len(linksOK.Links) != 7 {
		t.Errorf("links_ok.ipynb: want a pass with 7 links followed, got %d:\n%s", len(linksOK.Links), report)
	}
	lb, raw := "FAIL "+fixture("links_broken.ipynb"), "FAIL "+fixture("links_raw_md.ipynb")
	for _, want := range []string{
		lb + ` cell 2: link "missing.ipynb": 404 Not Found: the server has no /notebooks/cmd/nbrun/testdata/missing.ipynb`,
		lb + ` cell 3: link "links_target.ipynb#entry-9": no anchor #entry-9 in the notebook`,
		lb + ` cell 3: link "links_target.ipynb#hidden": #hidden is not in view once the page is typeset`,
		lb + ` cell 4: link "#nowhere": no anchor #nowhere in this notebook`,
		lb + ` cell 4: link "../testdata": opens Jupyter's file list (a folder), not a page`,
		raw + ` cell 2: link "links_raw.md#6": shown as raw text (text/markdown), not rendered`,
		`it shows characters its source does not have (mojibake?): "Ã" in "6. PerceptrÃ³n multicap"`,
	} {
		if !strings.Contains(report, want) {
			t.Errorf("report lacks %q", want)
		}
	}
	if stats.InPage != 2 || stats.Web != 1 {
		t.Errorf("links: %s; want 2 in-page anchors (one missing) and 1 web link", stats)
	}
	for _, p := range append(paths, fixture("links_target.ipynb")) {
		if now, _ := os.ReadFile(p); !bytes.Equal(now, before[p]) {
			t.Errorf("%s changed on disk", p)
		}
	}
	if left := treeProcesses(); len(left) > 0 {
		t.Errorf("processes left running: %v", left)
	}
}

// TestMojibake: UTF-8 read as windows-1252 shows characters the source does
// not have; a page that dropped a character lost it; formulas, link
// targets and tags of the source are not prose.
func TestMojibake(t *testing.T) {
	src := "Perceptrón: α and ŷ, see [ERRATA](errata.ipynb#é) and $\\hat y = σ(z)$ <!-- ü -->"
	if m := mojibake("Perceptrón: α and ŷ, see ERRATA", src); m != "" {
		t.Errorf("clean page: %s", m)
	}
	if m := mojibake("PerceptrÃ³n: Î± and", src); !strings.Contains(m, `"Ã" in "PerceptrÃ³n: Î± and"`) {
		t.Errorf("mojibake not named: %q", m)
	}
	if m := mojibake("Perceptr\ufffdn", src); !strings.Contains(m, "\"\ufffd\" in") {
		t.Errorf("replacement character not named: %q", m)
	}
	if m := lost("Perceptrón: α and ŷ, see ERRATA and", src); m != "" {
		t.Errorf("formula, link target or comment counted as prose: %s", m)
	}
	if m := lost("Perceptron: α and ŷ", src); m != `characters of its source: "ó"` {
		t.Errorf("lost character: %q", m)
	}
}

// TestBrowserRetriesTheWidgetHandshake makes GoNB's 500 ms wait for the
// kernel's answer to its widget handshake ("#comm_open_ack") end at once
// the first time, as a loaded machine does when the answer comes late:
// GoNB gives up and logs so, the check reopens the notebook with a new
// kernel and runs everything again once, and browser_ok.ipynb passes with
// a note saying what happened.
func TestBrowserRetriesTheWidgetHandshake(t *testing.T) {
	o := testOptions(t, "browser")
	if _, err := os.Stat(chromiumPath); err != nil {
		msg := "no Chromium at " + chromiumPath + " (run ./course setup)"
		if os.Getenv("NBRUN_REQUIRE") != "" {
			t.Fatal(msg)
		}
		t.Skip(msg)
	}
	lateAck = true
	defer func() { lateAck = false }()
	results, _, err := browserCheck([]string{fixture("browser_ok.ipynb")}, o)
	if err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	results[0].print(&out)
	t.Log("\n" + out.String())
	r := results[0]
	if len(r.Problems) > 0 || !r.Slider || len(r.Notes) != 1 ||
		!strings.Contains(r.Notes[0], "comm_open_ack not received in time") ||
		!strings.Contains(r.Notes[0], "notebook reopened with a new kernel, Run All retried once") {
		t.Errorf("want a pass after one retry of the handshake, with a note:\n%s", out.String())
	}
	if left := treeProcesses(); len(left) > 0 {
		t.Errorf("processes left running: %v", left)
	}
}
