package main

import (
	"bytes"
	"os"
	"strings"
	"testing"
	"time"
)

// TestBrowserCheck opens four fixtures in headless Chromium through a real
// Notebook server: browser_ok.ipynb renders cleanly, runs with Run All, and
// its browser-slider cell redraws its figure when the test moves the slider;
// a copy of notebook 07 as the review found it fails, naming the cells whose
// formulas lost a backslash; a slider cell that ignores its slider fails; a
// TeX error, an image that does not decode and a code line wider than its
// cell are named. Nothing is left
// running and no notebook is changed on disk.
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
		fixture("browser_frozen_slider.ipynb"), fixture("browser_broken_bits.ipynb")}
	before := map[string][]byte{}
	for _, p := range paths {
		before[p], _ = os.ReadFile(p)
	}
	start := time.Now()
	results, err := browserCheck(paths, o)
	t.Logf("browser check of %d notebooks: %.1fs", len(paths), time.Since(start).Seconds())
	if err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	for _, r := range results {
		r.print(&out)
	}
	report := out.String()
	t.Log("\n" + report)
	ok, broken, frozen := results[0], results[1], results[2]
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
	for _, p := range paths {
		if now, _ := os.ReadFile(p); !bytes.Equal(now, before[p]) {
			t.Errorf("%s changed on disk", p)
		}
	}
	if left := treeProcesses(); len(left) > 0 {
		t.Errorf("processes left running: %v", left)
	}
}
